/** Counts of attendees: a number in figures or words, or an approximate noun, before a counted noun ("une vingtaine de pays"). */
import type { Span } from '../../core/types.ts';
import { fold } from '../../core/text.ts';
import type { DocContext } from './frames.ts';

export function numberAt(ctx: DocContext, text: string): number | null {
  const digits = text.replace(/[\s\u00a0.]/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  const words = ctx.lex.numbers.words as Record<string, number>;
  const folded = fold(text);
  if (words[folded] !== undefined) return words[folded];
  // "twenty-one", "vingt et un", "soixante-douze": tens, then units (or 10–19 after 60 and 80).
  const parts = /^(.+?)(?:-et-|\s+et\s+|-)(.+)$/.exec(folded);
  if (!parts) return null;
  const [tens, units] = [words[parts[1]], words[parts[2]]];
  if (tens === undefined || units === undefined || tens < 20 || tens % 10 !== 0) return null;
  return units < 10 || (units < 20 && (tens === 60 || tens === 80)) ? tens + units : null;
}

const countPatterns = new WeakMap<DocContext['lex'], RegExp>();

/** A number in figures or words, or an approximate noun ("une vingtaine"), before the counted noun. */
export function countPattern(lex: DocContext['lex']): RegExp {
  let re = countPatterns.get(lex);
  if (!re) {
    const wordNumbers = Object.keys(lex.numbers.words).sort((a, b) => b.length - a.length).join('|');
    const approx = Object.keys(lex.numbers.approximateNouns).join('|') || '(?!)';
    const word = `(?:${wordNumbers})(?:(?:-et-|\\s+et\\s+|-)(?:${wordNumbers}))?`;
    // "une trentaine d'Etats": the elided article runs straight into the noun.
    re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(${approx})|(\\d{1,3}(?:[\\s.]\\d{3})?|${word}))(?:\\s+(?:de\\s+|of\\s+|d'\\s*)|\\s+)`, 'gu');
    countPatterns.set(lex, re);
  }
  return re;
}

/** A number of states or delegations in a span ("une vingtaine de ministres", "the 23 countries"): a gathering. */
export function namesAttendance(ctx: DocContext, span: Span): boolean {
  const re = countPattern(ctx.lex);
  for (const m of ctx.folded.slice(span.start, span.end).matchAll(re)) {
    if (countedNoun(ctx, span.start + m.index! + m[0].length, span.end)) return true;
  }
  return false;
}

/** Words a partitive may put between a number and what it counts ("21 of the most engaged members"). */
const PARTITIVE_WORDS = 3;

/** The noun a number counts, right after it or after a partitive ("21 of the most engaged members", "30 de ses membres"). */
export function countedNoun(ctx: DocContext, at: number, limit: number): Span | null {
  const nouns = ctx.lex.cues.countNouns;
  const direct = nouns.all(ctx.folded, at, Math.min(limit, at + 25)).find((n) => n.start === at);
  if (direct) return direct;
  // "seven leading contributors", "20 partner nations": one qualifying word before the noun.
  const qualifier = /^[\p{L}-]{3,}\s+/u.exec(ctx.folded.slice(at, Math.min(limit, at + 30)));
  const qualified = qualifier && nouns.all(ctx.folded, at + qualifier[0].length, Math.min(limit, at + qualifier[0].length + 25)).find((n) => n.start === at + qualifier[0].length);
  if (qualified) return qualified;
  const partitive = ctx.lex.cues.partitives.all(ctx.folded, at, Math.min(limit, at + 15)).find((p) => p.start === at);
  if (!partitive) return null;
  const rest = ctx.folded.slice(partitive.end, Math.min(limit, partitive.end + 60));
  for (let n = 0; n <= PARTITIVE_WORDS; n++) {
    const lead = new RegExp(`^\\s+(?:[\\p{L}'-]+\\s+){${n}}`, 'u').exec(rest);
    if (!lead) return null;
    const start = partitive.end + lead[0].length;
    const noun = nouns.all(ctx.folded, start, Math.min(limit, start + 25)).find((x) => x.start === start);
    if (noun) return noun;
  }
  return null;
}
