import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.ts';
import { openStore, type MeetingRecord, type Store } from '../../src/store/index.ts';
import { escapeHtml } from '../../src/web/escape.ts';
import { NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, extracted } from '../store/fixtures.ts';

const BASE = 'http://localhost';

describe('HTTP API and page', () => {
  let store: Store;
  let app: Hono;
  before(async () => {
    store = await openStore({ dataDir: 'memory://' });
    for (const raw of [PARIS_ANNOUNCED, PARIS_HELD, NATO_SUMMIT]) await store.ingest(extracted(raw));
    app = createApp(store);
  });
  after(async () => {
    await store?.close();
  });

  const getJson = async <T>(path: string, status = 200): Promise<T> => {
    const res = await app.request(BASE + path);
    assert.equal(res.status, status, path);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    return (await res.json()) as T;
  };

  test('GET /api/meetings lists meetings in date order with their sources', async () => {
    const meetings = await getJson<MeetingRecord[]>('/api/meetings');
    assert.equal(meetings.length, 2);
    const [paris, nato] = meetings;
    assert.equal(paris.body, 'coalition');
    assert.equal(paris.date, '2018-06-28');
    assert.equal(paris.city, 'Paris');
    assert.deepEqual(paris.chairs, ['Jean-Yves Le Drian']);
    assert.deepEqual(paris.mentions.map((m) => m.doc).sort(), ['en-paris-held.txt', 'fr-paris-annonce.txt']);
    for (const key of ['id', 'level', 'datePrecision', 'endDate', 'country', 'venue', 'lat', 'lon', 'status', 'participants', 'topics', 'memberCount']) {
      assert.ok(key in paris, `meeting has ${key}`);
    }
    for (const key of ['doc', 'documentId', 'mentionId', 'role', 'date', 'city', 'status']) {
      assert.ok(key in paris.mentions[0], `mention has ${key}`);
    }
    assert.equal(nato.body, 'nato');
    assert.equal(nato.level, 'summit');
  });

  test('GET /api/meetings filters', async () => {
    const dates = async (q: string) => (await getJson<MeetingRecord[]>(`/api/meetings?${q}`)).map((m) => m.date);
    assert.deepEqual(await dates('body=nato'), ['2018-07-11']);
    assert.deepEqual(await dates('level=ministerial'), ['2018-06-28']);
    assert.deepEqual(await dates('city=Paris'), ['2018-06-28']);
    assert.deepEqual(await dates('from=2018-07-01'), ['2018-07-11']);
    assert.deepEqual(await dates('to=2018-06'), ['2018-06-28']);
    assert.deepEqual(await dates('from=2018-06&to=2018-07-31&body=coalition'), ['2018-06-28']);
    assert.deepEqual(await dates('body=g7'), []);
    const bad = await getJson<{ error: string }>('/api/meetings?from=yesterday', 400);
    assert.match(bad.error, /ISO date/);
  });

  test('GET /api/meetings/:id returns one meeting or a 404', async () => {
    const [first] = await getJson<MeetingRecord[]>('/api/meetings');
    const one = await getJson<MeetingRecord>(`/api/meetings/${first.id}`);
    assert.deepEqual(one, first);
    assert.equal(typeof (await getJson<{ error: string }>('/api/meetings/999999', 404)).error, 'string');
    assert.equal(typeof (await getJson<{ error: string }>('/api/meetings/abc', 404)).error, 'string');
    assert.equal(typeof (await getJson<{ error: string }>('/api/nothing', 404)).error, 'string');
  });

  test('GET /api/documents lists documents', async () => {
    const docs = await getJson<Record<string, unknown>[]>('/api/documents');
    assert.equal(docs.length, 3);
    for (const d of docs) assert.deepEqual(Object.keys(d).sort(), ['doc', 'id', 'lang', 'published', 'title']);
    const held = docs.find((d) => d.doc === 'en-paris-held.txt')!;
    assert.equal(held.lang, 'en');
    assert.equal(held.published, '2018-06-28');
  });

  test('GET / renders the chronicle with article text escaped', async () => {
    const res = await app.request(BASE + '/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    assert.match(html, /<title>Chronicle<\/title>/);
    assert.ok(!html.includes('<script>alert(1)</script>'), 'no raw script from a title');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the title is shown escaped');
    assert.ok(!/<script/i.test(html), 'the page has no script at all');
    assert.ok(html.includes('fr-paris-annonce.txt') && html.includes('en-paris-held.txt') && html.includes('en-nato-summit.txt'));
    assert.ok(html.indexOf('2018-06-28') < html.indexOf('2018-07-11'), 'meetings in date order');
    assert.ok(html.includes('Jean-Yves Le Drian'));
    assert.ok(html.includes('Paris, FR'));
    assert.ok(html.includes('href="/static/style.css"'));
  });

  test('every response carries the Content-Security-Policy', async () => {
    for (const path of ['/', '/api/meetings', '/api/documents', '/api/meetings/999999', '/static/style.css', '/missing']) {
      const res = await app.request(BASE + path);
      assert.equal(res.headers.get('content-security-policy'), "default-src 'self'", path);
      await res.arrayBuffer();
    }
    const css = await app.request(BASE + '/static/style.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await css.text(), /table/);
  });

  test('escapeHtml escapes markup and quotes', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.equal(escapeHtml(null), '');
  });
});
