import { fold } from '../core/text.ts';

/** A compiled list of phrases, matched on folded text at word boundaries. */
export interface PhraseMatcher {
  /** Every non-overlapping match, longest phrase first at each position. */
  all(folded: string, from?: number, to?: number): { start: number; end: number; phrase: string }[];
  /** Whether any phrase occurs in folded[from, to). */
  test(folded: string, from?: number, to?: number): boolean;
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "{word}" in a phrase stands for one optional word: "ministre {word} de la defense" reads "ministre français de la Défense". */
const OPTIONAL_WORD = ' {word} ';

function pattern(phrase: string): string {
  const body = phrase.split(OPTIONAL_WORD).map(escape).join(String.raw`\s+(?:[\p{L}'-]+\s+)?`);
  // An elided ending ("à l'invitation d'") or a prefix ("then-", "ex-") runs straight into the next word.
  return phrase.endsWith("'") || phrase.endsWith('-') ? body : `${body}(?![\\p{L}\\p{N}])`;
}

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const folded = [...new Set(phrases.map((p) => fold(p)))].filter((p) => p.length > 0);
  folded.sort((a, b) => b.length - a.length);
  const source = folded.length
    ? `(?<![\\p{L}\\p{N}])(?:${folded.map(pattern).join('|')})`
    : '(?!)';
  // Compiled once; every call sets lastIndex first, and calls never interleave (no await inside).
  const re = new RegExp(source, 'gu');
  const all = (text: string, from = 0, to = text.length) => {
    re.lastIndex = from;
    const out: { start: number; end: number; phrase: string }[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < to) {
      if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
    }
    return out;
  };
  const test = (text: string, from = 0, to = text.length) => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < to) {
      if (m.index + m[0].length <= to) return true;
    }
    return false;
  };
  return { all, test };
}
