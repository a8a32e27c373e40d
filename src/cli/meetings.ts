/** Printing meetings for the terminal (an aligned table) or for other tools (JSON). */
import type { MeetingRecord } from '../store/index.ts';

export type MeetingsFormat = 'table' | 'json';

export function meetingsTable(meetings: MeetingRecord[]): string {
  const rows = meetings.map((m) => [
    m.date ?? '?',
    m.body,
    m.level ?? '',
    [m.city, m.country].filter(Boolean).join(', '),
    m.chairs.join('; '),
    m.mentions.map((x) => x.doc).join(' '),
  ]);
  const header = ['date', 'body', 'level', 'place', 'chairs', 'sources'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function printMeetings(meetings: MeetingRecord[], format: MeetingsFormat): void {
  if (format === 'json') {
    for (const m of meetings) process.stdout.write(JSON.stringify(m) + '\n');
    return;
  }
  process.stdout.write(meetingsTable(meetings) + '\n');
}
