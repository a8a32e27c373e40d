import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  Country,
  Place,
  Organisation,
  Official,
  NotableEvent,
  KnownMeeting,
  Names,
} from '../../src/knowledge/types.ts';

const dir = fileURLToPath(new URL('../../src/knowledge/', import.meta.url));
function load<T>(file: string): T[] {
  const data: unknown = JSON.parse(readFileSync(dir + file, 'utf8'));
  assert.ok(Array.isArray(data), `${file} is a JSON array`);
  return data as T[];
}

const countries = load<Country>('countries.json');
const places = load<Place>('places.json');
const organisations = load<Organisation>('organisations.json');
const officials = load<Official>('officials.json');
const events = load<NotableEvent>('events.json');
const meetings = load<KnownMeeting>('meetings.json');

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDay(s: unknown): boolean {
  if (typeof s !== 'string' || !ISO_DAY.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function allNames(n: Names | undefined): string[] {
  return [...(n?.fr ?? []), ...(n?.en ?? []), ...(n?.local ?? [])];
}
function assertNames(n: Names | undefined, where: string, required = true): void {
  const all = allNames(n);
  if (required) assert.ok(all.length > 0, `${where}: has at least one name`);
  for (const s of all) assert.ok(typeof s === 'string' && s.trim().length > 0, `${where}: no empty name`);
}
function assertSource(e: { source?: unknown }, where: string): void {
  assert.ok(typeof e.source === 'string' && e.source.trim().length > 0, `${where}: has a source`);
}
function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    assert.ok(!seen.has(v), `duplicate ${what}: ${v}`);
    seen.add(v);
  }
}

const countryCodes = new Set(countries.map((c) => c.code));
const placeIds = new Set(places.map((p) => p.id));
const orgIds = new Set(organisations.map((o) => o.id));

test('countries: codes, names, demonyms, sources', () => {
  assert.ok(countries.length >= 197, 'all UN members plus PS, XK, TW, VA');
  assertUnique(countries.map((c) => c.code), 'country code');
  for (const c of countries) {
    assert.match(c.code, /^[A-Z]{2}$/, `${c.code}: ISO alpha-2`);
    assert.ok(c.name.trim().length > 0, `${c.code}: name`);
    assertNames(c.names, c.code);
    assert.ok((c.names.fr ?? []).length > 0 && (c.names.en ?? []).length > 0, `${c.code}: French and English names`);
    assertNames(c.demonyms, `${c.code} demonyms`, false);
    const known = new Set([...allNames(c.names), ...allNames(c.demonyms)]);
    for (const s of c.caseSensitive ?? []) assert.ok(known.has(s), `${c.code}: caseSensitive ${s} is one of its names`);
    assertSource(c, c.code);
  }
  for (const code of ['US', 'GB', 'FR', 'IQ', 'SY', 'KW', 'PS', 'XK', 'TW', 'VA']) assert.ok(countryCodes.has(code), code);
});

test('places: ids, coordinates, countries, venues and near', () => {
  assert.ok(places.filter((p) => p.kind === 'city').length >= 200, 'at least 200 cities');
  assert.ok(places.filter((p) => p.kind === 'venue').length >= 40, 'at least 40 venues');
  assertUnique(places.map((p) => p.id), 'place id');
  for (const p of places) {
    assert.match(p.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${p.id}: lower-case ASCII id`);
    assert.ok(p.kind === 'city' || p.kind === 'venue', `${p.id}: kind`);
    assert.ok(p.name.trim().length > 0, `${p.id}: name`);
    assert.ok(countryCodes.has(p.country), `${p.id}: country ${p.country} exists`);
    assert.ok(Number.isFinite(p.lat) && p.lat >= -90 && p.lat <= 90, `${p.id}: lat in range`);
    assert.ok(Number.isFinite(p.lon) && p.lon >= -180 && p.lon <= 180, `${p.id}: lon in range`);
    assertNames(p.names, p.id);
    if (p.kind === 'venue') {
      assert.ok(p.city && placeIds.has(p.city), `${p.id}: venue city ${p.city} exists`);
      const city = places.find((q) => q.id === p.city)!;
      assert.equal(city.kind, 'city', `${p.id}: venue city is a city`);
      assert.equal(city.country, p.country, `${p.id}: venue in its city's country`);
      assert.ok(Math.abs(city.lat - p.lat) < 1 && Math.abs(city.lon - p.lon) < 1, `${p.id}: venue near its city`);
    } else {
      assert.equal(p.city, undefined, `${p.id}: a city has no city`);
    }
    if (p.near !== undefined) {
      assert.ok(placeIds.has(p.near) && p.near !== p.id, `${p.id}: near ${p.near} exists`);
      const near = places.find((q) => q.id === p.near)!;
      assert.equal(near.country, p.country, `${p.id}: near place in the same country`);
    }
    if (p.geonames !== undefined) assert.ok(Number.isInteger(p.geonames) && p.geonames > 0, `${p.id}: geonames id`);
    assertSource(p, p.id);
  }
});

test('organisations: ids, codes, adversary rules', () => {
  assertUnique(organisations.map((o) => o.id), 'organisation id');
  assertUnique(organisations.filter((o) => o.code).map((o) => o.code!), 'organisation code');
  for (const o of organisations) {
    assert.match(o.id, /^[a-z0-9_]+$/, `${o.id}: lower-case id`);
    assertNames(o.names, o.id);
    if (o.adversary) {
      assert.equal(o.code, undefined, `${o.id}: the adversary has no participant code`);
      assert.notEqual(o.meets, true, `${o.id}: the adversary is never a body`);
    }
    if (o.code !== undefined) assert.match(o.code, /^[A-Z0-9_]+$/, `${o.id}: upper-case code`);
    if (o.founded !== undefined) assert.ok(isIsoDay(o.founded), `${o.id}: founded is an ISO day`);
    const known = new Set(allNames(o.names));
    for (const s of o.caseSensitive ?? []) assert.ok(known.has(s), `${o.id}: caseSensitive ${s} is one of its names`);
    assertSource(o, o.id);
  }
  for (const id of ['coalition', 'nato', 'eu', 'un', 'g7', 'g20', 'arab_league', 'isis']) assert.ok(orgIds.has(id), id);
  assert.equal(organisations.find((o) => o.id === 'isis')!.adversary, true);
});

test('officials: offices with valid days, known countries and bodies', () => {
  assertUnique(officials.map((o) => o.name), 'official name');
  const intl = new Set(['nato', 'eu', 'un', 'arab_league']);
  for (const o of officials) {
    assert.ok(o.name.trim().length > 0 && o.surname.trim().length > 0, `${o.name}: name and surname`);
    for (const a of o.aliases ?? []) assert.ok(a.trim().length > 0, `${o.name}: no empty alias`);
    assert.ok(o.offices.length > 0, `${o.name}: at least one office`);
    for (const off of o.offices) {
      const where = `${o.name} ${off.kind} ${off.of} ${off.from}`;
      assert.ok(isIsoDay(off.from), `${where}: from is an ISO day`);
      assert.ok(off.to === null || isIsoDay(off.to), `${where}: to is an ISO day or null`);
      if (off.to !== null) assert.ok(off.from <= off.to, `${where}: from <= to`);
      assert.ok(countryCodes.has(off.of) || intl.has(off.of) || orgIds.has(off.of), `${where}: of ${off.of} is known`);
      if (['nato_secretary_general', 'eu_high_representative', 'un_secretary_general', 'arab_league_secretary_general'].includes(off.kind)) {
        assert.ok(orgIds.has(off.of), `${where}: international office of an organisation`);
      }
      for (const b of off.convenes ?? []) assert.ok(orgIds.has(b), `${where}: convenes ${b} exists`);
    }
    assertSource(o, o.name);
  }
  // offices of one kind in one country (other than 'other') do not overlap by more than a day, except acting and shared heads
  const byKey = new Map<string, { from: string; to: string; who: string }[]>();
  for (const o of officials)
    for (const off of o.offices) {
      if (off.kind === 'other' || off.kind === 'coalition_envoy') continue;
      const key = `${off.kind}|${off.of}`;
      const list = byKey.get(key) ?? [];
      list.push({ from: off.from, to: off.to ?? '9999-12-31', who: o.name });
      byKey.set(key, list);
    }
  for (const [key, list] of byKey) {
    list.sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      const overlapDays = (Date.parse(prev.to) - Date.parse(cur.from)) / 86400000;
      assert.ok(overlapDays <= 1, `${key}: ${prev.who} and ${cur.who} overlap`);
    }
  }
});

test('events: ids, dates, names, cues', () => {
  assert.ok(events.length >= 60);
  assertUnique(events.map((e) => e.id), 'event id');
  for (const e of events) {
    assert.ok(isIsoDay(e.date), `${e.id}: date`);
    if (e.endDate !== undefined) {
      assert.ok(isIsoDay(e.endDate), `${e.id}: endDate`);
      assert.ok(e.date <= e.endDate, `${e.id}: date <= endDate`);
    }
    assertNames(e.names, e.id);
    assertNames(e.cues, `${e.id} cues`, false);
    assertSource(e, e.id);
  }
});

test('meetings: dates, places, chairs, bodies', () => {
  const officialNames = new Set(officials.map((o) => o.name));
  const keys = meetings.map((m) => `${m.body}|${m.level}|${m.date}|${m.city}`);
  assertUnique(keys, 'meeting');
  const levels = new Set(['summit', 'ministerial', 'defence_ministerial', 'joint_ministerial', 'chiefs_of_defence', 'political_directors', 'senior_officials', 'working_group', 'other']);
  for (const m of meetings) {
    const where = `${m.body} ${m.date}`;
    assert.match(m.body, /^[a-z0-9_]+$/, `${where}: body`);
    assert.ok(levels.has(m.level), `${where}: level ${m.level}`);
    assert.ok(isIsoDay(m.date), `${where}: date`);
    if (m.endDate !== undefined) {
      assert.ok(isIsoDay(m.endDate), `${where}: endDate`);
      assert.ok(m.date <= m.endDate, `${where}: date <= endDate`);
    }
    assert.ok(m.city === null || placeIds.has(m.city), `${where}: city ${m.city} exists`);
    if (m.city !== null) assert.equal(places.find((p) => p.id === m.city)!.kind, 'city', `${where}: city is a city`);
    for (const c of m.chairs ?? []) assert.ok(officialNames.has(c), `${where}: chair ${c} is in officials.json`);
    const org = organisations.find((o) => o.id === m.body);
    if (org?.founded) assert.ok(org.founded <= m.date, `${where}: after ${m.body} was founded`);
    assertSource(m, where);
  }
});

test('meetings chairs held office on the meeting date', () => {
  for (const m of meetings) {
    for (const c of m.chairs ?? []) {
      const o = officials.find((x) => x.name === c)!;
      const inOffice = o.offices.some((off) => off.from <= m.date && (off.to === null || m.date <= off.to));
      assert.ok(inOffice, `${m.body} ${m.date}: ${c} in office`);
    }
  }
});
