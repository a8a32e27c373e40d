import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingsCsv } from '../../src/cli/formats/csv.ts';
import { meetingsGeoJson } from '../../src/cli/formats/geojson.ts';
import { foldLine, meetingsIcs } from '../../src/cli/formats/ics.ts';
import { ploverRecord } from '../../src/cli/formats/plover.ts';
import { meetingsTable, renderMeetings } from '../../src/cli/meetings.ts';
import type { MeetingRecord } from '../../src/store/index.ts';

const london: MeetingRecord = {
  id: 7,
  body: 'coalition',
  level: 'ministerial',
  date: '2015-01-22',
  datePrecision: 'day',
  endDate: null,
  city: 'London',
  country: 'GB',
  venue: 'Lancaster House',
  lat: 51.5,
  lon: -0.14,
  status: 'held',
  format: null,
  chairs: ['John Kerry', 'Philip Hammond'],
  participants: ['IQ'],
  topics: ['military', 'counter_finance'],
  memberCount: { value: 21, qualifier: 'exact' },
  conflicts: [{ slot: 'venue', values: [{ value: 'Lancaster House', mentionIds: [1] }, { value: 'Foreign Office, "main building"', mentionIds: [2] }] }],
  mentions: [
    { doc: 'a.txt', documentId: 1, mentionId: 1, role: 'subject', date: '2015-01-22', city: 'London', status: 'held', independent: true },
    { doc: 'b.txt', documentId: 2, mentionId: 2, role: 'subject', date: '2015-01', city: 'London', status: 'planned', independent: false },
  ],
};
const warsaw: MeetingRecord = { ...london, id: 8, body: 'nato', level: 'summit', date: '2016-07-08', endDate: '2016-07-09', city: 'Warsaw', country: 'PL', venue: null, lat: null, lon: null, conflicts: [], chairs: [], participants: [], topics: [], memberCount: null };
const online: MeetingRecord = { ...london, id: 9, date: '2020-06', datePrecision: 'month', city: null, country: null, venue: null, lat: null, lon: null, format: 'virtual', status: 'planned', conflicts: [] };

test('csv: one header, RFC 4180 quoting, CRLF line ends', () => {
  const csv = meetingsCsv([london, warsaw]);
  const lines = csv.split('\r\n');
  assert.equal(lines.length, 4, 'header, two rows, and the final line end');
  assert.ok(lines[0].startsWith('id,body,level,date,date_precision,end_date,city,country,venue,lat,lon'));
  assert.match(lines[1], /^7,coalition,ministerial,2015-01-22,day,,London,GB,Lancaster House,51\.5,-0\.14,held,,John Kerry; Philip Hammond,IQ,military; counter_finance,21,exact,2,1,a\.txt; b\.txt,venue$/);
  const quoted = meetingsCsv([{ ...london, venue: 'Foreign Office, "main building"' }]).split('\r\n')[1];
  assert.ok(quoted.includes('"Foreign Office, ""main building"""'));
});

test('ics: all-day events for day dates only, exclusive end, escaped and folded lines', () => {
  const { text, skipped } = meetingsIcs([london, warsaw, online], new Date('2026-01-02T03:04:05Z'));
  assert.equal(skipped, 1, 'June 2020 is not a day');
  const lines = text.split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-2), 'END:VCALENDAR');
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
  assert.ok(lines.includes('DTSTART;VALUE=DATE:20150122'));
  assert.ok(lines.includes('DTEND;VALUE=DATE:20150123'));
  assert.ok(lines.includes('DTSTART;VALUE=DATE:20160708'));
  assert.ok(lines.includes('DTEND;VALUE=DATE:20160710'), 'a two-day summit ends after its second day');
  assert.ok(lines.includes('DTSTAMP:20260102T030405Z'));
  assert.ok(lines.includes('LOCATION:Lancaster House\\, London\\, GB'));
  assert.ok(lines.includes('GEO:51.5;-0.14'));
  assert.ok(lines.includes('UID:coalition-2015-01-22-london-ministerial@chronicle'));
  assert.ok(lines.every((l) => Buffer.byteLength(l) <= 75), 'no line longer than 75 octets');
  const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
  assert.ok(folded.split('\r\n').every((l) => Buffer.byteLength(l) <= 75));
  assert.equal(folded.replace(/\r\n /g, ''), `DESCRIPTION:${'é'.repeat(60)}`, 'unfolding gives the line back');
});

test('geojson: points for meetings with coordinates, longitude first', () => {
  const geo = meetingsGeoJson([london, warsaw]) as { type: string; features: { id: number; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, 1);
  assert.deepEqual(geo.features[0].geometry, { type: 'Point', coordinates: [-0.14, 51.5] });
  assert.equal(geo.features[0].properties.city, 'London');
  assert.deepEqual(geo.features[0].properties.documents, ['a.txt', 'b.txt']);
});

test('plover: a CONSULT event in multilateral mode, actors, date at its precision, location', () => {
  const r = ploverRecord(london) as Record<string, unknown>;
  assert.deepEqual([r.event, r.event_type, r.mode, r.date, r.date_precision], [['CONSULT'], 'CONSULT', ['multilateral'], '2015-01-22', 'day']);
  assert.deepEqual(r.context, ['military', 'economic', 'diplomatic']);
  assert.deepEqual((r.actor as { code?: string; entity_name?: string }[]).map((a) => a.code ?? a.entity_name), ['COALITION', 'John Kerry', 'Philip Hammond', 'IQ']);
  assert.deepEqual(r.event_loc, { resolved_place: 'Lancaster House, London', city: 'London', country_code: 'GB', lat: 51.5, lon: -0.14 });
  const o = ploverRecord(online) as Record<string, unknown>;
  assert.deepEqual([o.mode, o.date, o.date_precision, o.event_loc], [['multilateral', 'phone'], '2020-06', 'month', null]);
  assert.ok((o.context as string[]).includes('future'), 'a planned meeting');
});

test('table and json lines', () => {
  const table = meetingsTable([london]).split('\n');
  assert.match(table[0], /^id\s+date\s+body\s+level\s+place\s+chairs\s+conflicts\s+sources$/);
  assert.match(table[2], /^7\s+2015-01-22\s+coalition\s+ministerial\s+London, GB\s+John Kerry; Philip Hammond\s+venue\s+a\.txt b\.txt$/);
  const json = renderMeetings([london, warsaw], 'json').text.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(json.map((m) => m.id), [7, 8]);
  assert.deepEqual(json[0].mentions.map((m: { doc: string; date: string; city: string }) => [m.doc, m.date, m.city]), [['a.txt', '2015-01-22', 'London'], ['b.txt', '2015-01', 'London']]);
  assert.equal(renderMeetings([online], 'ics').note, '1 meeting(s) without a day date are not in the calendar');
});
