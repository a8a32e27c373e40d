/** The documents: a paginated list by publication date, or full-text search results with snippets. */
import type { DocumentHits, DocumentRecord } from '../store/index.ts';
import { MATCH_END, MATCH_START } from '../store/index.ts';
import { escapeHtml as e } from './escape.ts';
import { page, pager } from './layout.ts';

export interface DocumentsView {
  state: Record<string, string | undefined>;
  q: string;
  lang?: 'fr' | 'en';
  /** The list when there is no query. */
  documents: DocumentRecord[] | null;
  /** The results when there is one. */
  results: DocumentHits | null;
  page: { limit: number; offset: number; total: number };
  signedIn: boolean;
}

/** A snippet from the search: escaped, with the matched words marked. */
function snippetHtml(snippet: string): string {
  return e(snippet).replaceAll(MATCH_START, '<mark>').replaceAll(MATCH_END, '</mark>');
}

function searchForm(view: DocumentsView): string {
  const option = (value: string, label: string) => `<option value="${value}"${(view.lang ?? '') === value ? ' selected' : ''}>${label}</option>`;
  return `<form class="search" method="get" action="/documents" role="search">
<label class="grow">Search the documents<input type="search" name="q" value="${e(view.q)}" maxlength="200" placeholder="réunion ministérielle, Koweït, &quot;foreign fighters&quot;…"></label>
<label>Language<select name="lang">${option('', 'French and English')}${option('fr', 'French')}${option('en', 'English')}</select></label>
<button type="submit">Search</button>
</form>`;
}

function title(d: { id: number; title: string | null; doc: string }): string {
  return `<a href="/documents/${d.id}">${e(d.title || d.doc)}</a>`;
}

function meta(d: { published: string | null; lang: string; doc: string }): string {
  return `<span class="muted">${e(d.published ?? 'undated')} · ${d.lang === 'fr' ? 'French' : 'English'} · <code>${e(d.doc)}</code></span>`;
}

function results(view: DocumentsView): string {
  if (view.results) {
    if (view.results.hits.length === 0) return `<p class="empty">No document matches “${e(view.q)}”.</p>`;
    const items = view.results.hits.map((h) => `<li>${title(h)}<br>${meta(h)}<p class="snippet">${snippetHtml(h.snippet)}</p></li>`);
    return `<ol class="hits">${items.join('')}</ol>`;
  }
  const docs = view.documents ?? [];
  if (docs.length === 0) return '<p class="empty">No documents yet: ingest some articles with <code>chronicle ingest PATH</code>.</p>';
  const items = docs.map((d) => `<li>${title(d)}<br>${meta(d)} · ${d.mentions} meeting mention${d.mentions === 1 ? '' : 's'}</li>`);
  return `<ol class="hits">${items.join('')}</ol>`;
}

export function renderDocuments(view: DocumentsView): string {
  const heading = view.q ? `${view.page.total.toLocaleString('en')} document${view.page.total === 1 ? '' : 's'} matching “${e(view.q)}”` : `${view.page.total.toLocaleString('en')} documents`;
  const body = `<section class="documents" aria-labelledby="documents-title">
<h1 id="documents-title">${heading}</h1>
${searchForm(view)}
${results(view)}
${pager('/documents', view.state, view.page)}
</section>`;
  return page({ title: view.q ? `Search: ${view.q}` : 'Documents', section: 'documents', signedIn: view.signedIn, body });
}
