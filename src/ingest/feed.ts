import { basename } from 'node:path';
import { DOMParser } from 'linkedom';
import type { RawDoc } from '../core/types.ts';
import { feedDate } from './feed-date.ts';
import type { InputError } from './read-inputs.ts';

/** Fuller bodies first: content:encoded and Atom content carry the article, description a summary. */
const BODY_TAGS = ['content:encoded', 'content', 'description', 'summary'];
const DATE_TAGS = ['pubDate', 'published', 'updated', 'dc:date'];

/** One document per RSS item or Atom entry. */
export function parseFeed(xml: string, path: string): (RawDoc | InputError)[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const rssItems = Array.from(document.getElementsByTagName('item'));
  const items = rssItems.length > 0 ? rssItems : Array.from(document.getElementsByTagName('entry'));
  if (items.length === 0) return [{ origin: path, reason: 'no feed items (item or entry)' }];
  return items.map((item, index) => readItem(item, index + 1, path));
}

function readItem(item: Element, itemNumber: number, path: string): RawDoc | InputError {
  const origin = `${path}#${itemNumber}`;
  const html = firstText(item, BODY_TAGS);
  if (html === undefined) return { origin, reason: `item ${itemNumber}: item has neither content nor description` };
  const title = firstText(item, ['title']);
  const url = itemLink(item);
  const dateText = firstText(item, DATE_TAGS);
  const published = dateText === undefined ? undefined : feedDate(dateText);
  return {
    id: `${basename(path)}#${itemNumber}`,
    origin,
    html,
    ...(title !== undefined && { title }),
    ...(url !== undefined && { url }),
    ...(published !== undefined && { published }),
  };
}

/** The trimmed text of the first direct child among `tags` (in that order) that has some. */
function firstText(item: Element, tags: string[]): string | undefined {
  for (const tag of tags) {
    const text = childrenNamed(item, tag)[0]?.textContent?.trim();
    if (text) return text;
  }
  return undefined;
}

/** RSS `<link>url</link>`, or Atom `<link href>` preferring rel="alternate". */
function itemLink(item: Element): string | undefined {
  const links = childrenNamed(item, 'link');
  const atomLink = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate' && link.getAttribute('href'));
  return atomLink?.getAttribute('href') ?? (links.map((link) => link.textContent?.trim()).find((text) => text) || undefined);
}

function childrenNamed(item: Element, tag: string): Element[] {
  return Array.from(item.children).filter((child) => child.tagName === tag);
}
