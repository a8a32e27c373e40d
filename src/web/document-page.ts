/** One document: its text with every meeting extracted from it highlighted, one colour per meeting. */
import type { Evidence, Mention, Span } from '../core/types.ts';
import type { DocumentDetail } from '../store/index.ts';
import { escapeHtml as e } from './escape.ts';
import { highlightText, type Highlight } from './highlight.ts';
import { page } from './layout.ts';
import { formatSlot, formatValue } from './meeting-page.ts';

export interface DocumentView {
  document: DocumentDetail;
  signedIn: boolean;
}

const HUES = 6;

/** Every slot's evidence in a mention, with the slot's name. */
function mentionEvidence(mention: Partial<Mention>): { slot: string; evidence: Evidence }[] {
  const found: { slot: string; evidence: Evidence }[] = [];
  for (const [slot, value] of Object.entries(mention)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const evidence = (item as { evidence?: unknown } | null)?.evidence;
      if (!Array.isArray(evidence)) continue;
      for (const ev of evidence as Evidence[]) if (typeof ev?.start === 'number' && typeof ev.end === 'number') found.push({ slot, evidence: ev });
    }
  }
  return found;
}

function highlights(document: DocumentDetail): Highlight[] {
  const list: Highlight[] = [];
  document.mentions.forEach((m, k) => {
    const mention = (m.payload ?? {}) as Partial<Mention>;
    const hue = `m${k % HUES}`;
    const spans: Span[] = Array.isArray(mention.spans) ? mention.spans : [];
    spans.forEach((s, i) => list.push({ start: s.start, end: s.end, tag: 'span', className: `sentence ${hue}`, ...(i === 0 && { id: `mention-${m.mentionId}` }) }));
    const marks: Highlight[] = mentionEvidence(mention).map(({ slot, evidence }) => ({
      start: evidence.start,
      end: evidence.end,
      tag: 'mark',
      className: hue,
      title: `meeting ${k + 1}: ${slot} (${evidence.rule})`,
      id: `e-${evidence.start}-${evidence.end}`,
    }));
    list.push(...marks);
    // A mention without sentences still gets its anchor, at its first evidence.
    const first = marks[0];
    if (spans.length === 0 && first) list.push({ start: first.start, end: first.end, tag: 'span', className: `sentence ${hue}`, id: `mention-${m.mentionId}` });
  });
  return list;
}

function legend(document: DocumentDetail): string {
  if (document.mentions.length === 0) return '<p class="muted">No meeting was found in this document.</p>';
  const items = document.mentions.map((m, k) => {
    const mention = (m.payload ?? {}) as Partial<Mention>;
    const what = `${formatSlot('level', mention.level?.value)} · ${formatSlot('body', mention.body?.value)}`;
    const when = mention.date ? formatValue(mention.date.value) : 'undated';
    const where = mention.city ? formatValue(mention.city.value) : '';
    const link = m.meetingId ? `<a href="/meetings/${m.meetingId}">${e(what)}</a>` : e(what);
    return `<li class="m${k % HUES}"><span class="swatch" aria-hidden="true"></span>${link} <span class="muted">${e([when, where].filter(Boolean).join(' · '))}${mention.role === 'mentioned' ? ' · mentioned in passing' : ''}</span> <a class="small" href="#mention-${m.mentionId}">in the text</a></li>`;
  });
  return `<ol class="mention-legend">${items.join('')}</ol>`;
}

function safeUrl(url: string | null): string {
  return url && /^https?:\/\//i.test(url) ? `<a href="${e(url)}" rel="noreferrer noopener nofollow">${e(url)}</a>` : e(url ?? '');
}

export function renderDocument(view: DocumentView): string {
  const d = view.document;
  // Plain-text articles have no title field: their first line is the headline.
  const title = d.title || d.text.split('\n', 1)[0]!.trim().slice(0, 200) || d.doc;
  const facts = [
    d.published ? `published ${e(d.published)}` : 'publication date unknown',
    d.lang === 'fr' ? 'French' : 'English',
    `<code>${e(d.doc)}</code>`,
    d.duplicateOf ? `<span class="copy">copy of <a href="/documents/${d.duplicateOf}">document ${d.duplicateOf}</a></span>` : '',
    d.url ? safeUrl(d.url) : '',
  ].filter(Boolean);
  const body = `<article class="document">
<p class="crumbs"><a href="/documents">← Documents</a></p>
<h1>${e(title)}</h1>
<p class="lede">${facts.join(' · ')}</p>
<section aria-labelledby="found-title"><h2 id="found-title">Meetings found (${d.mentions.length})</h2>${legend(d)}</section>
<section aria-labelledby="text-title"><h2 id="text-title">Text</h2><div class="article-text" lang="${e(d.lang)}">${highlightText(d.text, highlights(d))}</div></section>
</article>`;
  return page({ title, section: 'documents', signedIn: view.signedIn, body });
}
