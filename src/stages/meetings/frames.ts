/**
 * Frames: clauses that speak of a meeting of a body. A frame holds what its clause says
 * (anchor word, body, dates, places, relation to another meeting, tense); linking frames
 * into meetings is the job of link.ts.
 */
import type { Lang, Span } from '../../core/types.ts';
import type { Sentence } from '../../core/text.ts';
import type { Lexicon } from '../../lang/index.ts';
import type { Entity } from '../entities/index.ts';
import { organisationOf } from '../entities/index.ts';
import type { DateExpression } from '../dates/expressions.ts';

export type Tense = 'future' | 'past' | null;
export type Relation = 'previous' | 'next' | null;

export interface Clause extends Span {
  sentence: number;
  paragraph: number;
}

export interface Frame {
  clause: Clause;
  anchor: Span & { text: string; kind: 'noun' | 'verb' | 'pronoun' };
  body: string | null;
  bodyEvidence: Span | null;
  relation: Relation;
  tense: Tense;
  dates: DateExpression[];
  /** A clause about bilateral talks ("a rencontré", "s'est entretenu avec"): not a meeting of the body. */
  bilateral: boolean;
}

export interface DocContext {
  text: string;
  folded: string;
  lang: Lang;
  lex: Lexicon;
  sentences: Sentence[];
  entities: Entity[];
  dates: DateExpression[];
}

const CLAUSE_BREAK: Record<Lang, RegExp> = {
  fr: /;|,?\s+(?:alors que|tandis que|et celle|mais celle|puis celle)\s+|\s+—\s+/g,
  en: /;|,?\s+(?:whereas|while|and the one|but the one)\s+|\s+—\s+/g,
};

export function clausesOf(ctx: DocContext): Clause[] {
  const out: Clause[] = [];
  ctx.sentences.forEach((s, index) => {
    let start = s.start;
    for (const m of ctx.folded.slice(s.start, s.end).matchAll(CLAUSE_BREAK[ctx.lang])) {
      const cut = s.start + m.index!;
      if (cut > start) out.push({ start, end: cut, sentence: index, paragraph: s.paragraph });
      // The connector's own words ("et celle") stay with the clause they open.
      start = cut + (m[0].match(/^[;,]?\s*(?:alors que|tandis que|whereas|while)?\s*/)?.[0].length ?? 0);
    }
    out.push({ start, end: s.end, sentence: index, paragraph: s.paragraph });
  });
  return out;
}

/** Organisations that meet, in a span, left out those inside a person's title ("secrétaire général de l'OTAN"). */
export function bodiesIn(ctx: DocContext, span: Span, docAboutIsis: boolean): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  for (const e of ctx.entities) {
    if (e.kind !== 'organisation' || e.start < span.start || e.end > span.end) continue;
    if (!organisationOf(e.id)?.meets) continue;
    if (ctx.lex.anyOffice.test(ctx.folded, Math.max(span.start, e.start - 40), e.start)) {
      const between = ctx.folded.slice(Math.max(span.start, e.start - 40), e.start);
      if (/(general|generale|secretary|chief|chef|cheffe|patron|representante?|representative|president|presidente|commissaire|commissioner|envoye|envoy)(\s+general)?\s+(de\s+l'|de\s+la\s+|du\s+|des\s+|of\s+the\s+|of\s+)$/.test(between)) continue;
    }
    out.push({ id: e.id, start: e.start, end: e.end });
  }
  // "la coalition" alone names the coalition in a text about the war on ISIS.
  if (docAboutIsis) {
    for (const m of ctx.folded.slice(span.start, span.end).matchAll(/(?<![\p{L}])coalitions?(?![\p{L}])/gu)) {
      const start = span.start + m.index!;
      if (!out.some((b) => b.start <= start && start < b.end)) out.push({ id: 'coalition', start, end: start + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function tenseOf(ctx: DocContext, span: Span): Tense {
  const { folded, lex } = ctx;
  let future = lex.cues.future.all(folded, span.start, span.end).length;
  const past = lex.cues.past.all(folded, span.start, span.end).length;
  for (const m of folded.slice(span.start, span.end).matchAll(/\p{Ll}{4,}/gu)) {
    if (lex.futureSuffix.test(m[0])) future++;
  }
  if (future > past) return 'future';
  if (past > future) return 'past';
  return null;
}

function relationNear(ctx: DocContext, anchor: Span, clause: Span): Relation {
  // Only a word next to the anchor ("la dernière réunion", "the next meeting", "la réunion précédente") relates it.
  const from = Math.max(clause.start, anchor.start - 25);
  const to = Math.min(clause.end, anchor.end + 20);
  const before = { start: from, end: anchor.start };
  const after = { start: anchor.end, end: to };
  const near = (m: { all: (t: string, a?: number, b?: number) => { start: number }[] }) =>
    m.all(ctx.folded, before.start, before.end).length > 0 || m.all(ctx.folded, after.start, after.end).some((x) => x.start - anchor.end < 3);
  if (near(ctx.lex.cues.previous)) return 'previous';
  if (near(ctx.lex.cues.next)) return 'next';
  return null;
}

export function findFrames(ctx: DocContext, clauses: Clause[], docAboutIsis: boolean): Frame[] {
  const frames: Frame[] = [];
  for (const clause of clauses) {
    const noun = ctx.lex.meetingNouns.all(ctx.folded, clause.start, clause.end)[0];
    const pronoun = ctx.lex.meetingPronouns.all(ctx.folded, clause.start, clause.end)[0];
    const verb = ctx.lex.meetingVerbs.all(ctx.folded, clause.start, clause.end)[0];
    const bodies = bodiesIn(ctx, clause, docAboutIsis);
    const hasLevel = ctx.lex.levels.some((l) => l.weight >= 4 && l.matcher.test(ctx.folded, clause.start, clause.end));
    const nominal = pronoun && (!noun || pronoun.start < noun.start) ? pronoun : noun;
    const anchorHit = nominal ?? verb;
    if (!anchorHit) continue;
    const kind: Frame['anchor']['kind'] = nominal ? (nominal === pronoun ? 'pronoun' : 'noun') : 'verb';
    // A verb alone ("accueille") is a meeting only with a body or a level of attendance in its clause.
    if (kind === 'verb' && bodies.length === 0 && !hasLevel) continue;
    const anchor: Frame['anchor'] = { start: anchorHit.start, end: anchorHit.end, text: ctx.text.slice(anchorHit.start, anchorHit.end), kind };
    // The body a meeting word governs is the nearest one after it ("réunion de la coalition"), else before it.
    const body = bodies.find((b) => b.start >= anchor.end) ?? bodies.at(-1) ?? null;
    frames.push({
      clause,
      anchor,
      body: body?.id ?? null,
      bodyEvidence: body ? { start: body.start, end: body.end } : null,
      relation: relationNear(ctx, anchor, clause),
      tense: tenseOf(ctx, clause),
      dates: ctx.dates.filter((d) => d.start >= clause.start && d.end <= clause.end),
      bilateral: ctx.lex.cues.bilateral.test(ctx.folded, clause.start, clause.end),
    });
  }
  return frames;
}
