/** The home page: filters, the timeline, the map and one page of the meetings they select. */
import { LEVELS, STATUSES, TOPICS, type MeetingFilter, type MeetingOverview, type MeetingRecord } from '../store/index.ts';
import { escapeHtml as e } from './escape.ts';
import { BODY_LABELS, LEVEL_LABELS, href, levelBadge, page, pager, words, type ColourBy } from './layout.ts';
import { renderMap } from './map.ts';
import { renderTimeline } from './timeline.ts';

export interface OverviewView {
  filter: MeetingFilter;
  /** The URL's state: filters and display options, as given. */
  state: Record<string, string | undefined>;
  colourBy: ColourBy;
  overview: MeetingOverview;
  meetings: MeetingRecord[];
  page: { limit: number; offset: number; total: number };
  signedIn: boolean;
}

function select(name: string, label: string, options: readonly string[], current: string | undefined, text: (v: string) => string): string {
  const items = options.map((v) => `<option value="${e(v)}"${v === current ? ' selected' : ''}>${e(text(v))}</option>`).join('');
  return `<label>${label}<select name="${name}"><option value="">Any</option>${items}</select></label>`;
}

function input(name: string, label: string, current: string | undefined, extra = ''): string {
  return `<label>${label}<input name="${name}" value="${e(current ?? '')}" ${extra}></label>`;
}

function filters(view: OverviewView): string {
  const f = view.filter;
  const bodies = [...new Set([...Object.keys(BODY_LABELS), ...view.overview.years.map((y) => y.body), ...(f.body ? [f.body] : [])])];
  return `<form class="filters" method="get" action="/" role="search" aria-label="Filter meetings">
${input('q', 'Search meetings', f.q, 'type="search" maxlength="200" placeholder="city, chair, title…"')}
${select('body', 'Body', bodies, f.body, (b) => BODY_LABELS[b] ?? b)}
${select('level', 'Level', LEVELS, f.level, (l) => LEVEL_LABELS[l] ?? l)}
<div class="pair">${input('from', 'From', f.from, 'placeholder="YYYY[-MM[-DD]]" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" inputmode="numeric"')}
${input('to', 'To', f.to, 'placeholder="YYYY[-MM[-DD]]" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" inputmode="numeric"')}</div>
<div class="pair">${input('country', 'Country', f.country, 'maxlength="2" placeholder="FR" pattern="[A-Za-z]{2}" autocapitalize="characters"')}
${input('city', 'City', f.city, 'maxlength="100"')}</div>
${input('participant', 'Participant or chair', f.participant, 'maxlength="100" placeholder="US, John Kerry…"')}
${select('topic', 'Topic', TOPICS, f.topic, words)}
${select('status', 'Status', STATUSES, f.status, words)}
${view.colourBy === 'body' ? '<input type="hidden" name="colour" value="body">' : ''}
<div class="actions"><button type="submit">Apply filters</button><a href="/">Clear</a></div>
</form>`;
}

function place(m: MeetingRecord): string {
  const where = [m.city, m.country].filter(Boolean).map((v) => e(v)).join(', ');
  return where || '<span class="muted">unknown</span>';
}

function dateText(m: MeetingRecord): string {
  if (!m.date) return '<span class="muted">undated</span>';
  return `${e(m.date)}${m.endDate ? ` – ${e(m.endDate)}` : ''}`;
}

function list(view: OverviewView): string {
  if (view.meetings.length === 0) {
    return `<p class="empty">No meetings match these filters. <a href="/">Show all meetings</a>.</p>`;
  }
  const rows = view.meetings.map((m) => {
    const documents = new Set(m.mentions.map((x) => x.documentId)).size;
    return `<tr>
<td class="date"><a href="/meetings/${m.id}">${dateText(m)}</a></td>
<td>${levelBadge(m.level)} <span class="body">${e(BODY_LABELS[m.body] ?? m.body)}</span>${m.status !== 'held' ? ` <span class="status">${e(m.status)}</span>` : ''}</td>
<td>${place(m)}</td>
<td class="chairs">${m.chairs.map((c) => e(c)).join(', ')}</td>
<td class="num">${documents}</td>
</tr>`;
  });
  return `<div class="table-wrap"><table class="meetings">
<caption class="visually-hidden">Meetings</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Place</th><th scope="col">Chairs</th><th scope="col" class="num">Sources</th></tr></thead>
<tbody>${rows.join('')}</tbody>
</table></div>
${pager('/', view.state, view.page)}`;
}

export function renderOverview(view: OverviewView): string {
  const { overview, state } = view;
  const map = renderMap(overview.places, {
    placeHref: (p) => href('/', state, { city: p.city, offset: undefined }),
    selectedCity: view.filter.city,
  });
  const total = view.page.total;
  const body = `<div class="overview">
<aside>${filters(view)}</aside>
<div class="views">
<section aria-labelledby="timeline-title"><h1 id="timeline-title">${total.toLocaleString('en')} meeting${total === 1 ? '' : 's'}</h1>
${renderTimeline(overview, { colourBy: view.colourBy, state })}</section>
<section aria-labelledby="map-title"><h2 id="map-title">Where</h2>
<figure class="map-frame">${map}<figcaption class="note">${overview.places.length} place${overview.places.length === 1 ? '' : 's'}; select a place to show its meetings.</figcaption></figure></section>
<section aria-labelledby="list-title"><h2 id="list-title">Meetings</h2>${list(view)}</section>
</div>
</div>`;
  return page({ title: 'Meetings', section: 'meetings', signedIn: view.signedIn, body });
}
