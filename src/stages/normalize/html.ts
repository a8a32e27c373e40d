import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DateValue } from '../../core/types.ts';
import { blockText } from './html-text.ts';
import { documentTitle, publishedDate, siteName } from './html-meta.ts';

export interface HtmlArticle {
  text: string;
  title?: string;
  published?: DateValue;
  siteName?: string;
}

/** The main text of a page and the metadata stated in its head. */
export function readHtml(html: string): HtmlArticle {
  // linkedom makes the first element the root of a page without <html> (or none at all when empty); wrap those.
  let { document } = parseHTML(html);
  if (document.documentElement?.localName !== 'html') document = parseHTML(wrapFragment(html)).document;
  // Readability rewrites the document, so metadata and the fallback text are read first.
  const title = documentTitle(document);
  const published = publishedDate(document);
  const declaredSiteName = siteName(document);
  const bodyText = document.body ? blockText(document.body) : '';
  const article = new Readability(document).parse();
  const articleText = article?.content ? blockText(parseHTML(wrapFragment(article.content)).document.body) : '';
  const name = declaredSiteName ?? (article?.siteName?.trim() || undefined);
  const chosenTitle = title ?? (article?.title?.trim() || undefined);
  return {
    text: articleText !== '' ? articleText : bodyText,
    ...(chosenTitle !== undefined && { title: chosenTitle }),
    ...(published !== undefined && { published }),
    ...(name !== undefined && { siteName: name }),
  };
}

/** linkedom misplaces a bare fragment, so Readability's output is parsed as a whole page. */
function wrapFragment(fragment: string): string {
  return `<!doctype html><html><body>${fragment}</body></html>`;
}
