import type { NormalizedDoc, RawDoc } from '../../core/types.ts';
import { takeCrawlLine } from './crawl-line.ts';
import { readHtml } from './html.ts';
import { parseIsoDate } from './iso-date.ts';
import { lexiconWithSiteNames } from './noise-lexicon.ts';
import { removeNoise } from './noise.ts';
import type { Cleaned, Removal } from './removal.ts';
import { removeDuplicateParagraphs, removeRepeatedLead } from './repeats.ts';
import { siteNames } from './site-names.ts';
import { collapseBlankLines, normalizeWhitespace } from './whitespace.ts';

export type { Removal, RemovalKind } from './removal.ts';

/**
 * Turns one input record into clean article text: HTML to text, crawl line off, web boilerplate
 * and repeated paragraphs out, whitespace unified. Pure: the same record always gives the same document.
 */
export function normalize(raw: RawDoc): NormalizedDoc {
  const page = raw.html !== undefined ? readHtml(raw.html) : undefined;
  const crawl = takeCrawlLine(normalizeWhitespace(raw.text ?? page?.text ?? ''));
  const lexicon = lexiconWithSiteNames(siteNames(raw.url, page?.siteName));
  const steps: ((lines: string[]) => Cleaned)[] = [
    (lines) => removeNoise(lines, lexicon),
    removeDuplicateParagraphs,
    removeRepeatedLead,
  ];
  let lines = crawl.text.split('\n');
  const removed: Removal[] = [...crawl.removed];
  for (const step of steps) {
    const cleaned = step(lines);
    lines = cleaned.lines;
    removed.push(...cleaned.removed);
  }

  const title = raw.title?.trim() || page?.title;
  const recordDate = raw.published !== undefined ? parseIsoDate(raw.published) : undefined;
  const publishedHint = recordDate
    ? { ...recordDate, source: 'record' as const }
    : page?.published && { ...page.published, source: 'html-meta' as const };
  return {
    id: raw.id,
    origin: raw.origin,
    ...(raw.url !== undefined && { url: raw.url }),
    ...(title && { title }),
    text: collapseBlankLines(lines).join('\n'),
    ...(publishedHint && { publishedHint }),
    ...(crawl.crawlDate && { crawlDate: crawl.crawlDate }),
    removed,
  };
}
