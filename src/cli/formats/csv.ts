/** Meetings as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break). */
import type { MeetingRecord } from '../../store/index.ts';

const HEADER = [
  'id', 'body', 'level', 'date', 'date_precision', 'end_date', 'city', 'country', 'venue', 'lat', 'lon', 'status', 'format',
  'chairs', 'participants', 'topics', 'member_count', 'member_count_qualifier', 'sources', 'independent_sources', 'documents', 'conflicts',
];

function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(m: MeetingRecord): unknown[] {
  return [
    m.id, m.body, m.level, m.date, m.datePrecision, m.endDate, m.city, m.country, m.venue, m.lat, m.lon, m.status, m.format,
    m.chairs.join('; '), m.participants.join('; '), m.topics.join('; '), m.memberCount?.value, m.memberCount?.qualifier,
    m.mentions.length, m.mentions.filter((x) => x.independent !== false).length, [...new Set(m.mentions.map((x) => x.doc))].join('; '),
    m.conflicts.map((c) => c.slot).join('; '),
  ];
}

export function meetingsCsv(meetings: MeetingRecord[]): string {
  return [HEADER, ...meetings.map(row)].map((cells) => cells.map(field).join(',') + '\r\n').join('');
}
