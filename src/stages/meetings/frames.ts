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
import { namesAttendance } from './counts.ts';
import { introducedAsLocation } from './slots.ts';

export type Tense = 'future' | 'past' | null;
export type Relation = 'previous' | 'next' | null;

export interface Clause extends Span {
  sentence: number;
  paragraph: number;
  /** Opened by a link to another meeting ("à la veille de", "a day after", "en marge de"): when that meeting is. */
  link?: 'next' | 'previous' | 'same';
}

export interface Frame {
  clause: Clause;
  anchor: Span & { text: string; kind: 'noun' | 'verb' | 'pronoun' };
  body: string | null;
  bodyEvidence: Span | null;
  relation: Relation;
  /** "la première réunion du groupe", "the inaugural meeting": the first of its kind, not the first somewhere. */
  inaugural: boolean;
  /** "its thirteenth meeting", "la 30e session": which of the body's meetings this is (1 for the first). */
  ordinal?: number;
  tense: Tense;
  dates: DateExpression[];
  /** A clause about bilateral talks ("a rencontré", "s'est entretenu avec"): not a meeting of the body. */
  bilateral: boolean;
  /** A paragraph's heading ("Août 2019, Biarritz."): a meeting of its own, whatever came before. */
  heading?: boolean;
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

// ", and the coalition talks ...", ", et la réunion ...": a comma and a conjunction before a new subject start a new clause.
// "donors gather in Brussels as UN warns": a body that does something else opens a clause of its own.
const CLAUSE_BREAK: Record<Lang, RegExp> = {
  fr: /;|,?\s+(?:alors que|tandis que|et celle|mais celle|puis celle)\s+|,\s+(?:et|mais)\s+(?=(?:le|la|les|l'|un|une|ses|son|sa)\s?)|\s+—\s+/g,
  en: /;|,?\s+(?:whereas|while|and the one|but the one)\s+|\s+as\s+(?=(?:the\s+)?(?:un|u\.n\.|eu|nato|us|u\.s\.)\s+\p{L}+s\b)|,\s+(?:and|but)\s+(?=(?:the|a|an|its|their|his|her)\s)|\s+—\s+/gu,
};

/** Where reported speech opens ("a annoncé que", "announced that"): the speech is a clause of its own, with its own tense and meeting. */
function reportedSpeechStarts(ctx: DocContext, from: number, to: number): number[] {
  const cues = ctx.lex.cues;
  const starts: number[] = [];
  for (const verb of cues.speechVerbs.all(ctx.folded, from, to)) {
    const after = verb.end + (ctx.folded.slice(verb.end, to).match(/^\s+/)?.[0].length ?? 0);
    const complementizer = cues.complementizers.all(ctx.folded, after, Math.min(to, after + 5)).find((m) => m.start === after);
    if (complementizer) starts.push(complementizer.end);
  }
  return starts;
}

const LINK_KINDS = [
  ['linksToLater', 'next'],
  ['linksToEarlier', 'previous'],
  ['linksToSameTime', 'same'],
  // "avant la conférence de Paris, lundi": a link only to a meeting with a place or a day of its own ("after the talks" is none).
  ['weakLinksToLater', 'next'],
  ['weakLinksToEarlier', 'previous'],
] as const;

/** A city or a day in what follows a link, up to the next clause break. */
function ownPlaceOrDay(ctx: DocContext, from: number, to: number): boolean {
  const end = Math.min(to, from + OWN_CITY_REACH);
  return (
    ctx.entities.some((e) => e.kind === 'city' && e.start >= from && e.end <= end && introducedAsLocation(ctx, e)) ||
    ctx.dates.some((d) => d.start >= from && d.end <= end)
  );
}

/** How far after a link its meeting must be named ("à la veille de la réunion", "a day after NATO defence ministers"). */
const LINKED_MEETING_REACH = 40;

/**
 * "s'est réuni mercredi, à la veille de la réunion ministérielle": the meeting named after a link is
 * another one, in a clause of its own. A sentence opening with the link ("En marge du sommet de l'Otan à
 * Varsovie, les 8 et 9 juillet, Carter a réuni …") gives it up to the comma before the sentence's meeting verb.
 */
function meetingLinkCuts(ctx: DocContext, s: Sentence): { cut: number; next: number; link?: Clause['link'] }[] {
  const cuts: { cut: number; next: number; link?: Clause['link'] }[] = [];
  for (const [cue, link] of LINK_KINDS) {
    for (const hit of ctx.lex.cues[cue].all(ctx.folded, s.start, s.end)) {
      const reach = Math.min(s.end, hit.end + LINKED_MEETING_REACH);
      const named =
        ctx.lex.meetingNouns.test(ctx.folded, hit.end, reach) ||
        ctx.lex.levels.some((l) => l.weight >= 4 && l.matcher.test(ctx.folded, hit.end, reach)) ||
        ctx.entities.some((e) => e.kind === 'organisation' && e.start >= hit.end && e.start < reach);
      if (!named) continue;
      if (cue.startsWith('weak') && !ownPlaceOrDay(ctx, hit.end, s.end)) continue;
      // "une semaine après les attentats de Paris, lors d'une séance": the link is to an event, not a meeting.
      const firstMeeting = ctx.lex.meetingNouns.all(ctx.folded, hit.end, reach)[0]?.start ?? reach;
      if (ctx.lex.cues.eventNouns.test(ctx.folded, hit.end, firstMeeting)) continue;
      cuts.push({ cut: hit.start, next: hit.start, link });
      if (hit.start - s.start > 3) continue;
      const verb = ctx.lex.meetingVerbs.all(ctx.folded, hit.end, s.end)[0];
      const comma = verb ? ctx.folded.lastIndexOf(',', verb.start) : -1;
      if (verb && comma > hit.end) cuts.push({ cut: comma, next: comma + 1 + (ctx.folded.slice(comma + 1).match(/^\s*/)?.[0].length ?? 0) });
    }
  }
  return cuts;
}

/** How far after a meeting word the city it is held in may come ("le sommet des chefs d'Etat du G7 à Taormina"). */
const OWN_CITY_REACH = 80;

/**
 * "La réunion de Lucques, ouverte lundi, prépare le sommet du G7 à Taormina": a second meeting word with a
 * city of its own, other than the first one's, opens a clause of its own.
 */
function secondMeetingCuts(ctx: DocContext, s: Span): { cut: number; next: number }[] {
  // "Kerry, qui avait réuni jeudi à Djeddah ses homologues, doit présider vendredi une séance … à New York": a verb may tell the first.
  const verbs = ctx.lex.meetingVerbs.all(ctx.folded, s.start, s.end);
  const nouns = [...verbs.slice(0, 1), ...ctx.lex.meetingNouns.all(ctx.folded, s.start, s.end)].sort((a, b) => a.start - b.start);
  const cities = ctx.entities.filter((e) => e.kind === 'city' && e.start >= s.start && e.end <= s.end);
  const cuts: { cut: number; next: number }[] = [];
  for (let i = 1; i < nouns.length; i++) {
    if (verbs.includes(nouns[i])) continue;
    // "ahead of the ministers' meeting in Washington": a link already opens that meeting's clause.
    if (LINK_KINDS.some(([cue]) => ctx.lex.cues[cue].test(ctx.folded, nouns[i - 1].end, nouns[i].start))) continue;
    const earlier = cities.filter((c) => c.start >= nouns[i - 1].start && c.end <= nouns[i].start);
    const own = cities.find((c) => c.start >= nouns[i].end && c.start - nouns[i].end <= OWN_CITY_REACH);
    // "la plus importante réunion de la coalition depuis celle de Bruxelles": that city is another meeting's.
    const through = own && (ctx.lex.cues.since.test(ctx.folded, nouns[i].end, own.start) || ctx.lex.meetingPronouns.test(ctx.folded, nouns[i].end, own.start));
    if (through) continue;
    if (!own || earlier.length === 0 || earlier.some((c) => c.id === own.id)) continue;
    // The cut goes before the article and what qualifies the noun ("the 2023 summit", "their emergency summit").
    const lead = ctx.folded.slice(Math.max(nouns[i - 1].end, s.start, nouns[i].start - 30), nouns[i].start);
    const article =
      /(?:\b(?:le|la|les|l'|un|une|leur|son|sa|ses|the|a|an|their|its|his|her)\s*(?:[\p{L}\p{N}-]+\s+){0,2})$/u.exec(lead) ??
      /(?:\b(?:le|la|les|l'|un|une|the|a|an)\s*)$/.exec(lead);
    const cut = nouns[i].start - (article?.[0].length ?? 0);
    cuts.push({ cut, next: cut });
  }
  return cuts;
}

/**
 * "Kerry, qui avait réuni jeudi à Djeddah ses homologues, doit présider vendredi une séance à New York": a
 * relative clause telling of one meeting ends at its comma when the sentence goes on to another.
 */
function relativeClauseCuts(ctx: DocContext, s: Span): { cut: number; next: number }[] {
  const cuts: { cut: number; next: number }[] = [];
  for (const verb of ctx.lex.meetingVerbs.all(ctx.folded, s.start, s.end)) {
    const lead = ctx.folded.slice(Math.max(s.start, verb.start - 14), verb.start);
    if (!ctx.lex.cues.relativePronouns.all(lead).some((m) => /,\s*$/.test(lead.slice(0, m.start)))) continue;
    const comma = ctx.folded.indexOf(',', verb.end);
    if (comma < 0 || comma >= s.end) continue;
    if (!ctx.lex.meetingNouns.test(ctx.folded, comma, s.end)) continue;
    cuts.push({ cut: comma, next: comma + 1 + (ctx.folded.slice(comma + 1).match(/^\s*/)?.[0].length ?? 0) });
  }
  return cuts;
}

/** "The meeting came three months after … the aid conference in Brussels": a count between two meeting words opens the second's clause. */
function countLinkCuts(ctx: DocContext, s: Span): { cut: number; next: number }[] {
  const cuts: { cut: number; next: number }[] = [];
  for (const e of ctx.dates) {
    if (!e.fromMeeting || e.start < s.start || e.end > s.end) continue;
    const words = ctx.folded.slice(e.start, e.end).trimEnd();
    if (!ctx.lex.cues.countLeadsInto.all(words).some((m) => m.end === words.length)) continue;
    // "The meeting comes less than two weeks after defence ministers of the coalition, convened by …": the other meeting may be told by who met.
    const told = (from: number, to: number) =>
      ctx.lex.meetingNouns.test(ctx.folded, from, to) || ctx.lex.meetingVerbs.test(ctx.folded, from, to) || ctx.lex.levels.some((l) => l.weight >= 4 && l.matcher.test(ctx.folded, from, to));
    if (!ctx.lex.meetingNouns.test(ctx.folded, s.start, e.start) || !told(e.end, s.end)) continue;
    cuts.push({ cut: e.start, next: e.start });
  }
  return cuts;
}

export function clausesOf(ctx: DocContext): Clause[] {
  const out: Clause[] = [];
  ctx.sentences.forEach((s, index) => {
    const cuts: { cut: number; next: number; link?: Clause['link'] }[] = [];
    for (const m of ctx.folded.slice(s.start, s.end).matchAll(CLAUSE_BREAK[ctx.lang])) {
      const cut = s.start + m.index!;
      // The connector's own words ("et celle") stay with the clause they open.
      cuts.push({ cut, next: cut + (m[0].match(/^[;,]?\s*(?:alors que|tandis que|whereas|while|et|mais|and|but)?\s*/)?.[0].length ?? 0) });
    }
    cuts.push(...meetingLinkCuts(ctx, s));
    cuts.push(...secondMeetingCuts(ctx, s));
    cuts.push(...countLinkCuts(ctx, s));
    cuts.push(...relativeClauseCuts(ctx, s));
    for (const at of reportedSpeechStarts(ctx, s.start, s.end)) cuts.push({ cut: at, next: at + (ctx.folded.slice(at).match(/^\s*/)?.[0].length ?? 0) });
    let start = s.start;
    let link: Clause['link'];
    const push = (end: number) => out.push({ start, end, sentence: index, paragraph: s.paragraph, ...(link ? { link } : {}) });
    for (const cut of cuts.sort((a, b) => a.cut - b.cut)) {
      if (cut.cut <= start) {
        link = cut.link ?? link;
        continue;
      }
      push(cut.cut);
      start = cut.next;
      link = cut.link;
    }
    push(s.end);
  });
  return out;
}

/** Organisations that meet, in a span, left out those inside a person's title ("secrétaire général de l'OTAN"). */
/** How far after "conférence" its purpose may come ("du Koweït pour la reconstruction"). */
const DONOR_PURPOSE_REACH = 40;

/** How far before the adversary "against", "contre" may be ("against the Islamic State"). */
const FIGHT_CUE_REACH = 14;
/** How far before "against" the states it describes may be named ("the countries that contribute to the military campaign against"). */
const DESCRIBED_STATES_REACH = 70;

/** "une coalition conduite par l'Arabie saoudite", "une vaste coalition contre le groupe EI": an indefinite body is another one. */
function indefinite(ctx: DocContext, start: number): boolean {
  // An adjective or a quotation mark may stand between ("une vaste coalition", "une « Coalition pour le Sahel »").
  return ctx.lex.cues.indefiniteArticles.all(ctx.folded, Math.max(0, start - 24), start).some((a) => /^[\s«"“]+(?:\p{L}+[\s«"“]+)?$/u.test(ctx.folded.slice(a.end, start)));
}

export function bodiesIn(ctx: DocContext, span: Span, docAboutIsis: boolean): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  for (const e of ctx.entities) {
    if (e.kind !== 'organisation' || e.start < span.start || e.end > span.end) continue;
    if (!organisationOf(e.id)?.meets) continue;
    // "le secrétaire général de la Ligue arabe": an office whose title holds the body's name.
    if (ctx.lex.anyOffice.all(ctx.folded, Math.max(span.start, e.start - 40), Math.min(ctx.folded.length, e.end + 2)).some((m) => m.start < e.start && m.end >= e.end)) continue;
    if (ctx.lex.anyOffice.test(ctx.folded, Math.max(span.start, e.start - 40), e.start)) {
      const between = ctx.folded.slice(Math.max(span.start, e.start - 40), e.start);
      if (/(general|generale|secretary|chief|chef|cheffe|patron|representante?|representative|president|presidente|commissaire|commissioner|envoye|envoy)(\s+general)?\s+(de\s+l'|de\s+la\s+|du\s+|des\s+|of\s+the\s+|of\s+)$/.test(between)) continue;
    }
    // "la séance portait sur les liens avec l'Union européenne": a partner the meeting speaks of, not who meets.
    const partner = ctx.lex.cues.relationWith.all(ctx.folded, Math.max(span.start, e.start - 24), e.start).at(-1);
    if (partner && /^\s*(?:(?:the|l'|le|la|les)\s*)?$/.test(ctx.folded.slice(partner.end, e.start))) continue;
    // "NATO Secretary General Jens Stoltenberg": the body names an official's office, not who meets.
    if (ctx.lex.cues.officeAfterBody.all(ctx.folded, e.end, Math.min(span.end, e.end + 30)).some((m) => m.start - e.end <= 2)) continue;
    out.push({ id: e.id, start: e.start, end: e.end });
  }
  // "la Conférence internationale du Koweït pour la reconstruction de l'Irak": a conference named by its purpose.
  for (const noun of ctx.lex.cues.conferenceNouns.all(ctx.folded, span.start, span.end)) {
    const purpose = ctx.lex.cues.donorPurposes.all(ctx.folded, noun.end, span.end).find((p) => p.start - noun.end <= DONOR_PURPOSE_REACH);
    if (purpose && !/[,;:.()]/.test(ctx.folded.slice(noun.end, purpose.start)) && !out.some((b) => b.start <= noun.start && noun.end <= b.end)) {
      out.push({ id: 'donor_conference', start: noun.start, end: purpose.end });
    }
  }
  // "a meeting of the countries that contribute to the campaign against the Islamic State group": the coalition, described.
  for (const e of ctx.entities) {
    if (e.kind !== 'adversary' || e.start < span.start || e.end > span.end) continue;
    const fight = ctx.lex.cues.fightAgainst.all(ctx.folded, Math.max(span.start, e.start - FIGHT_CUE_REACH), e.start).at(-1);
    if (!fight || !/^\s*(?:(?:the|l'|le|la|les)\s*)?$/.test(ctx.folded.slice(fight.end, e.start))) continue;
    const states = ctx.lex.cues.countNouns.all(ctx.folded, Math.max(span.start, fight.start - DESCRIBED_STATES_REACH), fight.start).at(-1);
    if (!states || /[.;:]/.test(ctx.folded.slice(states.end, fight.start))) continue;
    if (!out.some((b) => b.start <= states.start && states.start < b.end)) out.push({ id: 'coalition', start: states.start, end: e.end });
  }
  // "the defeat-ISIS session", "la réunion anti-EI": a meeting named for the fight against the adversary is the coalition's.
  for (const e of ctx.entities) {
    if (e.kind !== 'adversary' || e.id !== 'isis' || e.start < span.start || e.end > span.end) continue;
    const prefix = ctx.lex.cues.fightPrefixes.all(ctx.folded, Math.max(span.start, e.start - 10), e.start).find((m) => m.end === e.start);
    if (prefix && !out.some((b) => b.start <= prefix.start && prefix.start < b.end)) out.push({ id: 'coalition', start: prefix.start, end: e.end });
  }
  // "la coalition" alone names the coalition in a text about the war on ISIS.
  if (docAboutIsis) {
    for (const m of ctx.folded.slice(span.start, span.end).matchAll(/(?<![\p{L}])coalitions?(?![\p{L}])/gu)) {
      const start = span.start + m.index!;
      if (indefinite(ctx, start)) continue;
      if (!out.some((b) => b.start <= start && start < b.end)) out.push({ id: 'coalition', start, end: start + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Compound pasts count only this close to the meeting's own word: farther ones tell of other things ("l'EI qui a conquis"). */
const COMPOUND_PAST_REACH = 50;

/** Longest quotation read as one: a lone or unmatched mark must not swallow a paragraph. */
const QUOTE_MAX = 400;
const QUOTE = /«([^»]{1,400})»|“([^”]{1,400})”|"([^"\n]{1,400})"/g;
const quotesOf = new WeakMap<DocContext, Span[]>();

function quotedSpans(ctx: DocContext): Span[] {
  let spans = quotesOf.get(ctx);
  if (!spans) {
    spans = [...ctx.text.matchAll(QUOTE)].filter((m) => m[0].length <= QUOTE_MAX + 2).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    quotesOf.set(ctx, spans);
  }
  return spans;
}

export function tenseOf(ctx: DocContext, span: Span, anchor?: Span): Tense {
  const { folded, lex } = ctx;
  // "se déroule comme prévu", "as expected": the plan was, the meeting is not to come.
  const asPlanned = lex.cues.notFuture.all(folded, span.start, span.end);
  // "'The campaign will go faster,' the secretary said before the meeting": a quote's tense is the speaker's, not the meeting's.
  const quotes = quotedSpans(ctx);
  let future = lex.cues.future
    .all(folded, span.start, span.end)
    .filter((c) => !asPlanned.some((p) => p.start <= c.start && c.end <= p.end) && !(anchor && quotes.some((q) => q.start <= c.start && c.end <= q.end && !(q.start <= anchor.start && anchor.end <= q.end))))
    .length;
  const pastCues = lex.cues.past.all(folded, span.start, span.end);
  // Compound pasts not already counted as a cue ("a adopté" next to "a eu lieu"), leaving out the
  // reporting verb ("a indiqué le ministère"), which dates the telling, not the meeting.
  const speech = lex.cues.speechVerbs.all(folded, span.start, span.end);
  const compound = [...folded.slice(span.start, span.end).matchAll(lex.pastCompound)].filter((m) => {
    const at = span.start + m.index!;
    const end = at + m[0].length;
    // Folding makes "à Rome" look like the auxiliary "a" and a participle: the accent says it is not.
    if (/^[àÀ]/.test(ctx.text.slice(at, at + 1))) return false;
    if (!anchor || at > anchor.end + COMPOUND_PAST_REACH || end < anchor.start - COMPOUND_PAST_REACH) return false;
    return ![...pastCues, ...speech].some((c) => c.start < end && at < c.end);
  });
  let past = pastCues.length + compound.length;
  for (const m of folded.slice(span.start, span.end).matchAll(/\p{Ll}{4,}/gu)) {
    // "Ankara", "Sahara": a capitalised word is a name, not a verb in the future.
    if (/^\p{Lu}/u.test(ctx.text.charAt(span.start + m.index!))) continue;
    if (lex.futureSuffix.test(m[0])) future++;
    else if (m[0].length >= 6 && lex.imperfectSuffix.test(m[0]) && !lex.cues.notImperfect.test(m[0])) past++;
  }
  if (future > past) return 'future';
  if (past > future) return 'past';
  // "ont dévoilé le logo du sommet prévu à Bruxelles en juillet": the participle on the meeting word is the meeting's own tense.
  if (anchor && future > 0 && plannedAttribute(ctx, anchor, span)) return 'future';
  return null;
}

/** How far after its meeting word a participle may qualify it ("le sommet des dirigeants prévu"). */
const ATTRIBUTE_REACH = 30;

function plannedAttribute(ctx: DocContext, anchor: Span, span: Span): boolean {
  const to = Math.min(span.end, anchor.end + ATTRIBUTE_REACH);
  return ctx.lex.cues.plannedAttributes.all(ctx.folded, anchor.end, to).some((c) => !/[.,;:!?]/.test(ctx.folded.slice(anchor.end, c.start)));
}

function relationNear(ctx: DocContext, anchor: Span, clause: Span): Relation {
  // Only a word next to the anchor ("la dernière réunion", "the next meeting", "la réunion précédente") relates it.
  const from = Math.max(clause.start, anchor.start - 25);
  const to = Math.min(clause.end, anchor.end + 20);
  const before = { start: from, end: anchor.start };
  const after = { start: anchor.end, end: to };
  // "la dernière journée du sommet": the last day of this meeting, not the last meeting.
  // "his last NATO summit": the last one a person attends, not an earlier meeting ("their last meeting" is).
  const ofPart = (cue: { start: number; end: number }) =>
    ctx.lex.cues.partOfMeeting.test(ctx.folded, cue.end, anchor.start) ||
    ctx.lex.cues.personalPossessives.all(ctx.folded, Math.max(0, cue.start - 8), cue.start).some((p) => /^\s+$/.test(ctx.folded.slice(p.end, cue.start)));
  const near = (m: { all: (t: string, a?: number, b?: number) => { start: number; end: number }[] }) =>
    m.all(ctx.folded, before.start, before.end).some((cue) => !ofPart(cue)) || m.all(ctx.folded, after.start, after.end).some((x) => x.start - anchor.end < 3);
  if (near(ctx.lex.cues.previous)) return 'previous';
  if (near(ctx.lex.cues.next)) return 'next';
  // "se réunira de nouveau en mai": meeting again, yet to come, is the next meeting.
  if (near(ctx.lex.cues.again) && tenseOf(ctx, clause, anchor) === 'future') return 'next';
  return null;
}

/** How many words before its meeting word an ordinal may stand ("the 30th Arab League summit"). */
const ORDINAL_WORDS = 3;
const NUMERIC_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th|e|eme|er|re)$/;

function ordinalOf(ctx: DocContext, anchor: Span, clause: Span): { ordinal?: number } {
  if (inauguralNear(ctx, anchor, clause)) return { ordinal: 1 };
  const words = ctx.folded.slice(Math.max(clause.start, anchor.start - 40), anchor.start).split(/\s+/).filter(Boolean).slice(-ORDINAL_WORDS);
  const ordinals = ctx.lex.numbers.ordinals as Record<string, number>;
  for (const word of words.reverse()) {
    const n = ordinals[word] ?? Number(NUMERIC_ORDINAL.exec(word)?.[1] ?? NaN);
    if (Number.isFinite(n)) return { ordinal: n };
  }
  return {};
}

function inauguralNear(ctx: DocContext, anchor: Span, clause: Span): boolean {
  const { inaugural, firstQualifiers } = ctx.lex.cues;
  const before = inaugural.all(ctx.folded, Math.max(clause.start, anchor.start - 25), anchor.start).at(-1);
  const beforeAdjacent = before && /^[\p{L}\s'-]*$/u.test(ctx.folded.slice(before.end, anchor.start)) && ctx.folded.slice(before.end, anchor.start).split(/\s+/).length <= 3;
  const after = inaugural.all(ctx.folded, anchor.end, Math.min(clause.end, anchor.end + 3)).length > 0;
  if (!beforeAdjacent && !after) return false;
  // "the first ministerial held in Africa", "la première réunion depuis 2019": first only in some respect.
  return !firstQualifiers.test(ctx.folded, anchor.end, Math.min(clause.end, anchor.end + 60));
}

/** "Participation de M. Ayrault (Paris, 3 avril 2017)": a place and a full date in brackets credit where and when a communiqué was issued. */
export function placeDateCredit(ctx: DocContext, e: DateExpression): boolean {
  if (e.day === undefined || e.year === undefined || !/^\s*\)/.test(ctx.text.slice(e.end, e.end + 3))) return false;
  const open = ctx.text.lastIndexOf('(', e.start);
  if (open < 0 || e.start - open > 40) return false;
  return ctx.entities.some((x) => x.kind === 'city' && x.start === open + 1 && /^\s*,\s*$/.test(ctx.text.slice(x.end, e.start)));
}

/** The date expressions inside a span. */
function datesIn(ctx: DocContext, span: Span): DateExpression[] {
  return ctx.dates.filter((d) => d.start >= span.start && d.end <= span.end);
}

/** How far a meeting word reaches for the body it governs ("réunion des ministres de la Défense de la coalition"). */
const GOVERNED_REACH = 80;

/**
 * The body a meeting word governs is the nearest one after it ("réunion de la coalition"); a verb's is
 * its subject, before it ("les dirigeants de l'Otan, réunis ... au service de la coalition").
 */
function governedBody<B extends Span>(bodies: B[], anchor: Frame['anchor']): B | null {
  // A body named by the meeting word itself ("conférence des donateurs", "pledging conference").
  const named = bodies.find((b) => b.start <= anchor.start && anchor.end <= b.end);
  if (named) return named;
  const after = bodies.find((b) => b.start >= anchor.end);
  const before = bodies.filter((b) => b.end <= anchor.start).at(-1);
  const near = (b: B | undefined) => b && (b.start >= anchor.end ? b.start - anchor.end : anchor.start - b.end) <= GOVERNED_REACH;
  const first = anchor.kind === 'verb' ? [before, after] : [after, before];
  return first.find(near) ?? first.find((b) => b !== undefined) ?? null;
}

/**
 * Bodies that take part rather than meet: "La Ligue arabe a pris part à la réunion", "dont les Nations unies
 * y ont participé", and a body listed among states ("coorganisée par le Royaume-Uni, la Norvège et les Nations unies").
 */
/** How far after "including" / "parmi lesquels" the list of those who attend runs. */
const LISTED_ATTENDEE_REACH = 250;

function attendsAnchor(ctx: DocContext, body: Span, anchor: Span): boolean {
  if (listedWithStates(ctx, body)) return true;
  // "les ministres européens à Bruxelles lundi, la Ligue arabe invitée": a guest attends.
  if (ctx.lex.cues.invitedAfter.all(ctx.folded, body.end, body.end + 20).some((m) => /^\s*,?\s*$/.test(ctx.folded.slice(body.end, m.start)))) return true;
  // "rejoints par les présidents du Conseil européen", "joined by the UN": brought in to attend.
  const joinedBy = ctx.lex.cues.joinedBy.all(ctx.folded, Math.max(0, body.start - 60), body.start).at(-1);
  if (joinedBy && !/[.;:!?]/.test(ctx.folded.slice(joinedBy.end, body.start))) return true;
  // "24 delegations attended, including the European Union", "parmi lesquels les Etats-Unis, …, mais aussi la Ligue arabe".
  const intro = ctx.lex.cues.listIntro.all(ctx.folded, Math.max(0, body.start - LISTED_ATTENDEE_REACH), body.start).at(-1);
  if (intro && anchor.end <= intro.start && !/[.;:!?]/.test(ctx.folded.slice(intro.end, body.start))) return true;
  if (body.end > anchor.start || anchor.start - body.end > GOVERNED_REACH) return false;
  return ctx.lex.cues.participation.test(ctx.folded, body.end, anchor.end);
}

function listedWithStates(ctx: DocContext, body: Span): boolean {
  const before = ctx.folded.slice(Math.max(0, body.start - 24), body.start);
  const joint = /(?:,|,?\s(?:et|and|as well as|ainsi que))\s+(?:(?:de|des|du|d'|of)\s*)?(?:(?:les|le|la|l'|the)\s*)?$/.exec(before);
  if (!joint) return false;
  const at = body.start - joint[0].length;
  // "les représentants de 26 pays et de l'Union européenne": a body counted along with states.
  const counted = ctx.lex.cues.countNouns.all(ctx.folded, Math.max(0, at - 25), at).some((m) => /^[\s,]*$/.test(ctx.folded.slice(m.end, at)));
  if (counted && /\d|\p{L}/u.test(ctx.folded.slice(Math.max(0, at - 25), at))) return true;
  const previous = ctx.entities.find((e) => (e.kind === 'country' || e.kind === 'organisation') && e.end <= at && at - e.end <= 2);
  // "le Koweït, l'Irak, l'Union européenne, les Nations unies": a body listed after another listed one.
  return previous !== undefined && (previous.kind === 'country' || listedWithStates(ctx, previous));
}

/**
 * "la première fois depuis février 2019", "the first in-person meeting since February 2019 in Washington":
 * a month or year after "depuis"/"since" next to a meeting dates an earlier meeting, not this one.
 */
function sinceExpressions(ctx: DocContext, clause: Clause, anchor: Span): { earlierMeetings: DateExpression[]; others: DateExpression[] } {
  const first = ctx.lex.cues.firstSince.test(ctx.folded, clause.start, clause.end);
  const earlierMeetings: DateExpression[] = [];
  const others: DateExpression[] = [];
  for (const d of datesIn(ctx, clause)) {
    if (d.relative && d.month === undefined) continue;
    // "Pour la première fois depuis février 2019, les ministres se sont réunis": before the meeting word too.
    const cue = ctx.lex.cues.since.all(ctx.folded, Math.max(first ? clause.start : anchor.end, d.start - 80), d.start).at(-1);
    if (!cue) continue;
    const between = ctx.folded.slice(cue.end, d.start).replace(/\b(le|la|l'|the|en|in)\b/g, '');
    // "réunis depuis vendredi": the first day of the meeting itself.
    if (!/\p{L}/u.test(between) && (d.day !== undefined || d.weekday !== undefined)) continue;
    // "depuis celle de Bruxelles, en décembre 2014", "since the one in London": a meeting named again.
    const namesMeeting = ctx.lex.meetingPronouns.test(ctx.folded, cue.end, d.start) || ctx.lex.meetingNouns.test(ctx.folded, cue.end, d.start);
    if (namesMeeting || sinceCity(ctx, cue.end, d.start)) earlierMeetings.push(d);
    // "depuis la chute de Baghouz, le 23 mars 2019", "since air strikes began in August": an event's date.
    else if (/\p{L}/u.test(between)) others.push(d);
    // "depuis février 2019" next to the meeting word names an earlier meeting.
    else if (first || cue.start - anchor.end <= 25) earlierMeetings.push(d);
    else others.push(d);
  }
  return { earlierMeetings, others };
}

/** "since London in January", "depuis Biarritz en août 2019": a city and a date after "since" name the meeting held there. */
export function sinceCity(ctx: DocContext, from: number, to: number): boolean {
  const city = ctx.entities.find((e) => e.kind === 'city' && e.start >= from && e.end <= to);
  if (!city) return false;
  const rest = (ctx.folded.slice(from, city.start) + ' ' + ctx.folded.slice(city.end, to)).replace(/\b(?:le|la|l'|the|en|in|a|au|de|of)\b/g, '');
  return !/\p{L}/u.test(rest);
}

const PLACE_AFTER = /^,?\s+(?:a|au|en|in|at)\s+[^,;.]{1,40}/u;

/** The place after a "since" date, directly ("in Washington") or in a clause opened by "when" ("when Pompeo hosted it in Washington"). */
function sincePlace(ctx: DocContext, rest: string): string | undefined {
  const direct = PLACE_AFTER.exec(rest);
  if (direct) return direct[0];
  const lead = /^,?\s+/.exec(rest)?.[0].length ?? 0;
  const when = ctx.lex.cues.whenRelatives.all(rest, lead, lead + 12).find((m) => m.start === lead);
  const inClause = when && /^[^.;]{0,60}?(?=\s(?:a|au|en|in|at)\s)/u.exec(rest.slice(when.end));
  const placed = inClause && PLACE_AFTER.exec(rest.slice(when.end + inClause[0].length));
  return placed ? rest.slice(0, when.end + inClause[0].length) + placed[0] : undefined;
}

/** The earlier meeting a "since" expression names, as its own frame: the expression and the place right after it. */
function sinceFrame(ctx: DocContext, clause: Clause, since: DateExpression, body: Frame['body'], bodyEvidence: Span | null): Frame {
  const rest = ctx.folded.slice(since.end, clause.end);
  // "since February 2019 in Washington", "since February 2019, when Pompeo hosted it in Washington".
  const place = sincePlace(ctx, rest);
  // "depuis celle de Bruxelles, en décembre 2014": the words between the cue and the date name the meeting too.
  const cue = ctx.lex.cues.since.all(ctx.folded, Math.max(clause.start, since.start - 60), since.start).at(-1);
  const named = cue && (ctx.lex.meetingPronouns.test(ctx.folded, cue.end, since.start) || ctx.lex.meetingNouns.test(ctx.folded, cue.end, since.start) || sinceCity(ctx, cue.end, since.start));
  const span: Clause = { ...clause, start: named ? cue.end : since.start, end: since.end + (place?.length ?? 0) };
  return {
    clause: span,
    anchor: { start: since.start, end: since.end, text: since.text, kind: 'noun' },
    body,
    bodyEvidence,
    relation: 'previous',
    inaugural: false,
    tense: 'past',
    dates: [since],
    bilateral: false,
  };
}

/** How far before its date an event word may stand ("les attentats du 13 novembre 2015"). */
const EVENT_REACH = 40;
/** How far before a date the event a relative clause tells of may be named. */
const EVENT_RELATIVE_REACH = 220;

/**
 * The date of an event named just before it ("les attentats du 13 novembre 2015", "né le 30 juin
 * 1947", "the fall of Baghouz on March 23, 2019") is not a meeting's date.
 */
function datesOfEvents(ctx: DocContext, clause: Clause): Set<DateExpression> {
  const out = new Set<DateExpression>();
  for (const d of datesIn(ctx, clause)) {
    const lead = ctx.lex.cues.eventNouns.all(ctx.folded, Math.max(clause.start, d.start - EVENT_RELATIVE_REACH), d.start).at(-1);
    const event = lead && !ctx.lex.meetingNouns.test(ctx.folded, lead.end, d.start) ? lead : undefined;
    // Between the event word and the date, only a place or small words ("du", "à Paris", "of", "on");
    // or the event's own relative clause ("the attacks in Paris, in which gunmen killed … between 7 and 9 January").
    const gap = event ? ctx.folded.slice(event.end, d.start) : '';
    if (event && event.start >= Math.max(clause.start, d.start - EVENT_REACH) && !/[,;:()]/.test(gap)) out.add(d);
    if (event && !/[;:()]/.test(gap) && ctx.lex.cues.eventRelatives.test(ctx.folded, event.end, d.start)) out.add(d);
    // "presiding over his last summit before handing over to Stoltenberg next month": the day of that later act.
    const act = ctx.lex.cues.laterActLeads.all(ctx.folded, Math.max(clause.start, d.start - 60), d.start).at(-1);
    if (act && !/[,;:()]/.test(ctx.folded.slice(act.end, d.start))) out.add(d);
    // "by 2030", "d'ici à 2030": a deadline, not a meeting's date.
    const deadline = ctx.lex.cues.deadlineMarkers.all(ctx.folded, Math.max(clause.start, d.start - 20), d.start).at(-1);
    if (deadline && d.day === undefined && d.weekday === undefined && /^\s*$/.test(ctx.folded.slice(deadline.end, d.start))) out.add(d);
  }
  return out;
}

/** "la résolution adoptée par le Conseil de sécurité": an organ named as the agent of an act is not a meeting. */
function organAsAgent(ctx: DocContext, noun: Span): boolean {
  const organ = ctx.entities.find((e) => e.kind === 'organisation' && e.start <= noun.start && noun.end <= e.end);
  if (!organ) return false;
  const before = ctx.folded.slice(Math.max(0, organ.start - 10), organ.start);
  if (ctx.lex.cues.agentMarkers.all(before).some((m) => before.slice(m.end).trim() === '')) return true;
  // "la résolution 2254 du Conseil de sécurité", "Security Council resolution 2254": the author of a text, not a meeting.
  const lead = ctx.folded.slice(Math.max(0, organ.start - 30), organ.start);
  const authored = ctx.lex.cues.resolutionNouns.all(lead).some((m) => /^\s+\d{3,4}\s+(?:\p{L}+\s+){0,2}(?:\p{L}+')?\s*$/u.test(lead.slice(m.end)));
  const named = ctx.lex.cues.resolutionNouns.all(ctx.folded, organ.end, Math.min(ctx.folded.length, organ.end + 14)).some((m) => /^\s+$/.test(ctx.folded.slice(organ.end, m.start)));
  return authored || named;
}

/**
 * A clause about bilateral talks is no meeting of a body, unless its meeting word governs a body with no
 * bilateral word between them: "bilateral ties and preparations for … a meeting of … the coalition".
 */
function isBilateral(ctx: DocContext, clause: Clause, anchor: Span, governed: Span | null): boolean {
  const hits = ctx.lex.cues.bilateral.all(ctx.folded, clause.start, clause.end);
  if (!governed || governed.start < anchor.end) return hits.length > 0;
  return hits.some((h) => h.end > anchor.start - 15 && h.start < governed.start);
}

/** "Pompeo met Prime Minister Abdul-Mahdi", "a reçu le président": a verb whose object is a person is a bilateral encounter, and one whose object is the adversary no meeting at all. */
function personObject(ctx: DocContext, anchor: Span): boolean {
  const skipSpaces = (i: number) => i + (/^\s*/.exec(ctx.folded.slice(i, i + 10))?.[0].length ?? 0);
  const start = skipSpaces(anchor.end);
  const lead = ctx.lex.cues.objectLead.all(ctx.folded, start, start + 12).find((m) => m.start === start);
  const at = lead ? skipSpaces(lead.end) : start;
  // "met Italian Foreign Minister Luigi Di Maio": a demonym may stand before the title.
  const demonym = ctx.entities.find((e) => e.kind === 'demonym' && e.start === at);
  const title = demonym ? skipSpaces(demonym.end) : at;
  // "many have joined the Islamic State group": joining the adversary is no meeting.
  if (ctx.entities.some((e) => e.kind === 'adversary' && e.start >= anchor.end && e.start - at <= 4)) return true;
  // "reçoit les chefs de la diplomatie des trente pays": a group named by who meets, not one person.
  const group = ctx.lex.levels.some((l) => l.weight >= 4 && l.matcher.all(ctx.folded, title, title + 40).some((m) => m.start === title && ctx.lex.cues.groupNouns.test(m.phrase)));
  if (group) return false;
  return ctx.entities.some((e) => e.kind === 'person' && e.start === at) || ctx.lex.anyOffice.all(ctx.folded, title, title + 30).some((m) => m.start === title);
}

/** Words a heading may hold besides its date and place ("Juin 2015, château d'Elmau (Bavière)."). */
const HEADING_EXTRA_WORDS = 2;

/**
 * "Juin 2015, château d'Elmau (Bavière). Angela Merkel reçoit ses homologues …": a paragraph headed by a
 * date and a place, telling of a gathering, is a meeting there and then; the heading stands for it.
 */
function headingOfGathering(ctx: DocContext, clause: Clause): Span | undefined {
  const sentence = ctx.sentences[clause.sentence];
  if (clause.start !== sentence.start) return undefined;
  const date = datesIn(ctx, clause).find((d) => d.year !== undefined && d.month !== undefined);
  const places = ctx.entities.filter((e) => (e.kind === 'city' || e.kind === 'venue' || e.kind === 'country') && e.start >= clause.start && e.end <= clause.end);
  if (!date || !places.some((e) => e.kind !== 'country')) return undefined;
  let rest = ctx.folded.slice(clause.start, clause.end).replace(/\([^)]*\)/g, ' ');
  for (const span of [date, ...places].sort((a, b) => b.start - a.start)) {
    const from = span.start - clause.start;
    const to = span.end - clause.start;
    if (from >= 0 && to <= rest.length) rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  const words = rest.replace(/\b(?:le|la|les|l'|de|du|des|d'|en|a|au|in|the|of|at)\b/g, ' ').match(/\p{L}+/gu) ?? [];
  if (words.length > HEADING_EXTRA_WORDS) return undefined;
  const paragraph = ctx.sentences.filter((s) => s.paragraph === sentence.paragraph && s !== sentence);
  const gathering = paragraph.some((s) =>
    [ctx.lex.meetingNouns, ctx.lex.meetingVerbs, ctx.lex.cues.hostVerbs, ctx.lex.cues.chairBefore].some((m) => m.test(ctx.folded, s.start, s.end)),
  );
  return gathering ? date : undefined;
}

/** How near a body must stand to the words naming who meets to be theirs ("NATO leaders", "ministres … du G7"). */
const ADJACENT_BODY_REACH = 6;

function adjacentBody(ctx: DocContext, clause: Clause, level: Span): { id: string; start: number; end: number } | undefined {
  return bodiesIn(ctx, clause, false).find((b) => (b.end <= level.start && level.start - b.end <= ADJACENT_BODY_REACH) || (b.start >= level.end && b.start - level.end <= ADJACENT_BODY_REACH));
}

/** States that take part in a gathering are several: "Ministers from Australia, Germany and Italy took part". */
const LISTED_STATES = 3;

function listsStates(ctx: DocContext, clause: Clause): boolean {
  return new Set(ctx.entities.filter((e) => e.kind === 'country' && e.start >= clause.start && e.end <= clause.end).map((e) => e.id)).size >= LISTED_STATES;
}

/** The paragraph after the headline. */
const LEAD_PARAGRAPH = 1;

/**
 * "Deux jours plus tôt, à Rome, les chefs de la diplomatie de la coalition avaient fait le point": who meets,
 * where and when, with no meeting word, is a meeting; the phrase naming who meets stands for it.
 */
function gatheredLevel(ctx: DocContext, clause: Clause): Span | undefined {
  const level = ctx.lex.levels.filter((l) => l.weight >= 4).map((l) => l.matcher.all(ctx.folded, clause.start, clause.end)[0]).find(Boolean);
  if (!level) return undefined;
  const dated = datesIn(ctx, clause).some((d) => !d.relative || d.relative.unit === 'day');
  const placed = ctx.entities.some((e) => e.kind === 'city' && e.start >= clause.start && e.end <= clause.end && introducedAsLocation(ctx, e));
  if (dated && placed) return level;
  // A headline naming who meets with their body beside them ("Le G7 des chefs de la diplomatie …", "NATO leaders agree …"),
  // or a lead that dates them ("Les ministres de la Défense de l'Otan ont donné mercredi leur accord …").
  const lead = clause.paragraph === 0 || (clause.paragraph === LEAD_PARAGRAPH && dated);
  return lead && adjacentBody(ctx, clause, level) ? level : undefined;
}

export function findFrames(ctx: DocContext, clauses: Clause[], docAboutIsis: boolean): Frame[] {
  const frames: Frame[] = [];
  // Words that look like a meeting but are not one ("conférence de presse", "au sommet de l'État"), and forums of no body.
  const forums = ctx.lex.cues.forums.all(ctx.folded);
  const excluded = [...ctx.lex.cues.notMeeting.all(ctx.folded), ...forums];
  const free = (m: Span) => !excluded.some((x) => x.start <= m.start && m.end <= x.end);
  for (const clause of clauses) {
    const noun = ctx.lex.meetingNouns.all(ctx.folded, clause.start, clause.end).filter((m) => free(m) && !organAsAgent(ctx, m))[0];
    // "celle" stands for a meeting only right after one ("la réunion de Rome et celle de Paris"), not for "l'attaque".
    const lastFrame = frames.at(-1);
    const pronoun = lastFrame && lastFrame.clause.sentence >= clause.sentence - 1 ? ctx.lex.meetingPronouns.all(ctx.folded, clause.start, clause.end)[0] : undefined;
    const verb = ctx.lex.meetingVerbs.all(ctx.folded, clause.start, clause.end).filter(free)[0];
    const bodies = bodiesIn(ctx, clause, docAboutIsis);
    const hasLevel = ctx.lex.levels.some((l) => l.weight >= 4 && l.matcher.test(ctx.folded, clause.start, clause.end));
    const nominal = pronoun && (!noun || pronoun.start < noun.start) ? pronoun : noun;
    const gathered = nominal || verb ? undefined : gatheredLevel(ctx, clause);
    const heading = nominal || verb || gathered ? undefined : headingOfGathering(ctx, clause);
    const anchorHit = nominal ?? verb ?? gathered ?? heading;
    if (!anchorHit) continue;
    const kind: Frame['anchor']['kind'] = nominal ? (nominal === pronoun ? 'pronoun' : 'noun') : verb ? 'verb' : 'noun';
    // A verb alone ("accueille") is a meeting only with a body, a level or a number of attendees in its clause.
    const gathers = () => namesAttendance(ctx, clause) || listsStates(ctx, clause) || ctx.lex.cues.counterparts.test(ctx.folded, clause.start, clause.end);
    if (kind === 'verb' && bodies.length === 0 && !hasLevel && !gathers()) continue;
    // In a text about a forum that is no body's meeting, "the conference" with no body named is that forum.
    // A verb with no body after the forum is named ("Safadi opened the day's proceedings") is the forum's business too.
    if (forums.length > 0 && bodies.length === 0 && (kind === 'verb' ? forums[0].start < clause.start : !hasLevel)) continue;
    // "La Coalition se réunit régulièrement ...": a habit, not a meeting, unless a day is named.
    if (ctx.lex.cues.habitual.test(ctx.folded, clause.start, clause.end) && !datesIn(ctx, clause).some((d) => d.day !== undefined)) continue;
    const anchor: Frame['anchor'] = { start: anchorHit.start, end: anchorHit.end, text: ctx.text.slice(anchorHit.start, anchorHit.end), kind };
    if (kind === 'verb' && personObject(ctx, anchor)) continue;
    const headlineBody = gathered || heading ? adjacentBody(ctx, clause, anchorHit) : undefined;
    // "the sixth EU-hosted conference on Syria": the body that hosts it is the one that meets.
    const hostBody = bodies.find((b) => b.end <= anchor.start && /^-(?:hosted|organi[sz]ed|sponsored|led)\s+(?:[\p{L}\p{N}'-]+\s+){0,3}$/u.test(ctx.folded.slice(b.end, anchor.start)));
    const body = headlineBody ?? hostBody ?? governedBody(bodies.filter((b) => !attendsAnchor(ctx, b, anchor)), anchor);
    const bodyEvidence = body ? { start: body.start, end: body.end } : null;
    const since = sinceExpressions(ctx, clause, anchor);
    const eventDates = datesOfEvents(ctx, clause);
    const earlier = since.earlierMeetings.map((expr) => sinceFrame(ctx, clause, expr, body?.id ?? null, bodyEvidence));
    // The earlier meeting's words ("since February 2019 in Washington") are not this meeting's place.
    let own: Clause = clause;
    for (const e of earlier) {
      const cue = ctx.lex.cues.since.all(ctx.folded, Math.max(clause.start, e.clause.start - 15), e.clause.start).at(-1);
      if (e.clause.start > anchor.end) own = { ...own, end: Math.min(own.end, cue?.start ?? e.clause.start) };
      else own = { ...own, start: Math.max(own.start, e.clause.end) };
    }
    frames.push({
      clause: own,
      anchor,
      body: body?.id ?? null,
      bodyEvidence,
      relation: relationNear(ctx, anchor, clause) ?? (clause.link === 'same' ? null : (clause.link ?? null)),
      // "le premier depuis le Sommet de Tunis de mars 2019": of the meetings after that one, the earliest.
      inaugural: inauguralNear(ctx, anchor, clause) || (earlier.length > 0 && ctx.lex.cues.firstSince.test(ctx.folded, clause.start, clause.end)),
      ...ordinalOf(ctx, anchor, clause),
      tense: tenseOf(ctx, clause, anchor),
      dates: datesIn(ctx, clause).filter((d) => !since.earlierMeetings.includes(d) && !since.others.includes(d) && !eventDates.has(d) && !placeDateCredit(ctx, d)),
      bilateral: isBilateral(ctx, clause, anchor, kind === 'noun' ? body : null),
      ...(heading ? { heading: true } : {}),
    });
    frames.push(...earlier);
  }
  for (const f of frames) if (f.dates.length === 0) f.dates = openingDate(ctx, f, frames);
  return frames;
}

/**
 * A date opening a sentence ("Mardi 25 octobre 2016, à Paris, le ministre …, et le secrétaire … ont
 * coprésidé la réunion") dates every clause of it, unless another frame holds it.
 */
function openingDate(ctx: DocContext, frame: Frame, frames: Frame[]): DateExpression[] {
  const sentence = ctx.sentences[frame.clause.sentence];
  const opening = ctx.dates.find((d) => d.start >= sentence.start && d.start - sentence.start <= 3);
  if (!opening || opening.end > frame.clause.start) return [];
  const held = frames.some((g) => g !== frame && g.clause.start <= opening.start && opening.end <= g.clause.end);
  return held ? [] : [opening];
}
