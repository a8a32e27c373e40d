import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.ts';
import { openStore, type DocumentDetail, type MeetingDetail, type MeetingRecord, type Store } from '../../src/store/index.ts';
import { BRUSSELS_MINISTERIAL, NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, extracted } from '../store/fixtures.ts';

const BASE = 'http://localhost';
const TOKEN = 'test-token';
type List = { total: number; limit: number; offset: number; meetings: MeetingRecord[] };

describe('HTTP API', () => {
  let store: Store;
  let app: Hono;
  let readOnly: Hono;
  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    for (const raw of [PARIS_ANNOUNCED, PARIS_HELD, NATO_SUMMIT, BRUSSELS_MINISTERIAL]) await store.ingest(extracted(raw));
    app = createApp(store, { token: TOKEN });
    readOnly = createApp(store, { token: '' });
  });
  after(async () => {
    await store?.close();
  });

  const request = (path: string, init?: RequestInit, on = app) => on.request(BASE + path, init);
  const getJson = async <T>(path: string, status = 200): Promise<T> => {
    const res = await request(path);
    assert.equal(res.status, status, path);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    return (await res.json()) as T;
  };
  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }, on = app) =>
    request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }, on);
  const meetingIn = async (query: string) => (await getJson<List>(`/api/meetings?${query}`)).meetings[0]!;

  test('GET /api/meetings pages through meetings in date order with their sources', async () => {
    const list = await getJson<List>('/api/meetings');
    assert.deepEqual([list.total, list.limit, list.offset], [3, 50, 0]);
    assert.deepEqual(list.meetings.map((m) => m.date), ['2014-12-03', '2018-06-28', '2018-07-11']);
    const paris = list.meetings[1]!;
    assert.equal(paris.city, 'Paris');
    assert.deepEqual(paris.chairs, ['Jean-Yves Le Drian']);
    assert.deepEqual(paris.mentions.map((m) => m.doc).sort(), ['en-paris-held.txt', 'fr-paris-annonce.txt']);
    const page = await getJson<List>('/api/meetings?limit=1&offset=1');
    assert.deepEqual([page.total, page.meetings.length, page.meetings[0]!.id], [3, 1, paris.id]);
    assert.deepEqual((await getJson<List>('/api/meetings?offset=3')).meetings, []);
  });

  test('GET /api/meetings filters by every field', async () => {
    const dates = async (q: string) => {
      const list = await getJson<List>(`/api/meetings?${q}`);
      assert.equal(list.total, list.meetings.length, q);
      return list.meetings.map((m) => m.date);
    };
    assert.deepEqual(await dates('body=nato'), ['2018-07-11']);
    assert.deepEqual(await dates('level=summit'), ['2018-07-11']);
    assert.deepEqual(await dates('city=paris'), ['2018-06-28']);
    assert.deepEqual(await dates('country=be'), ['2014-12-03', '2018-07-11']);
    assert.deepEqual(await dates('from=2018-07-01'), ['2018-07-11']);
    assert.deepEqual(await dates('from=2018&to=2018-06'), ['2018-06-28']);
    assert.deepEqual(await dates('participant=John%20Kerry'), ['2014-12-03']);
    assert.deepEqual(await dates('topic=foreign_fighters'), ['2018-06-28']);
    assert.deepEqual(await dates('status=held&body=coalition'), ['2014-12-03', '2018-06-28']);
    assert.deepEqual(await dates('q=stoltenberg'), ['2018-07-11']);
    assert.deepEqual(await dates('body=g7'), []);
  });

  test('invalid filters and pages are refused with a JSON message', async () => {
    const cases: [string, RegExp][] = [
      ['from=yesterday', /from must be an ISO date/],
      ['level=party', /level must be one of/],
      ['status=maybe', /status must be one of/],
      ['country=France', /country must be an ISO 3166/],
      ['from=2019&to=2018', /from must not be after to/],
      ['limit=0', /limit must be an integer from 1 to 200/],
      ['limit=1000', /limit must be an integer/],
      ['offset=-1', /offset must be an integer/],
      [`q=${'x'.repeat(201)}`, /q must be text of at most 200/],
    ];
    for (const [query, message] of cases) assert.match((await getJson<{ error: string }>(`/api/meetings?${query}`, 400)).error, message, query);
  });

  test('GET /api/meetings/:id gives every value with its evidence, the date reasons and the audit log', async () => {
    const paris = await meetingIn('city=Paris');
    const detail = await getJson<MeetingDetail>(`/api/meetings/${paris.id}`);
    assert.equal(detail.id, paris.id);
    const city = detail.values.city!;
    assert.equal(city.value, 'Paris');
    assert.ok(city.sources.length >= 2, 'both documents support the city');
    for (const source of city.sources) {
      assert.equal(source.evidence?.text, 'Paris');
      assert.ok(source.rule);
    }
    assert.ok(detail.dateReasons.length > 0);
    assert.ok(detail.audit.some((a) => a.action === 'ingest'));
    assert.ok(Array.isArray(detail.conflicts));
    for (const path of ['/api/meetings/999999', '/api/meetings/abc', '/api/meetings/0', '/api/nothing']) {
      assert.equal(typeof (await getJson<{ error: string }>(path, 404)).error, 'string', path);
    }
  });

  test('GET /api/documents pages through documents; /api/documents/:id has the text and mentions', async () => {
    const list = await getJson<{ total: number; documents: { id: number; doc: string; lang: string }[] }>('/api/documents?limit=2');
    assert.equal(list.total, 4);
    assert.equal(list.documents.length, 2);
    const all = await getJson<{ documents: { id: number; doc: string }[] }>('/api/documents');
    const held = all.documents.find((d) => d.doc === 'en-paris-held.txt')!;
    const doc = await getJson<DocumentDetail>(`/api/documents/${held.id}`);
    assert.match(doc.text, /Foreign ministers of the Global Coalition/);
    assert.equal(doc.mentions.length, 1);
    const mention = doc.mentions[0]!.payload as { city: { evidence: { start: number; end: number }[] } };
    const ev = mention.city.evidence[0]!;
    assert.equal(doc.text.slice(ev.start, ev.end), 'Paris');
    await getJson('/api/documents/424242', 404);
  });

  test('GET /api/search finds documents in French and English, ignoring accents, with marked snippets', async () => {
    type Hits = { total: number; hits: { doc: string; snippet: string }[] };
    const docs = async (q: string) => (await getJson<Hits>(`/api/search?q=${encodeURIComponent(q)}`)).hits.map((h) => h.doc).sort();
    assert.deepEqual(await docs('reunion ministerielle'), ['fr-bruxelles-ministerielle.txt', 'fr-paris-annonce.txt']);
    assert.deepEqual(await docs('RÉUNIS'), ['fr-paris-annonce.txt']);
    assert.deepEqual(await docs('Bruxelles'), ['fr-bruxelles-ministerielle.txt']);
    assert.deepEqual(await docs('summits'), ['en-nato-summit.txt']);
    assert.deepEqual(await docs('Le Drian'), ['en-paris-held.txt', 'fr-paris-annonce.txt']);
    assert.deepEqual((await getJson<Hits>('/api/search?q=Paris&lang=en')).hits.map((h) => h.doc), ['en-paris-held.txt']);
    const [hit] = (await getJson<Hits>('/api/search?q=Stoltenberg')).hits;
    assert.match(hit!.snippet, /\uE000Stoltenberg\uE001/);
    assert.match((await getJson<{ error: string }>('/api/search', 400)).error, /q is required/);
    assert.match((await getJson<{ error: string }>('/api/search?q=x&lang=de', 400)).error, /lang must be fr or en/);
  });

  test('GET /openapi.json describes every route', async () => {
    const doc = await getJson<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/openapi.json');
    assert.match(doc.openapi, /^3\./);
    assert.deepEqual(Object.keys(doc.paths['/api/meetings/{id}']!).sort(), ['get', 'patch']);
    for (const path of ['/api/meetings', '/api/meetings/{id}/merge', '/api/meetings/{id}/split', '/api/documents', '/api/documents/{id}', '/api/search']) {
      assert.ok(doc.paths[path], path);
    }
  });

  test('writes are disabled (403) without a configured token, and need the token (401) with one', async () => {
    const paris = await meetingIn('city=Paris');
    const change = { slot: 'venue', value: 'Quai d’Orsay' };
    const disabled = await send('PATCH', `/api/meetings/${paris.id}`, change, { authorization: `Bearer ${TOKEN}` }, readOnly);
    assert.equal(disabled.status, 403);
    assert.match(((await disabled.json()) as { error: string }).error, /CHRONICLE_TOKEN/);
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }] as Record<string, string>[]) {
      const res = await send('PATCH', `/api/meetings/${paris.id}`, change, headers);
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.match(res.headers.get('www-authenticate') ?? '', /Bearer/);
      assert.match(((await res.json()) as { error: string }).error, /token/);
    }
    assert.equal((await getJson<MeetingDetail>(`/api/meetings/${paris.id}`)).venue, null, 'nothing changed');
  });

  test('PATCH /api/meetings/:id sets a value, with its author in the audit log', async () => {
    const paris = await meetingIn('city=Paris');
    const res = await send('PATCH', `/api/meetings/${paris.id}`, { slot: 'venue', value: 'Quai d’Orsay', note: 'press release' }, { authorization: `Bearer ${TOKEN}`, 'x-chronicle-author': 'Ada' });
    assert.equal(res.status, 200);
    const detail = (await res.json()) as MeetingDetail;
    assert.equal(detail.venue, 'Quai d’Orsay');
    assert.equal(detail.values.venue?.curated?.author, 'Ada');
    const audit = await getJson<{ author: string; action: string }[]>(`/api/meetings/${paris.id}/audit`);
    assert.deepEqual(audit.at(-1), { ...audit.at(-1)!, author: 'Ada', action: 'set' });
  });

  test('write input is validated: slot, value, ids, JSON, size', async () => {
    const paris = await meetingIn('city=Paris');
    const cases: [string, string, unknown, number, RegExp][] = [
      ['PATCH', `/api/meetings/${paris.id}`, { slot: 'colour', value: 'x' }, 400, /slot must be one of/],
      ['PATCH', `/api/meetings/${paris.id}`, { slot: 'level' }, 400, /value is required/],
      ['PATCH', `/api/meetings/${paris.id}`, { slot: 'date', value: '28 June' }, 400, /date/],
      ['PATCH', `/api/meetings/${paris.id}`, [1, 2], 400, /JSON object/],
      ['PATCH', `/api/meetings/${paris.id}`, '{"slot":', 400, /not valid JSON/],
      ['PATCH', '/api/meetings/999999', { slot: 'venue', value: 'x' }, 404, /999999/],
      ['POST', `/api/meetings/${paris.id}/merge`, { otherId: 'two' }, 400, /otherId must be/],
      ['POST', `/api/meetings/${paris.id}/merge`, { otherId: paris.id }, 400, /itself/],
      ['POST', `/api/meetings/${paris.id}/merge`, { otherId: 999999 }, 404, /999999/],
      ['POST', `/api/meetings/${paris.id}/split`, { mentionId: 999999 }, 404, /999999/],
    ];
    for (const [method, path, body, status, message] of cases) {
      const res = await send(method, path, body);
      assert.equal(res.status, status, `${method} ${path} ${JSON.stringify(body)}`);
      assert.match(((await res.json()) as { error: string }).error, message);
    }
    const form = await request(`/api/meetings/${paris.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: 'venue=x' });
    assert.equal(form.status, 415);
    const huge = await send('PATCH', `/api/meetings/${paris.id}`, { slot: 'venue', value: 'x'.repeat(70 * 1024) });
    assert.equal(huge.status, 413);
    assert.match(((await huge.json()) as { error: string }).error, /64 KB/);
  });

  test('POST split moves a mention into a new meeting; POST merge brings it back', async () => {
    const paris = await meetingIn('city=Paris');
    const announced = paris.mentions.find((m) => m.doc === 'fr-paris-annonce.txt')!;
    const split = await send('POST', `/api/meetings/${paris.id}/split`, { mentionId: announced.mentionId });
    assert.equal(split.status, 201);
    const created = (await split.json()) as MeetingDetail;
    assert.notEqual(created.id, paris.id);
    assert.deepEqual(created.mentions.map((m) => m.mentionId), [announced.mentionId]);
    assert.equal((await getJson<List>('/api/meetings')).total, 4);
    const merge = await send('POST', `/api/meetings/${paris.id}/merge`, { otherId: created.id, note: 'same meeting' });
    assert.equal(merge.status, 200);
    const merged = (await merge.json()) as MeetingDetail;
    assert.equal(merged.mentions.length, 2);
    await getJson(`/api/meetings/${created.id}`, 404);
    assert.deepEqual((await getJson<{ action: string }[]>(`/api/meetings/${paris.id}/audit`)).map((a) => a.action).slice(-2), ['split', 'merge']);
  });
});
