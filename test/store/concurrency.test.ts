// Several writers on one PostgreSQL server, and a store at the scale the design names.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/index.ts';
import { CANDIDATES_SQL } from '../../src/store/ingest.ts';
import { PG_URL, pgSchema, pgSkip } from './backends.ts';
import { PARIS_ANNOUNCED, PARIS_HELD, RABAT_EN, RABAT_FR, SKHIRAT_EN, extracted } from './fixtures.ts';

/** Reports of one meeting: distinct articles and wire copies of one (each with its own tagline). */
function reportsOfOneMeeting(n: number) {
  const copies = Array.from({ length: n }, (_, i) => ({ ...PARIS_HELD, id: `copy-${i}.txt`, text: `${PARIS_HELD.text}\n(Wire copy ${i}, desk ${i * 7})` }));
  return [PARIS_ANNOUNCED, PARIS_HELD, ...copies].map(extracted);
}

describe('two writers at once on PostgreSQL', { skip: pgSkip }, () => {
  const schema = pgSchema('conc');
  let a: Store;
  let b: Store;
  before(async () => {
    [a, b] = [await openStore({ databaseUrl: PG_URL, schema }), await openStore({ databaseUrl: PG_URL, schema, dropSchemaOnClose: true })];
  });
  after(async () => {
    await a?.close();
    await b?.close();
  });

  test('reports of one meeting ingested by two processes at once make one meeting; copies find their original', async () => {
    for (let round = 0; round < 3; round++) {
      await a.clear();
      const docs = reportsOfOneMeeting(10);
      // Each writer takes every other document, both at full speed.
      await Promise.all([
        (async () => { for (const x of docs.filter((_, i) => i % 2 === 0)) await a.ingest(x); })(),
        (async () => { for (const x of docs.filter((_, i) => i % 2 === 1)) await b.ingest(x); })(),
      ]);
      assert.deepEqual(await a.counts(), { documents: docs.length, mentions: docs.length, meetings: 1 }, `round ${round}`);
      const [meeting] = await a.listMeetings();
      assert.equal(meeting.date, '2018-06-28');
      assert.equal(meeting.mentions.filter((m) => m.independent).length, 2, 'the announcement and one report; the wire copies are not independent');
    }
  });

  test('the same document sent by both writers at once is stored once', async () => {
    await a.clear();
    const results = await Promise.all([a.ingest(extracted(SKHIRAT_EN)), b.ingest(extracted(SKHIRAT_EN)), a.ingest(extracted(RABAT_FR)), b.ingest(extracted(RABAT_EN))]);
    assert.deepEqual(results.map((r) => r.document).sort(), ['added', 'added', 'added', 'unchanged']);
    assert.deepEqual(await a.counts(), { documents: 3, mentions: 3, meetings: 1 });
  });
});

describe('a store of 10,000 meetings and 100,000 documents on PostgreSQL', { skip: pgSkip }, () => {
  const schema = pgSchema('scale');
  let store: Store;
  let client: pg.Client;
  before(async () => {
    store = await openStore({ databaseUrl: PG_URL, schema, dropSchemaOnClose: true });
    client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    const reading = (value: string) => `jsonb_build_array(jsonb_build_object('value', ${value}, 'confidence', 0.8, 'evidence', null, 'rule', 'generated'))`;
    await client.query(`
      INSERT INTO meetings (body, level, status, date, date_precision, city, country, date_lo, date_hi, payload, search_text)
      SELECT CASE WHEN i % 5 = 0 THEN 'nato' ELSE 'coalition' END, 'ministerial', 'held', to_char(d, 'YYYY-MM-DD'), 'day',
             'City ' || (i % 300), 'FR', d, d,
             jsonb_build_object('chairs', jsonb_build_array('Chair ' || (i % 50)), 'participants', '[]'::jsonb, 'topics', '["military"]'::jsonb, 'memberCount', null),
             'city ' || (i % 300)
      FROM generate_series(1, 10000) AS i, LATERAL (SELECT date '1995-01-01' + i * 2 AS d) AS x`);
    await client.query(`
      INSERT INTO documents (doc_key, content_hash, lang, text, published, minhash, lsh)
      SELECT 'generated-' || i || '.txt', md5(i::text), 'en', 'Generated report number ' || i, to_char(date '1995-01-01' + (i % 20000), 'YYYY-MM-DD'), '{}', ARRAY[i]
      FROM generate_series(1, 100000) AS i`);
    await client.query(`
      INSERT INTO mentions (document_id, mention_index, payload, slots, body, level, meeting_id)
      SELECT d.id, 0, '{}'::jsonb,
             jsonb_build_object('readings', jsonb_build_object('body', ${reading('m.body')}, 'level', ${reading('m.level')}, 'date', ${reading('m.date')},
               'city', ${reading('m.city')}, 'status', ${reading("'held'")}), 'dateReasons', '[]'::jsonb, 'coordinates', null),
             m.body, m.level, m.id
      FROM documents d JOIN meetings m ON m.id = 1 + (d.id % 10000)`);
    await client.query('ANALYZE');
  });
  after(async () => {
    await client?.end();
    await store?.close();
  });

  async function timed<T>(what: string, limitMs: number, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await fn();
    const ms = performance.now() - start;
    assert.ok(ms < limitMs, `${what}: ${ms.toFixed(0)} ms`);
    return result;
  }

  test('pages, counts, filters and a meeting with its provenance answer quickly', async () => {
    assert.deepEqual(await store.counts(), { documents: 100000, mentions: 100000, meetings: 10000 });
    const page = await timed('first page', 500, () => store.listMeetings({ limit: 50 }));
    assert.equal(page.length, 50);
    assert.equal(page[0].mentions.length, 10);
    const late = await timed('a later page with filters', 500, () => store.listMeetings({ body: 'coalition', from: '2010', topic: 'military', limit: 50, offset: 500 }));
    assert.ok(late.every((m) => m.body === 'coalition' && m.date! >= '2010'));
    assert.equal(await timed('count', 500, () => store.countMeetings({ q: 'city 42' })), 100, 'City 42, 142 and 242 (every word must appear)');
    const detail = await timed('detail', 500, () => store.getMeetingDetail(page[0].id));
    assert.equal(detail!.mentions.length, 10);
  });

  test('a new mention finds its candidates through the (body, date_lo) index', async () => {
    const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${CANDIDATES_SQL}`, ['coalition', '2018-06-27', '2018-06-29', ['Paris'], 1]);
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    assert.match(text, /meetings_body_date_lo_idx/);
    assert.doesNotMatch(text, /Seq Scan on meetings/);
    const r = await timed('ingest', 1500, () => store.ingest(extracted(PARIS_HELD)));
    assert.equal(r.document, 'added');
  });
});
