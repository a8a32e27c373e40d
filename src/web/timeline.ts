/**
 * The timeline as server-rendered SVG: one column per year (per month when zoomed to two years or
 * less), each meeting a square coloured by level or body when few enough to draw, stacked bars of
 * counts otherwise. Zooming and panning are links that change `from` and `to` in the URL.
 */
import type { MeetingOverview, MeetingPoint } from '../store/index.ts';
import { escapeHtml as e } from './escape.ts';
import { colourOf, compareKeys, href, keyLabel, type ColourBy } from './layout.ts';

const WIDTH = 960;
const MAX_PLOT = 190;
const MIN_PLOT = 90;
const AXIS = 34;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface TimelineOptions {
  colourBy: ColourBy;
  /** The page's URL state, kept by every link. */
  state: Record<string, string | undefined>;
}

interface Column {
  /** The `from`/`to` a click or a brush over this column selects. */
  from: string;
  to: string;
  label: string;
  /** Label shown under the column (sparse when columns are narrow). */
  axis: string;
  points: MeetingPoint[];
  counts: Map<string, number>;
}

/** The years shown: the filter's range, else the years that have meetings. */
function yearRange(overview: MeetingOverview, state: { from?: string; to?: string }): [number, number] | null {
  const years = overview.years.map((y) => Number(y.year));
  const first = state.from ? Number(state.from.slice(0, 4)) : Math.min(...years);
  const last = state.to ? Number(state.to.slice(0, 4)) : Math.max(...years);
  return Number.isFinite(first) && Number.isFinite(last) && first <= last ? [first, last] : null;
}

function columns(overview: MeetingOverview, [first, last]: [number, number], by: ColourBy): Column[] {
  const byMonth = overview.points !== null && last - first <= 1;
  const cols: Column[] = [];
  const index = new Map<string, Column>();
  const add = (key: string, col: Omit<Column, 'points' | 'counts'>) => {
    const column = { ...col, points: [], counts: new Map() };
    cols.push(column);
    index.set(key, column);
  };
  for (let year = first; year <= last; year++) {
    if (!byMonth) {
      add(String(year), { from: String(year), to: String(year), label: String(year), axis: String(year) });
      continue;
    }
    const yearOnly = overview.points!.some((p) => p.date === String(year));
    if (yearOnly) add(String(year), { from: String(year), to: String(year), label: `${year}, month unknown`, axis: '?' });
    MONTHS.forEach((name, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      add(month, { from: month, to: month, label: `${name} ${year}`, axis: name });
    });
  }
  if (overview.points) {
    for (const p of overview.points) {
      const column = index.get(byMonth ? p.date.slice(0, 7) : p.date.slice(0, 4));
      if (!column) continue;
      column.points.push(p);
      column.counts.set(p[by], (column.counts.get(p[by]) ?? 0) + 1);
    }
  } else {
    for (const bin of overview.years) {
      const column = index.get(bin.year);
      if (column) column.counts.set(bin[by], (column.counts.get(bin[by]) ?? 0) + bin.count);
    }
  }
  return cols;
}

function stackHeight(cols: Column[], width: number, size: number): number {
  const perRow = Math.max(1, Math.floor((width - 2) / size));
  return Math.max(...cols.map((c) => Math.ceil(c.points.length / perRow))) * size;
}

/** The largest square that fits every column's meetings, or null when they would be too small to see. */
function cellSize(cols: Column[], width: number): number | null {
  for (let size = 18; size >= 5; size--) if (stackHeight(cols, width, size) <= MAX_PLOT) return size;
  return null;
}

function squares(col: Column, x: number, width: number, size: number, by: ColourBy, plot: number): string {
  const perRow = Math.max(1, Math.floor((width - 2) / size));
  const left = x + (width - perRow * size) / 2;
  return col.points
    .map((p, i) => {
      const cx = left + (i % perRow) * size;
      const cy = plot - (Math.floor(i / perRow) + 1) * size;
      const title = `${p.date} · ${keyLabel(by, p[by])}${p.city ? ` · ${p.city}` : ''}`;
      return `<a href="/meetings/${p.id}"><rect class="meeting" data-city="${e(p.city ?? '')}" x="${(cx + 1).toFixed(1)}" y="${(cy + 1).toFixed(1)}" width="${size - 2}" height="${size - 2}" rx="2" fill="${colourOf(by, p[by])}"><title>${e(title)}</title></rect></a>`;
    })
    .join('');
}

function bars(col: Column, x: number, width: number, max: number, by: ColourBy, state: TimelineOptions['state'], plot: number): string {
  const barWidth = Math.max(2, width * 0.72);
  const left = x + (width - barWidth) / 2;
  let top = plot;
  let total = 0;
  const parts = [...col.counts.entries()]
    .sort(([a], [b]) => compareKeys(by, a, b))
    .map(([key, count]) => {
      total += count;
      const height = (count / max) * (plot - 16);
      top -= height;
      const link = href('/', state, { from: col.from, to: col.to, [by]: key, offset: undefined });
      return `<a href="${link}"><rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="${colourOf(by, key)}"><title>${e(col.label)} · ${e(keyLabel(by, key))}: ${count}</title></rect></a>`;
    });
  const label = width >= 22 && total > 0 ? `<text class="count" x="${(x + width / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}">${total}</text>` : '';
  return parts.join('') + label;
}

function zoomLinks([first, last]: [number, number], state: TimelineOptions['state']): string {
  const span = last - first + 1;
  const link = (label: string, zoom: string, from: number, to: number, key: string) =>
    `<a class="button" data-zoom="${zoom}" aria-keyshortcuts="${key}" href="${href('/', state, { from, to, offset: undefined })}">${label}</a>`;
  const inner = Math.max(1, Math.floor(span / 2));
  const start = first + Math.floor((span - inner) / 2);
  const pad = Math.ceil(span / 2);
  return `<div class="zoom" role="group" aria-label="Zoom the timeline">
${link('← Earlier', 'earlier', first - span, last - span, 'ArrowLeft')}
${span > 1 ? link('Zoom in', 'in', start, start + inner - 1, '+') : ''}
${link('Zoom out', 'out', first - pad, last + pad, '-')}
${link('Later →', 'later', first + span, last + span, 'ArrowRight')}
${state.from || state.to ? `<a class="button" data-zoom="all" aria-keyshortcuts="0" href="${href('/', state, { from: undefined, to: undefined, offset: undefined })}">All years</a>` : ''}
</div>`;
}

function legend(keys: string[], by: ColourBy, state: TimelineOptions['state']): string {
  const swatches = keys
    .sort((a, b) => compareKeys(by, a, b))
    .map((k) => `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" fill="${colourOf(by, k)}"/></svg>${e(keyLabel(by, k))}</li>`)
    .join('');
  const other: ColourBy = by === 'level' ? 'body' : 'level';
  return `<div class="legend"><ul>${swatches}</ul><a href="${href('/', state, { colour: other === 'level' ? undefined : other })}">Colour by ${other}</a></div>`;
}

export function renderTimeline(overview: MeetingOverview, options: TimelineOptions): string {
  const { colourBy: by, state } = options;
  const range = yearRange(overview, state);
  if (!range) return '<p class="empty">No dated meetings match these filters.</p>';
  const cols = columns(overview, range, by);
  const width = WIDTH / cols.length;
  const size = overview.points ? cellSize(cols, width) : null;
  // A short timeline for a few meetings, the full height for many.
  const plot = size ? Math.min(MAX_PLOT, Math.max(MIN_PLOT, stackHeight(cols, width, size) + 6)) : MAX_PLOT;
  const max = Math.max(1, ...cols.map((c) => [...c.counts.values()].reduce((a, b) => a + b, 0)));
  const every = Math.ceil(40 / width);
  const body = cols
    .map((col, i) => {
      const x = i * width;
      const marks = size ? squares(col, x, width, size, by, plot) : bars(col, x, width, max, by, state, plot);
      const axis =
        i % every === 0
          ? `<a href="${href('/', state, { from: col.from.slice(0, 4), to: col.to.slice(0, 4), offset: undefined })}"><text class="axis" x="${(x + width / 2).toFixed(1)}" y="${plot + 16}">${e(col.axis)}</text></a>`
          : '';
      const startsYear = col.axis !== col.from && col.from.slice(0, 4) !== cols[i - 1]?.from.slice(0, 4);
      const year = startsYear ? `<text class="axis year" x="${(x + 2).toFixed(1)}" y="${plot + 30}">${e(col.from.slice(0, 4))}</text>` : '';
      return `<g class="column" data-from="${e(col.from)}" data-to="${e(col.to)}"><rect class="hit" x="${x.toFixed(1)}" y="0" width="${width.toFixed(1)}" height="${plot}"><title>${e(col.label)}</title></rect>${marks}${axis}${year}</g>`;
    })
    .join('\n');
  const keys = new Set<string>();
  for (const c of cols) for (const k of c.counts.keys()) keys.add(k);
  const hidden = overview.undated ? `<p class="note">${overview.undated} undated meeting${overview.undated === 1 ? '' : 's'} not on the timeline.</p>` : '';
  return `<div class="timeline" tabindex="0" aria-label="Timeline of meetings, ${range[0]} to ${range[1]}. Plus and minus zoom, arrows move, drag to select years." aria-describedby="timeline-help">
${zoomLinks(range, state)}
<svg viewBox="0 0 ${WIDTH} ${plot + AXIS}" role="group" aria-label="Meetings per ${cols.length > range[1] - range[0] + 1 ? 'month' : 'year'}">
<line class="baseline" x1="0" x2="${WIDTH}" y1="${plot}" y2="${plot}"/>
${body}
</svg>
<p id="timeline-help" class="note">Keys: + and − zoom, ← and → move, 0 shows all years; drag across columns to choose years.</p>
${legend([...keys], by, state)}
${hidden}
</div>`;
}
