// Killing `chronicle ingest` in the middle leaves every document fully stored or absent, and running it
// again completes the store as an uninterrupted run would have. On the PostgreSQL server when there is
// one (always in CI), else on a PGlite data directory: the same check, kept out of CI time because
// PGlite takes seconds to create and open in each process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll } from '../../src/cli/read.ts';
import { openSql, openStore, Store, type OpenOptions } from '../../src/store/index.ts';
import { PG_URL, pgSchema, pgSkip, schemaUrl } from '../store/backends.ts';
import { BIN } from './run-cli.ts';

const CORPUS = ['fr', 'en'].map((lang) => fileURLToPath(new URL(`../../corpus/dev/${lang}`, import.meta.url)));
const onServer = pgSkip === false;

/** Runs `chronicle ingest --progress`; with `killAfter`, SIGKILLs it once that many documents are reported stored. */
function ingest(env: NodeJS.ProcessEnv, killAfter?: number): Promise<{ code: number | null; signal: string | null; stored: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [BIN, 'ingest', '--progress', ...CORPUS], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stored = 0;
    let buffer = '';
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      stored += lines.filter((l) => /: (added|unchanged)$/.test(l)).length;
      if (killAfter !== undefined && stored >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stored }));
  });
}

/** Meetings by the documents supporting them: equal for two stores built from the same documents in the same order. */
async function shape(store: Store): Promise<string[]> {
  return (await store.listMeetings()).map((m) => [m.body, m.level, m.date, m.city, m.mentions.map((x) => x.doc).sort().join(' ')].join('|')).sort();
}

/** Every stored document has all its mentions, every mention a meeting and a log entry, every meeting a mention. */
async function inspect(options: OpenOptions, expectedMentions: Map<string, number>) {
  const sql = await openSql(options);
  try {
    const docs = await sql.query<{ doc: string; mentions: number }>(
      'SELECT d.doc_key AS doc, (SELECT count(*)::int FROM mentions mn WHERE mn.document_id = d.id) AS mentions FROM documents d',
    );
    for (const d of docs) assert.equal(d.mentions, expectedMentions.get(d.doc), `${d.doc}: every mention stored, or none`);
    const [broken] = await sql.query<{ unplaced: number; empty: number; unlogged: number }>(
      `SELECT (SELECT count(*)::int FROM mentions WHERE meeting_id IS NULL) AS unplaced,
              (SELECT count(*)::int FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM mentions mn WHERE mn.meeting_id = m.id)) AS empty,
              (SELECT count(*)::int FROM mentions) - (SELECT count(*)::int FROM audit_log WHERE action = 'ingest') AS unlogged`,
    );
    assert.deepEqual(broken, { unplaced: 0, empty: 0, unlogged: 0 });
    const store = new Store(sql);
    return { documents: docs.length, counts: await store.counts(), shape: await shape(store) };
  } finally {
    await sql.close();
  }
}

test(`SIGKILL in the middle of an ingestion, then a second run (${onServer ? 'PostgreSQL' : 'PGlite'})`, { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-kill-'));
  const schema = pgSchema('kill');
  const [options, env, reference]: [OpenOptions, NodeJS.ProcessEnv, Store] = onServer
    ? [{ databaseUrl: PG_URL, schema }, { DATABASE_URL: schemaUrl(schema) }, await openStore({ databaseUrl: PG_URL, schema: pgSchema('ref'), dropSchemaOnClose: true })]
    : [{ dataDir: dir }, { DATABASE_URL: '', CHRONICLE_DATA: dir }, await openStore({ dataDir: 'memory://' })];
  // The store the children write to exists (and its schema is dropped at the end).
  const owner = onServer ? await openStore({ ...options, dropSchemaOnClose: true }) : null;
  try {
    // What an uninterrupted run gives, computed in this process.
    const expectedMentions = new Map<string, number>();
    for await (const x of extractAll(CORPUS, { failed: 0 })) {
      expectedMentions.set(x.doc.id, x.mentions.length);
      await reference.ingest(x);
    }
    const want = { counts: await reference.counts(), shape: await shape(reference) };
    assert.ok(want.counts.documents > 40);

    const killed = await ingest(env, 12);
    assert.equal(killed.signal, 'SIGKILL');
    const partial = await inspect(options, expectedMentions);
    assert.ok(partial.documents >= 12 && partial.documents < want.counts.documents, `killed after ${partial.documents} documents`);

    const rerun = await ingest(env);
    assert.equal(rerun.code, 0);
    assert.equal(rerun.stored, want.counts.documents);
    const done = await inspect(options, expectedMentions);
    assert.deepEqual(done.counts, want.counts, 'each document exactly once, as many meetings as an uninterrupted run');
    assert.deepEqual(done.shape, want.shape);
  } finally {
    await reference.close();
    await owner?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
