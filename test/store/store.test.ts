import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openSql, openStore } from '../../src/store/index.ts';
import { onBothDatabases, PG_URL, pgSchema, pgSkip } from './backends.ts';
import { loadMigrations, splitStatements } from '../../src/store/migrate.ts';
import { BRUSSELS_MINISTERIAL, NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, PARIS_HELD_COPY, extracted } from './fixtures.ts';

onBothDatabases('store', (store) => {
  test('ingest is idempotent by content hash', async () => {
    const x = extracted(PARIS_HELD);
    const first = await store().ingest(x);
    assert.equal(first.document, 'added');
    assert.equal(first.mentions, 1);
    assert.equal(first.meetingsCreated, 1);
    const counts = await store().counts();
    assert.deepEqual(counts, { documents: 1, mentions: 1, meetings: 1 });

    const second = await store().ingest(extracted(PARIS_HELD));
    assert.equal(second.document, 'unchanged');
    assert.equal(second.documentId, first.documentId);
    assert.equal(second.mentions, 0);
    assert.deepEqual(await store().counts(), counts);
  });

  test('an announcement and a report of the same ministerial merge into one meeting', async () => {
    const a = await store().ingest(extracted(PARIS_ANNOUNCED));
    assert.equal(a.meetingsCreated, 1);
    const b = await store().ingest(extracted(PARIS_HELD));
    assert.equal(b.meetingsCreated, 0);
    assert.equal(b.meetingsJoined, 1);

    const meetings = await store().listMeetings();
    assert.equal(meetings.length, 1);
    const [m] = meetings;
    assert.equal(m.body, 'coalition');
    assert.equal(m.level, 'ministerial');
    assert.equal(m.date, '2018-06-28', 'the more precise date is kept');
    assert.equal(m.datePrecision, 'day');
    assert.equal(m.city, 'Paris');
    assert.equal(m.country, 'FR');
    assert.equal(m.status, 'held');
    assert.deepEqual(m.chairs, ['Jean-Yves Le Drian']);
    assert.deepEqual([...m.topics].sort(), ['foreign_fighters', 'stabilization']);
    assert.equal(m.mentions.length, 2);
    assert.deepEqual(m.mentions.map((x) => x.doc).sort(), ['en-paris-held.txt', 'fr-paris-annonce.txt']);
    const announced = m.mentions.find((x) => x.doc === 'fr-paris-annonce.txt')!;
    assert.equal(announced.date, '2018-06', 'the mention keeps its coarse date');
    assert.equal(announced.status, 'planned');
    assert.equal(announced.role, 'subject');
    assert.equal(typeof announced.documentId, 'number');
    assert.equal(typeof announced.mentionId, 'number');

    assert.deepEqual(await store().getMeeting(m.id), m);
  });

  test('the merge does not depend on ingestion order', async () => {
    await store().ingest(extracted(PARIS_HELD));
    const r = await store().ingest(extracted(PARIS_ANNOUNCED));
    assert.equal(r.meetingsJoined, 1);
    const [m, ...rest] = await store().listMeetings();
    assert.equal(rest.length, 0);
    assert.equal(m.date, '2018-06-28');
    assert.equal(m.status, 'held');
    assert.equal(m.mentions.length, 2);
  });

  test('different meetings stay apart', async () => {
    for (const raw of [PARIS_HELD, NATO_SUMMIT, BRUSSELS_MINISTERIAL]) await store().ingest(extracted(raw));
    const meetings = await store().listMeetings();
    assert.deepEqual(
      meetings.map((m) => [m.date, m.body, m.city]),
      [
        ['2014-12-03', 'coalition', 'Brussels'],
        ['2018-06-28', 'coalition', 'Paris'],
        ['2018-07-11', 'nato', 'Brussels'],
      ],
    );
    assert.ok(meetings.every((m) => m.mentions.length === 1));
    assert.deepEqual(await store().counts(), { documents: 3, mentions: 3, meetings: 3 });
  });

  test('filters by body, level, city and date range', async () => {
    for (const raw of [PARIS_HELD, NATO_SUMMIT, BRUSSELS_MINISTERIAL]) await store().ingest(extracted(raw));
    assert.deepEqual((await store().listMeetings({ body: 'nato' })).map((m) => m.date), ['2018-07-11']);
    assert.deepEqual((await store().listMeetings({ level: 'ministerial' })).map((m) => m.date), ['2014-12-03', '2018-06-28']);
    assert.deepEqual((await store().listMeetings({ city: 'brussels' })).map((m) => m.date), ['2014-12-03', '2018-07-11']);
    assert.deepEqual((await store().listMeetings({ from: '2018', to: '2018-06-30' })).map((m) => m.date), ['2018-06-28']);
    assert.deepEqual((await store().listMeetings({ from: '2018-07' })).map((m) => m.date), ['2018-07-11']);
    assert.deepEqual((await store().listMeetings({ to: '2018-06' })).map((m) => m.date), ['2014-12-03', '2018-06-28']);
    assert.deepEqual((await store().listMeetings({ from: '2018-06-28', to: '2018-06-28' })).map((m) => m.date), ['2018-06-28']);
    assert.deepEqual(await store().listMeetings({ body: 'g7' }), []);
    assert.equal(await store().getMeeting(999999), null);
  });

  test('a failing ingest leaves nothing behind', async () => {
    await store().ingest(extracted(NATO_SUMMIT));
    const before = await store().counts();
    const good = extracted(PARIS_HELD);
    const broken = structuredClone(good);
    // A second mention the database refuses (no body) fails after the document and first mention are written.
    const bad = structuredClone(broken.mentions[0]);
    bad.index = 1;
    (bad.body as { value: unknown }).value = null;
    broken.mentions.push(bad);
    await assert.rejects(store().ingest(broken));

    assert.deepEqual(await store().counts(), before);
    assert.deepEqual((await store().listDocuments()).map((d) => d.doc), ['en-nato-summit.txt']);

    const retry = await store().ingest(good);
    assert.equal(retry.document, 'added');
    assert.equal(retry.meetingsCreated, 1);
  });

  test('lists documents with their metadata', async () => {
    await store().ingest(extracted(PARIS_ANNOUNCED));
    await store().ingest(extracted(PARIS_HELD));
    const docs = await store().listDocuments();
    assert.equal(docs.length, 2);
    const held = docs.find((d) => d.doc === 'en-paris-held.txt')!;
    assert.equal(held.lang, 'en');
    assert.equal(held.published, '2018-06-28');
    assert.equal(held.title, 'Coalition ministers meet in Paris <script>alert(1)</script>');
    assert.equal(held.mentions, 1);
    assert.match(held.contentHash, /^[0-9a-f]{64}$/);
    const announced = docs.find((d) => d.doc === 'fr-paris-annonce.txt')!;
    assert.equal(announced.lang, 'fr');
    assert.equal(announced.published, null);
    assert.equal(announced.crawlDate, '2018-06');
  });
});

describe('migrations on PostgreSQL', { skip: pgSkip }, () => {
  test('two processes opening the same empty schema at once both succeed, and migrate once', async () => {
    const schema = pgSchema('mig');
    const stores = await Promise.all([
      openStore({ databaseUrl: PG_URL, schema }),
      openStore({ databaseUrl: PG_URL, schema }),
      openStore({ databaseUrl: PG_URL, schema, dropSchemaOnClose: true }),
    ]);
    try {
      await stores[0].ingest(extracted(NATO_SUMMIT));
      assert.deepEqual(await stores[1].counts(), { documents: 1, mentions: 1, meetings: 1 });
    } finally {
      await stores[0].close();
      await stores[1].close();
      await stores[2].close();
    }
  });
});

describe('upgrade from schema v1 on PostgreSQL', { skip: pgSkip }, () => {
  test('a store written by v1 is migrated, and its meetings recomputed with provenance and signatures', async () => {
    const schema = pgSchema('v1');
    const sql = await openSql({ databaseUrl: PG_URL, schema });
    await sql.query(`CREATE SCHEMA ${schema}`);
    await sql.query('CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const statement of loadMigrations()[0].statements) await sql.query(statement);
    await sql.query("INSERT INTO schema_migrations (version) VALUES ('001_init')");
    // Two reports of one meeting, as v1 wrote them: mentions with their payload, one meeting linked to both.
    const [{ id: meetingId }] = await sql.query<{ id: number }>(
      "INSERT INTO meetings (body, level, status, payload) VALUES ('coalition', 'ministerial', 'planned', '{}') RETURNING id",
    );
    for (const raw of [PARIS_ANNOUNCED, PARIS_HELD]) {
      const x = extracted(raw);
      const [{ id }] = await sql.query<{ id: number }>(
        "INSERT INTO documents (doc_key, content_hash, lang, text, published) VALUES ($1, md5($2), $3, $2, $4) RETURNING id",
        [x.doc.id, x.doc.text, x.lang, x.published?.iso ?? null],
      );
      const [mention] = await sql.query<{ id: number }>(
        "INSERT INTO mentions (document_id, mention_index, payload, body, level) VALUES ($1, 0, $2::jsonb, 'coalition', 'ministerial') RETURNING id",
        [id, JSON.stringify(x.mentions[0])],
      );
      await sql.query('INSERT INTO meeting_mentions (meeting_id, mention_id) VALUES ($1, $2)', [meetingId, mention.id]);
    }
    await sql.close();

    const store = await openStore({ databaseUrl: PG_URL, schema, dropSchemaOnClose: true });
    try {
      const [meeting, ...rest] = await store.listMeetings();
      assert.equal(rest.length, 0);
      assert.deepEqual([meeting.date, meeting.city, meeting.status, meeting.mentions.length], ['2018-06-28', 'Paris', 'held', 2]);
      const detail = (await store.getMeetingDetail(meeting.id))!;
      assert.deepEqual(detail.values.date.sources.map((x) => x.doc), ['en-paris-held.txt']);
      const copy = await store.ingest(extracted(PARIS_HELD_COPY));
      assert.equal(copy.duplicateOf, meeting.mentions.find((x) => x.doc === 'en-paris-held.txt')!.documentId, 'old documents got their signatures');
      assert.equal(copy.meetingsJoined, 1);
    } finally {
      await store.close();
    }
  });
});

describe('migrations', () => {
  test('migration files split into statements', () => {
    assert.deepEqual(splitStatements('-- c\nCREATE TABLE a (x int);\n\nCREATE INDEX i ON a (x);\n'), ['CREATE TABLE a (x int)', 'CREATE INDEX i ON a (x)']);
  });
});
