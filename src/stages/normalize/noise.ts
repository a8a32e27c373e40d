import { foldForMatch } from './fold.ts';
import type { NoiseKind, NoiseLexicon, NoisePhrase } from './noise-lexicon.ts';
import type { Cleaned, Removal } from './removal.ts';

/** What may sit between two noise units: "Partager | Facebook · Twitter", "publiée. Les champs…". */
const SEPARATORS = /[\s.,;:!?|·•*/>»«"“”()[\]-]*/y;
/** Before the first unit only list and menu marks, not quotes: « Nous utilisons des cookies » is prose. */
const LEADING_MARKS = /[\s|·•*>/-]*/y;
const LABEL_SEPARATOR = /\s*[:>»|]/y;
const SENTENCE_END = /[.!?…]/;
const CLOSING_MARKS = /[\s»"”)]/;
const OPENING_QUOTE = /[«“„"'‘(]/;
/** "Lire aussi : <title>" is a link line; a longer line that opens with a label is prose. */
const MAX_LABEL_LINE_LENGTH = 200;

interface Segment {
  kind: NoiseKind;
  start: number;
  end: number;
}

/**
 * Drops lines made only of boilerplate, and boilerplate runs that end a line (a cookie banner
 * glued to the last paragraph). A line that merely contains such a word is prose and stays.
 */
export function removeNoise(lines: string[], lexicon: NoiseLexicon): Cleaned {
  const kept: string[] = [];
  const removed: Removal[] = [];
  for (const line of lines) {
    const tail = findNoiseTail(line, lexicon);
    if (!tail) {
      kept.push(line);
      continue;
    }
    removed.push(...toRemovals(line, tail.segments));
    const rest = line.slice(0, tail.start).trimEnd();
    if (rest !== '') kept.push(rest);
  }
  return { lines: kept, removed };
}

/** The leftmost position from which the rest of the line is all noise. */
function findNoiseTail(line: string, lexicon: NoiseLexicon): { start: number; segments: Segment[] } | undefined {
  if (line === '') return undefined;
  const folded = foldForMatch(line);
  for (const start of wordStarts(line)) {
    const segments = opensSentence(line, start)
      ? matchNoiseRun(folded, start, lexicon)
      : matchBannerStart(line, folded, start, lexicon);
    if (segments) return { start, segments };
  }
  return undefined;
}

function* wordStarts(line: string): Generator<number> {
  yield 0;
  for (let i = 1; i < line.length; i++) if (/\s/.test(line[i - 1]) && !/\s/.test(line[i])) yield i;
}

function opensSentence(line: string, start: number): boolean {
  return start === 0 || SENTENCE_END.test(characterBefore(line, start, CLOSING_MARKS));
}

/** The last character before `index` that `skipped` does not match ('' at the start of the line). */
function characterBefore(line: string, index: number, skipped: RegExp): string {
  let position = index - 1;
  while (position >= 0 && skipped.test(line[position])) position--;
  return position >= 0 ? line[position] : '';
}

/** A banner is distinctive enough to be cut even where no sentence ends before it, unless it is quoted. */
function matchBannerStart(line: string, folded: string, start: number, lexicon: NoiseLexicon): Segment[] | undefined {
  if (!/\p{Lu}/u.test(line[start]) || OPENING_QUOTE.test(characterBefore(line, start, /\s/))) return undefined;
  const banner = matchAt(lexicon.starts, folded, start);
  return banner ? [{ kind: banner.kind, start, end: folded.length }] : undefined;
}

function matchNoiseRun(folded: string, from: number, lexicon: NoiseLexicon): Segment[] | undefined {
  if (from === 0 && folded.length <= MAX_LABEL_LINE_LENGTH) {
    const label = matchAt(lexicon.labels, folded, 0);
    if (label && matchesAt(LABEL_SEPARATOR, folded, label.end)) return [{ kind: label.kind, start: 0, end: folded.length }];
  }
  const segments: Segment[] = [];
  let position = skip(LEADING_MARKS, folded, from);
  while (position < folded.length) {
    const banner = matchAt(lexicon.starts, folded, position);
    if (banner) return [...segments, { kind: banner.kind, start: position, end: folded.length }];
    const phrase = matchAt(lexicon.phrases, folded, position);
    if (!phrase) return undefined;
    segments.push({ kind: phrase.kind, start: position, end: phrase.end });
    position = skip(SEPARATORS, folded, phrase.end);
  }
  return segments.length > 0 ? segments : undefined;
}

function matchAt(phrases: NoisePhrase[], folded: string, position: number): { kind: NoiseKind; end: number } | undefined {
  for (const { kind, pattern } of phrases) {
    if (matchesAt(pattern, folded, position)) return { kind, end: pattern.lastIndex };
  }
  return undefined;
}

function matchesAt(pattern: RegExp, text: string, position: number): boolean {
  pattern.lastIndex = position;
  return pattern.test(text);
}

function skip(marks: RegExp, folded: string, position: number): number {
  marks.lastIndex = position;
  marks.test(folded);
  return marks.lastIndex;
}

/** One removal per run of units of the same kind, in the line's own characters. */
function toRemovals(line: string, segments: Segment[]): Removal[] {
  const removals: Removal[] = [];
  let previous: Segment | undefined;
  for (const segment of segments) {
    if (previous && previous.kind === segment.kind) {
      removals[removals.length - 1].text = line.slice(previous.start, segment.end).trim();
      previous = { ...segment, start: previous.start };
    } else {
      removals.push({ kind: segment.kind, text: line.slice(segment.start, segment.end).trim() });
      previous = segment;
    }
  }
  return removals;
}
