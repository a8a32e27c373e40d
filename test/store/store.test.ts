import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openStore, type OpenOptions, type Store } from '../../src/store/index.ts';
import { datesCompatible, matchScore, mergeSlots, slotsOf } from '../../src/store/merge.ts';
import { splitStatements } from '../../src/store/migrate.ts';
import { BRUSSELS_MINISTERIAL, NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, extracted } from './fixtures.ts';

const PG_URL = process.env.CHRONICLE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    // Schemas left by runs that were killed before their after() hook: dropped once they are an hour old.
    const stale = await client.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE nspname ~ '^chronicle_(test|mig)_[0-9]+_[0-9]+$'",
    );
    for (const { nspname } of stale.rows) {
      if (Number(nspname.split('_').pop()) < Date.now() - 3600_000) await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`);
    }
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const reachable = await pgReachable();
const pgSkip = !reachable && !process.env.CI ? `PostgreSQL unreachable at ${PG_URL}; set CI to require it` : false;

/** The same behaviour, whatever database is behind the store. */
function storeSuite(name: string, options: () => OpenOptions, skip: string | false = false): void {
  describe(name, { skip }, () => {
    let store: Store;
    before(async () => {
      store = await openStore(options());
    });
    after(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await store.clear();
    });

    test('ingest is idempotent by content hash', async () => {
      const x = extracted(PARIS_HELD);
      const first = await store.ingest(x);
      assert.equal(first.document, 'added');
      assert.equal(first.mentions, 1);
      assert.equal(first.meetingsCreated, 1);
      const counts = await store.counts();
      assert.deepEqual(counts, { documents: 1, mentions: 1, meetings: 1 });

      const second = await store.ingest(extracted(PARIS_HELD));
      assert.equal(second.document, 'unchanged');
      assert.equal(second.documentId, first.documentId);
      assert.equal(second.mentions, 0);
      assert.deepEqual(await store.counts(), counts);
    });

    test('an announcement and a report of the same ministerial merge into one meeting', async () => {
      const a = await store.ingest(extracted(PARIS_ANNOUNCED));
      assert.equal(a.meetingsCreated, 1);
      const b = await store.ingest(extracted(PARIS_HELD));
      assert.equal(b.meetingsCreated, 0);
      assert.equal(b.meetingsJoined, 1);

      const meetings = await store.listMeetings();
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
      assert.equal(announced.date, null);
      assert.equal(announced.status, 'planned');
      assert.equal(announced.role, 'subject');
      assert.equal(typeof announced.documentId, 'number');
      assert.equal(typeof announced.mentionId, 'number');

      assert.deepEqual(await store.getMeeting(m.id), m);
    });

    test('the merge does not depend on ingestion order', async () => {
      await store.ingest(extracted(PARIS_HELD));
      const r = await store.ingest(extracted(PARIS_ANNOUNCED));
      assert.equal(r.meetingsJoined, 1);
      const [m, ...rest] = await store.listMeetings();
      assert.equal(rest.length, 0);
      assert.equal(m.date, '2018-06-28');
      assert.equal(m.status, 'held');
      assert.equal(m.mentions.length, 2);
    });

    test('different meetings stay apart', async () => {
      for (const raw of [PARIS_HELD, NATO_SUMMIT, BRUSSELS_MINISTERIAL]) await store.ingest(extracted(raw));
      const meetings = await store.listMeetings();
      assert.deepEqual(
        meetings.map((m) => [m.date, m.body, m.city]),
        [
          ['2014-12-03', 'coalition', 'Brussels'],
          ['2018-06-28', 'coalition', 'Paris'],
          ['2018-07-11', 'nato', 'Brussels'],
        ],
      );
      assert.ok(meetings.every((m) => m.mentions.length === 1));
      assert.deepEqual(await store.counts(), { documents: 3, mentions: 3, meetings: 3 });
    });

    test('filters by body, level, city and date range', async () => {
      for (const raw of [PARIS_HELD, NATO_SUMMIT, BRUSSELS_MINISTERIAL]) await store.ingest(extracted(raw));
      assert.deepEqual((await store.listMeetings({ body: 'nato' })).map((m) => m.date), ['2018-07-11']);
      assert.deepEqual((await store.listMeetings({ level: 'ministerial' })).map((m) => m.date), ['2014-12-03', '2018-06-28']);
      assert.deepEqual((await store.listMeetings({ city: 'brussels' })).map((m) => m.date), ['2014-12-03', '2018-07-11']);
      assert.deepEqual((await store.listMeetings({ from: '2018', to: '2018-06-30' })).map((m) => m.date), ['2018-06-28']);
      assert.deepEqual((await store.listMeetings({ from: '2018-07' })).map((m) => m.date), ['2018-07-11']);
      assert.deepEqual((await store.listMeetings({ to: '2018-06' })).map((m) => m.date), ['2014-12-03', '2018-06-28']);
      assert.deepEqual((await store.listMeetings({ from: '2018-06-28', to: '2018-06-28' })).map((m) => m.date), ['2018-06-28']);
      assert.deepEqual(await store.listMeetings({ body: 'g7' }), []);
      assert.equal(await store.getMeeting(999999), null);
    });

    test('a failing ingest leaves nothing behind', async () => {
      await store.ingest(extracted(NATO_SUMMIT));
      const before = await store.counts();
      const good = extracted(PARIS_HELD);
      const broken = structuredClone(good);
      // A second mention the database refuses (no body) fails after the document and first mention are written.
      const bad = structuredClone(broken.mentions[0]);
      bad.index = 1;
      (bad.body as { value: unknown }).value = null;
      broken.mentions.push(bad);
      await assert.rejects(store.ingest(broken));

      assert.deepEqual(await store.counts(), before);
      assert.deepEqual((await store.listDocuments()).map((d) => d.doc), ['en-nato-summit.txt']);

      const retry = await store.ingest(good);
      assert.equal(retry.document, 'added');
      assert.equal(retry.meetingsCreated, 1);
    });

    test('lists documents with their metadata', async () => {
      await store.ingest(extracted(PARIS_ANNOUNCED));
      await store.ingest(extracted(PARIS_HELD));
      const docs = await store.listDocuments();
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
}

storeSuite('store on PGlite (in memory)', () => ({ dataDir: 'memory://' }));
storeSuite(
  'store on PostgreSQL',
  () => ({ databaseUrl: PG_URL, schema: `chronicle_test_${process.pid}_${Date.now()}`, dropSchemaOnClose: true }),
  pgSkip,
);

describe('migrations on PostgreSQL', { skip: pgSkip }, () => {
  test('two processes opening the same empty schema at once both succeed, and migrate once', async () => {
    const schema = `chronicle_mig_${process.pid}_${Date.now()}`;
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

describe('merging rules', () => {
  test('dates are compatible at the coarser precision', () => {
    assert.ok(datesCompatible('2018-06', '2018-06-26'));
    assert.ok(datesCompatible('2018', '2018-06-26'));
    assert.ok(!datesCompatible('2018-07', '2018-06-26'));
    assert.ok(!datesCompatible('2018-06-27', '2018-06-26'));
  });

  test('an undated mention joins only in the same named city; level "other" matches any', () => {
    const held = slotsOf(extracted(PARIS_HELD).mentions[0]);
    const undated = { ...held, date: null, datePrecision: null };
    assert.notEqual(matchScore(held, undated), null);
    assert.equal(matchScore(held, { ...undated, city: null }), null);
    assert.equal(matchScore(held, { ...held, city: 'London' }), null);
    assert.equal(matchScore(held, { ...held, level: 'summit' }), null);
    assert.notEqual(matchScore(held, { ...held, level: 'other' }), null);
    assert.notEqual(matchScore(held, { ...held, date: '2018-06', datePrecision: 'month', city: null }), null);
    const merged = mergeSlots({ ...held, date: '2018-06', datePrecision: 'month', level: 'other', venue: null }, { ...held, venue: 'Quai d\'Orsay' });
    assert.equal(merged.date, '2018-06-28');
    assert.equal(merged.level, 'ministerial');
    assert.equal(merged.venue, "Quai d'Orsay");
  });

  test('migration files split into statements', () => {
    assert.deepEqual(splitStatements('-- c\nCREATE TABLE a (x int);\n\nCREATE INDEX i ON a (x);\n'), ['CREATE TABLE a (x int)', 'CREATE INDEX i ON a (x)']);
  });
});
