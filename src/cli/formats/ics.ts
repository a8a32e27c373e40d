/**
 * Meetings as an iCalendar file (RFC 5545). Only meetings dated to the day become events: all-day
 * events (DTSTART;VALUE=DATE, DTEND the day after the last day, exclusive). A month or a year is not
 * a day, and a calendar has no way to say "some day in June".
 */
import type { MeetingRecord } from '../../store/index.ts';

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const basicDate = (iso: string) => iso.replace(/-/g, '');
const slug = (s: string | null) => (s ?? 'unknown').normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Folds a content line to at most 75 octets per line, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const STATUS: Record<string, string> = { planned: 'TENTATIVE', held: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };

function event(m: MeetingRecord, stamp: string): string[] {
  const place = [m.venue, m.city, m.country].filter(Boolean).join(', ');
  const title = `${m.body} ${m.level.replace(/_/g, ' ')}${m.city ? ` — ${m.city}` : ''}`;
  const description = [
    `status: ${m.status}`,
    m.chairs.length ? `chairs: ${m.chairs.join(', ')}` : '',
    m.topics.length ? `topics: ${m.topics.join(', ')}` : '',
    `sources: ${[...new Set(m.mentions.map((x) => x.doc))].join(', ')}`,
  ].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    `UID:${slug(m.body)}-${m.date}-${slug(m.city)}-${slug(m.level)}@chronicle`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(m.date!)}`,
    `DTEND;VALUE=DATE:${basicDate(dayAfter(m.endDate && m.endDate.length === 10 && m.endDate > m.date! ? m.endDate : m.date!))}`,
    `SUMMARY:${escapeText(title)}`,
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    ...(m.lat !== null && m.lon !== null ? [`GEO:${m.lat};${m.lon}`] : []),
    `STATUS:${STATUS[m.status] ?? 'CONFIRMED'}`,
    `CATEGORIES:${[m.body, m.level].map(escapeText).join(',')}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    'END:VEVENT',
  ];
}

/** The calendar, and how many meetings were left out for want of a day date. */
export function meetingsIcs(meetings: MeetingRecord[], now = new Date()): { text: string; skipped: number } {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const days = meetings.filter((m) => m.datePrecision === 'day' && m.date);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chronicle//Meetings//EN', 'CALSCALE:GREGORIAN', ...days.flatMap((m) => event(m, stamp)), 'END:VCALENDAR'];
  return { text: lines.map(foldLine).join('\r\n') + '\r\n', skipped: meetings.length - days.length };
}
