import type { DateValue } from '../../core/types.ts';
import { parseIsoDate } from './iso-date.ts';
import type { Removal } from './removal.ts';

/** A crawler's note " date 2022-03" opening the text, possibly followed by the article on the same line. */
const CRAWL_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)[ \t]*/;

export interface CrawlLineResult {
  text: string;
  crawlDate?: DateValue;
  removed: Removal[];
}

/** Takes the crawl date off the first line; it bounds publication from above but is never the publication date. */
export function takeCrawlLine(text: string): CrawlLineResult {
  const match = CRAWL_LINE.exec(text);
  const crawlDate = match ? parseIsoDate(match[1]) : undefined;
  if (!match || !crawlDate) return { text, removed: [] };
  return {
    text: text.slice(match[0].length),
    crawlDate,
    removed: [{ kind: 'crawl-line', text: match[0].trim() }],
  };
}
