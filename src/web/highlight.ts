/**
 * Article text with spans highlighted. The text is cut at every span boundary and each piece escaped,
 * so spans may overlap and nothing in the article can become markup.
 */
import { escapeHtml as e } from './escape.ts';

export interface Highlight {
  start: number;
  end: number;
  /** `mark` for evidence, `span` for a sentence read as context. */
  tag: 'mark' | 'span';
  className: string;
  title?: string;
  id?: string;
}

export function highlightText(text: string, highlights: Highlight[]): string {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) cuts.add(h.start).add(h.end);
  const points = [...cuts].sort((a, b) => a - b);
  const ids = new Set<string>();
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    let piece = e(text.slice(from, to));
    // Sentences outside, evidence inside: evidence stays visible where both apply.
    const active = valid.filter((h) => h.start <= from && h.end >= to).sort((a, b) => (a.tag === b.tag ? 0 : a.tag === 'span' ? -1 : 1));
    for (const h of active.reverse()) {
      const id = h.id && h.start === from && !ids.has(h.id) ? ` id="${e(h.id)}"` : '';
      if (id) ids.add(h.id!);
      piece = `<${h.tag} class="${e(h.className)}"${id}${h.title ? ` title="${e(h.title)}"` : ''}>${piece}</${h.tag}>`;
    }
    html += piece;
  }
  return html;
}

/** The sentence (or line) around a span, at most `max` characters each side, with the span's offsets inside it. */
export function sentenceAround(text: string, start: number, end: number, max = 240): { text: string; start: number; end: number; cutStart: boolean; cutEnd: boolean } {
  let from = start;
  while (from > 0 && start - from < max && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < max && !/[.!?\n]/.test(text[to]!)) to++;
  if (to < text.length && /[.!?]/.test(text[to]!)) to++;
  while (from < start && /\s/.test(text[from]!)) from++;
  return { text: text.slice(from, to), start: start - from, end: end - from, cutStart: from > 0 && !/[.!?\n]/.test(text[from - 1]!), cutEnd: to < text.length && !/[.!?\n]/.test(text[to - 1]!) };
}
