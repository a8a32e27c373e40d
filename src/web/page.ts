/** The chronicle as one server-rendered HTML page: no script, styles from /static/style.css. */
import type { DocumentRecord, MeetingRecord } from '../store/index.ts';
import { escapeHtml as e } from './escape.ts';

const LEVELS: Record<string, string> = {
  summit: 'summit',
  ministerial: 'ministerial',
  defence_ministerial: 'defence ministerial',
  joint_ministerial: 'joint ministerial',
  chiefs_of_defence: 'chiefs of defence',
  political_directors: 'political directors',
  senior_officials: 'senior officials',
  working_group: 'working group',
  other: 'other',
};

function dateCell(m: MeetingRecord): string {
  if (!m.date) return '<span class="precision">undated</span>';
  const end = m.endDate ? ` – ${e(m.endDate)}` : '';
  const precision = m.datePrecision && m.datePrecision !== 'day' ? ` <span class="precision">(${e(m.datePrecision)})</span>` : '';
  return `${e(m.date)}${end}${precision}`;
}

function sources(m: MeetingRecord, titles: Map<number, string | null>): string {
  const items = m.mentions.map((x) => {
    const title = titles.get(x.documentId);
    return `<li><code>${e(x.doc)}</code>${title ? ` ${e(title)}` : ''} <span class="status">${e(x.status)}</span></li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

function row(m: MeetingRecord, titles: Map<number, string | null>): string {
  const place = [m.city, m.country].filter(Boolean).map(e).join(', ');
  const venue = m.venue ? `<br><span class="precision">${e(m.venue)}</span>` : '';
  return `<tr id="meeting-${m.id}">
  <td class="date"><a href="/api/meetings/${m.id}">${dateCell(m)}</a></td>
  <td><span class="level">${e(LEVELS[m.level] ?? m.level)}</span><br><span class="status">${e(m.status)}</span></td>
  <td>${e(m.body)}</td>
  <td>${place || '<span class="precision">unknown</span>'}${venue}</td>
  <td>${m.chairs.map(e).join('<br>')}</td>
  <td>${sources(m, titles)}</td>
</tr>`;
}

export function renderPage(meetings: MeetingRecord[], documents: DocumentRecord[]): string {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const body = meetings.length
    ? `<table>
<thead><tr><th>Date</th><th>Level</th><th>Body</th><th>Place</th><th>Chairs</th><th>Sources</th></tr></thead>
<tbody>
${meetings.map((m) => row(m, titles)).join('\n')}
</tbody>
</table>`
    : '<p class="empty">No meetings yet: ingest some articles with <code>chronicle ingest PATH</code>.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chronicle</title>
<link rel="stylesheet" href="/static/style.css">
</head>
<body>
<header>
<h1>Chronicle</h1>
<p>${meetings.length} meeting${meetings.length === 1 ? '' : 's'} from ${documents.length} document${documents.length === 1 ? '' : 's'}</p>
</header>
<main>
${body}
</main>
<footer>Data: <a href="/api/meetings">/api/meetings</a> · <a href="/api/documents">/api/documents</a></footer>
</body>
</html>
`;
}
