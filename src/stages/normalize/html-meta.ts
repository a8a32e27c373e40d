import type { DateValue } from '../../core/types.ts';
import { parseIsoDate } from './iso-date.ts';

/** Metadata that states when the article was published, most explicit first. */
const PUBLISHED_SELECTORS: { selector: string; attribute: string }[] = [
  { selector: 'meta[property="article:published_time"]', attribute: 'content' },
  { selector: 'meta[property="og:published_time"]', attribute: 'content' },
  { selector: 'meta[name="date"]', attribute: 'content' },
  { selector: 'meta[itemprop="datePublished"]', attribute: 'content' },
  { selector: '[itemprop="datePublished"][datetime]', attribute: 'datetime' },
];

function metaContent(document: Document, selector: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

/** og:title, else <title> without a trailing " | Site name" when the site declares its name. */
export function documentTitle(document: Document): string | undefined {
  const ogTitle = metaContent(document, 'meta[property="og:title"]');
  if (ogTitle) return ogTitle;
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  return title ? withoutSiteName(title, siteName(document)) : undefined;
}

const TITLE_SEPARATOR = /\s*[|\-–—:·•]\s*$/;

function withoutSiteName(title: string, name: string | undefined): string {
  if (!name || !title.endsWith(name)) return title;
  const rest = title.slice(0, -name.length);
  return TITLE_SEPARATOR.test(rest) ? rest.replace(TITLE_SEPARATOR, '') || title : title;
}

export function siteName(document: Document): string | undefined {
  return metaContent(document, 'meta[property="og:site_name"]');
}

/** The publication date the page declares, read before Readability rewrites the document. */
export function publishedDate(document: Document): DateValue | undefined {
  for (const { selector, attribute } of PUBLISHED_SELECTORS) {
    const date = parseOptional(document.querySelector(selector)?.getAttribute(attribute));
    if (date) return date;
  }
  return jsonLdPublished(document) ?? parseOptional(document.querySelector('article time[datetime]')?.getAttribute('datetime'));
}

function jsonLdPublished(document: Document): DateValue | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const date = findDatePublished(parseJson(script.textContent ?? ''));
    if (date) return date;
  }
  return undefined;
}

/** Looks through arrays and `@graph` for the first node with a usable `datePublished`. */
function findDatePublished(node: unknown): DateValue | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const date = findDatePublished(item);
      if (date) return date;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  const own = typeof record.datePublished === 'string' ? parseIsoDate(record.datePublished) : undefined;
  return own ?? findDatePublished(record['@graph']);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseOptional(value: string | null | undefined): DateValue | undefined {
  return value ? parseIsoDate(value) : undefined;
}
