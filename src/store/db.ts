/**
 * The SQL connection behind the store: PGlite in a local directory by default, a PostgreSQL server
 * (`pg.Pool`) when a database URL is given. Both speak the same dialect; nothing above this file
 * knows which one it talks to.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { migrate } from './migrate.ts';
import { Store } from './repository.ts';

export interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. Nested calls join the outer one. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… selects a PostgreSQL server; defaults to `process.env.DATABASE_URL`. */
  databaseUrl?: string;
  /** PGlite data directory (`memory://` for an in-memory database); defaults to `CHRONICLE_DATA` or `.chronicle/data`. */
  dataDir?: string;
  /** A PostgreSQL schema to keep the tables in (created if missing): isolates tests sharing one server. */
  schema?: string;
  /** Drop `schema` when the store is closed (tests). */
  dropSchemaOnClose?: boolean;
}

/** Opens the store, running pending migrations (and the recomputation an upgrade may ask for) first. */
export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const sql = await openSql(options);
  const store = new Store(sql);
  try {
    await migrate(sql, options.schema);
    await store.runPendingWork();
  } catch (error) {
    await sql.close();
    throw error;
  }
  return store;
}

export async function openSql(options: OpenOptions = {}): Promise<Sql> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid schema name "${schema}": use lower-case letters, digits and underscores`);
  }
  const databaseUrl = options.databaseUrl ?? (options.dataDir === undefined ? process.env.DATABASE_URL : undefined);
  const sql = databaseUrl
    ? pgSql(new pg.Pool({ connectionString: databaseUrl, ...(schema && { options: `-c search_path=${schema}` }) }))
    : await pgliteSql(options.dataDir ?? process.env.CHRONICLE_DATA ?? '.chronicle/data', schema);
  if (!schema || !options.dropSchemaOnClose) return sql;
  return {
    ...sql,
    close: async () => {
      try {
        await sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await sql.close();
      }
    },
  };
}

/** The connection of a transaction in progress: a nested transaction joins it, and closing is the owner's job. */
function inTransaction(run: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>): Sql {
  const tx: Sql = {
    query: async <T>(text: string, params?: unknown[]) => (await run(text, params)).rows as T[],
    transaction: (fn) => fn(tx),
    close: async () => {},
  };
  return tx;
}

function pgSql(pool: pg.Pool): Sql {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(inTransaction((text, params) => client.query(text, params)));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function pgliteSql(dataDir: string, schema: string | undefined): Promise<Sql> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  // unaccent: accent-insensitive document search (migration 010_search).
  const db = new PGlite(dataDir, { extensions: { unaccent } });
  await db.waitReady;
  // One connection: the search path set here holds for every later query.
  if (schema) {
    await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await db.query(`SET search_path TO ${schema}`);
  }
  return {
    query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows,
    transaction: <T>(fn: (tx: Sql) => Promise<T>) => db.transaction((t) => fn(inTransaction((text, params) => t.query(text, params)))),
    close: () => db.close(),
  };
}
