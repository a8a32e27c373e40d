import type { Cleaned } from './removal.ts';
import { foldSpaces } from './whitespace.ts';

const TRAILING_ELLIPSIS = /\s*(?:\.{3,}|…|\[\s*(?:\.{3}|…)\s*\])$/;
/** A closing paragraph shorter than this is too weak a signal to call a repeat of the lead. */
const MIN_REPEAT_LENGTH = 40;
/** Without an ellipsis, only a long exact prefix of the lead counts as a repeat. */
const MIN_UNMARKED_REPEAT_LENGTH = 80;
/** The lead starts within the first few paragraphs (after a title, a standfirst). */
const LEAD_SEARCH_DEPTH = 3;

/** Drops every paragraph (line) already seen earlier, e.g. a whole text pasted twice. */
export function removeDuplicateParagraphs(lines: string[]): Cleaned {
  const seen = new Set<string>();
  const kept: string[] = [];
  const removed: Cleaned['removed'] = [];
  for (const line of lines) {
    const key = foldSpaces(line);
    if (key === '') {
      kept.push(line);
    } else if (seen.has(key)) {
      removed.push({ kind: 'duplicate-paragraph', text: line });
    } else {
      seen.add(key);
      kept.push(line);
    }
  }
  return { lines: kept, removed };
}

/**
 * Drops a closing paragraph that repeats the opening of the article, as teaser blocks do:
 * "<lead paragraph> <start of the next one>..." cut anywhere, even inside a word.
 */
export function removeRepeatedLead(lines: string[]): Cleaned {
  const paragraphIndexes = lines.flatMap((line, index) => (line === '' ? [] : [index]));
  const lastIndex = paragraphIndexes[paragraphIndexes.length - 1];
  if (lastIndex === undefined) return { lines, removed: [] };
  const closing = lines[lastIndex];
  const marked = TRAILING_ELLIPSIS.test(closing);
  const stem = foldSpaces(closing.replace(TRAILING_ELLIPSIS, ''));
  if (stem.length < (marked ? MIN_REPEAT_LENGTH : MIN_UNMARKED_REPEAT_LENGTH)) return { lines, removed: [] };
  const earlier = paragraphIndexes.slice(0, -1);
  const repeatsLead = earlier.slice(0, LEAD_SEARCH_DEPTH).some((_, first) => {
    const leadText = foldSpaces(earlier.slice(first).map((index) => lines[index]).join(' '));
    return leadText.startsWith(stem);
  });
  if (!repeatsLead) return { lines, removed: [] };
  return {
    lines: lines.filter((_, index) => index !== lastIndex),
    removed: [{ kind: 'repeated-lead', text: closing }],
  };
}
