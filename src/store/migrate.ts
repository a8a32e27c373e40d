/**
 * Versioned migrations: each `migrations/NNN_name.sql` is applied once, in its own transaction, and
 * recorded in `schema_migrations`. A transaction-scoped advisory lock serialises processes that
 * migrate the same database at the same time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Sql } from './db.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const LOCK_KEY = 'chronicle:migrations';

export interface Migration {
  version: string;
  statements: string[];
}

export function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => /^\d+_.*\.sql$/.test(name))
    .sort()
    .map((name) => ({
      version: name.replace(/\.sql$/, ''),
      statements: splitStatements(readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8')),
    }));
}

/** Splits a migration into statements (PGlite's `query` takes one at a time). Statements end with `;` at a line end. */
export function splitStatements(source: string): string[] {
  return source
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Applies pending migrations; returns the versions applied by this call. */
export async function migrate(sql: Sql, schema?: string): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of loadMigrations()) {
    const done = await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
      if (schema) await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await tx.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const rows = await tx.query<{ version: string }>('SELECT version FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
