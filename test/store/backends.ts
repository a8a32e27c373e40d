/** The databases store tests run on: PGlite in memory always, the PostgreSQL server when reachable (required when CI is set). */
import { describe, before, after, beforeEach } from 'node:test';
import pg from 'pg';
import { openStore, type OpenOptions, type Store } from '../../src/store/index.ts';

export const PG_URL = process.env.CHRONICLE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the server answers; on the way, schemas left by runs killed before their after() hook are dropped once an hour old. */
async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const stale = await client.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname ~ '^chronicle_[a-z]+_[0-9]+_[0-9]+$'");
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
export const pgSkip: string | false = !reachable && !process.env.CI ? `PostgreSQL unreachable at ${PG_URL}; set CI to require it` : false;

/** A fresh schema name on the server, recognisable by the stale-schema sweep above. */
export function pgSchema(purpose: string): string {
  return `chronicle_${purpose}_${process.pid}_${Date.now()}`;
}

export const PGLITE = (): OpenOptions => ({ dataDir: 'memory://' });
export const POSTGRES = (): OpenOptions => ({ databaseUrl: PG_URL, schema: pgSchema('test'), dropSchemaOnClose: true });

/** Runs the same tests on both databases, with one store per database and an emptied store before each test. */
export function onBothDatabases(name: string, body: (store: () => Store) => void): void {
  for (const [label, options, skip] of [
    ['PGlite (in memory)', PGLITE, false],
    ['PostgreSQL', POSTGRES, pgSkip],
  ] as const) {
    describe(`${name} on ${label}`, { skip }, () => {
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
      body(() => store);
    });
  }
}

/** A DATABASE_URL that keeps a child process in one schema (the schema must exist). */
export function schemaUrl(schema: string): string {
  return `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}
