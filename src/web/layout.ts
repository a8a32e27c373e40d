/** The page shell, links that carry the URL's state, and the words and colours shared by every view. */
import { escapeHtml as e } from './escape.ts';

export const LEVEL_LABELS: Record<string, string> = {
  summit: 'Summit',
  ministerial: 'Ministerial',
  defence_ministerial: 'Defence ministerial',
  joint_ministerial: 'Joint ministerial',
  chiefs_of_defence: 'Chiefs of defence',
  political_directors: 'Political directors',
  senior_officials: 'Senior officials',
  working_group: 'Working group',
  other: 'Other',
};

export const BODY_LABELS: Record<string, string> = {
  coalition: 'Coalition against Daesh',
  nato: 'NATO',
  eu: 'EU',
  un: 'UN',
  g7: 'G7',
  g20: 'G20',
};

// Colour-blind-safe hues, dark enough for white text and visible on a light or dark page.
const PALETTE = ['#3465a4', '#d9822b', '#2e8b57', '#c0392b', '#7d5ba6', '#8c6d31', '#d45f9c', '#5f6b7a', '#1b9aaa'];
const LEVEL_ORDER = Object.keys(LEVEL_LABELS);
const BODY_ORDER = Object.keys(BODY_LABELS);

export type ColourBy = 'level' | 'body';

/** A code in words: `more_than` → `more than`. */
export const words = (code: string) => code.replace(/_/g, ' ');

export function colourOf(by: ColourBy, key: string): string {
  const order = by === 'level' ? LEVEL_ORDER : BODY_ORDER;
  const known = order.indexOf(key);
  if (known >= 0) return PALETTE[known % PALETTE.length]!;
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

export function keyLabel(by: ColourBy, key: string): string {
  return (by === 'level' ? LEVEL_LABELS[key] : BODY_LABELS[key]) ?? key;
}

/** Legend and timeline order: known keys in their order, others alphabetically after them. */
export function compareKeys(by: ColourBy, a: string, b: string): number {
  const order = by === 'level' ? LEVEL_ORDER : BODY_ORDER;
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** `path` with the query `state` changed by `changes` (undefined or '' removes a key). Escaped for an attribute. */
export function href(path: string, state: Record<string, string | undefined>, changes: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  const merged: Record<string, string | number | undefined> = { ...state, ...changes };
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return e(query ? `${path}?${query}` : path);
}

export interface Shell {
  title: string;
  /** Which navigation entry is current. */
  section: 'meetings' | 'documents' | 'sign-in' | 'none';
  signedIn: boolean;
  body: string;
}

export function page(shell: Shell): string {
  const nav = (section: Shell['section'], path: string, label: string) =>
    `<a href="${path}"${shell.section === section ? ' aria-current="page"' : ''}>${label}</a>`;
  const account = shell.signedIn
    ? `<form method="post" action="/sign-out" class="inline"><button type="submit" class="link">Sign out</button></form>`
    : nav('sign-in', '/sign-in', 'Sign in');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(shell.title)} · Chronicle</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/style.css">
<script type="module" src="/static/app.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="/">Chronicle</a>
<nav aria-label="Main">${nav('meetings', '/', 'Meetings')}${nav('documents', '/documents', 'Documents')}<a href="/openapi.json">API</a>${account}</nav>
</header>
<main id="main">
${shell.body}
</main>
</body>
</html>
`;
}

/** "Showing 1–50 of 1,234" with previous and next links that keep the rest of the URL's state. */
export function pager(path: string, state: Record<string, string | undefined>, page: { limit: number; offset: number; total: number }): string {
  const { limit, offset, total } = page;
  if (total === 0) return '';
  const last = Math.min(offset + limit, total);
  const prev = offset > 0 ? `<a rel="prev" href="${href(path, state, { offset: Math.max(0, offset - limit) || undefined })}">← Previous</a>` : '';
  const next = last < total ? `<a rel="next" href="${href(path, state, { offset: offset + limit })}">Next →</a>` : '';
  return `<nav class="pager" aria-label="Pages"><span>${offset + 1}–${last} of ${total.toLocaleString('en')}</span>${prev}${next}</nav>`;
}

// Classes rather than style attributes: the Content-Security-Policy allows no inline style.
export function levelBadge(level: string): string {
  const known = level in LEVEL_LABELS ? ` level-${level}` : '';
  return `<span class="badge${known}">${e(LEVEL_LABELS[level] ?? level)}</span>`;
}

/** Stylesheet rules giving each known level its colour, appended to style.css. */
export function paletteCss(): string {
  return LEVEL_ORDER.map((level) => `.level-${level} { --c: ${colourOf('level', level)}; }`).join('\n') + '\n';
}

export function errorPage(title: string, message: string, signedIn: boolean): string {
  return page({ title, section: 'none', signedIn, body: `<div class="card narrow"><h1>${e(title)}</h1><p>${e(message)}</p><p><a href="/">Back to the meetings</a></p></div>` });
}
