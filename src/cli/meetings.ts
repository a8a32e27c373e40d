/** Printing meetings for the terminal (an aligned table) or for other tools (JSON Lines, CSV, iCalendar, GeoJSON, PLOVER). */
import type { MeetingRecord } from '../store/index.ts';
import { meetingsCsv } from './formats/csv.ts';
import { meetingsGeoJson } from './formats/geojson.ts';
import { meetingsIcs } from './formats/ics.ts';
import { ploverRecord } from './formats/plover.ts';

export const MEETINGS_FORMATS = ['table', 'json', 'csv', 'ics', 'geojson', 'plover'] as const;
export type MeetingsFormat = (typeof MEETINGS_FORMATS)[number];

export function meetingsTable(meetings: MeetingRecord[]): string {
  const rows = meetings.map((m) => [
    String(m.id),
    m.date ?? '?',
    m.body,
    m.level ?? '',
    [m.city, m.country].filter(Boolean).join(', '),
    m.chairs.join('; '),
    m.conflicts.map((c) => c.slot).join(' '),
    m.mentions.map((x) => x.doc).join(' '),
  ]);
  const header = ['id', 'date', 'body', 'level', 'place', 'chairs', 'conflicts', 'sources'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The text to print; `note` goes to stderr (what a format had to leave out). */
export function renderMeetings(meetings: MeetingRecord[], format: MeetingsFormat): { text: string; note?: string } {
  switch (format) {
    case 'json':
      return { text: meetings.map((m) => JSON.stringify(m) + '\n').join('') };
    case 'plover':
      return { text: meetings.map((m) => JSON.stringify(ploverRecord(m)) + '\n').join('') };
    case 'csv':
      return { text: meetingsCsv(meetings) };
    case 'geojson':
      return { text: JSON.stringify(meetingsGeoJson(meetings)) + '\n' };
    case 'ics': {
      const { text, skipped } = meetingsIcs(meetings);
      return { text, note: skipped ? `${skipped} meeting(s) without a day date are not in the calendar` : undefined };
    }
    default:
      return { text: meetingsTable(meetings) + '\n' };
  }
}
