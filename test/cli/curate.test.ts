// Curation from the command line, kept through `ingest --rebuild` (on the PostgreSQL server: a child process opens it much faster than PGlite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type MeetingRecord } from '../../src/store/index.ts';
import { PG_URL, pgSchema, pgSkip, schemaUrl } from '../store/backends.ts';
import { runChronicle } from './run-cli.ts';
import { BRUSSELS_MINISTERIAL, NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, PARIS_HELD_COPY, RABAT_EN, RABAT_FR, SKHIRAT_EN } from '../store/fixtures.ts';

test('curate set, merge and split; the curations survive ingest --rebuild', { skip: pgSkip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-curate-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  for (const raw of [SKHIRAT_EN, RABAT_FR, RABAT_EN, NATO_SUMMIT, BRUSSELS_MINISTERIAL, PARIS_ANNOUNCED, PARIS_HELD, PARIS_HELD_COPY]) writeFileSync(join(docs, raw.id), raw.text!);
  const schema = pgSchema('cli');
  // Creates the schema; the last close drops it.
  const owner = await openStore({ databaseUrl: PG_URL, schema, dropSchemaOnClose: true });
  const env = { ...process.env, DATABASE_URL: schemaUrl(schema) };
  const chronicle = (...args: string[]) => runChronicle(args, env);
  const meetings = async () => (await chronicle('meetings', '--format', 'json')).stdout.trim().split('\n').map((l) => JSON.parse(l) as MeetingRecord);
  const byDoc = (list: MeetingRecord[], doc: string) => list.find((m) => m.mentions.some((x) => x.doc === doc))!;
  const view = (list: MeetingRecord[]) =>
    list.map((m) => ({ docs: m.mentions.map((x) => x.doc).sort(), city: m.city, level: m.level, date: m.date })).sort((a, b) => a.docs.join().localeCompare(b.docs.join()));

  try {
    const ingested = await chronicle('ingest', docs);
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.match(ingested.stdout, /documents: 8 added \(1 near-copies\), 0 unchanged/);

    const before = await meetings();
    const rabat = byDoc(before, 'en-skhirat.txt');
    assert.equal(rabat.city, 'Rabat');
    assert.deepEqual(rabat.conflicts.find((c) => c.slot === 'city')?.values.map((v) => v.value), ['Rabat', 'Skhirat']);
    for (const x of rabat.mentions) assert.deepEqual(Object.keys(x).slice(0, 7), ['doc', 'documentId', 'mentionId', 'role', 'date', 'city', 'status']);

    const set = await chronicle('curate', 'set', String(rabat.id), 'city', 'Skhirat', '--author', 'ana', '--note', 'the venue is in Skhirat');
    assert.equal(set.code, 0, set.stderr);
    const nato = byDoc(before, 'en-nato-summit.txt');
    const brussels = byDoc(before, 'fr-bruxelles-ministerielle.txt');
    assert.equal((await chronicle('curate', 'merge', String(nato.id), String(brussels.id), '--author', 'ana')).code, 0);
    const paris = byDoc(before, 'fr-paris-annonce.txt');
    const announced = paris.mentions.find((x) => x.doc === 'fr-paris-annonce.txt')!;
    const split = await chronicle('curate', 'split', String(paris.id), String(announced.mentionId), '--author', 'ana');
    assert.match(split.stdout, /split from meeting \d+ into meeting \d+/);

    const bad = await chronicle('curate', 'set', String(rabat.id), 'level', 'party', '--author', 'ana');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /level must be one of/);
    const badId = await chronicle('curate', 'set', 'abc', 'city', 'Skhirat', '--author', 'ana');
    assert.equal(badId.code, 1);
    assert.match(badId.stderr, /meeting id must be a positive integer, not "abc"/);

    const curated = await meetings();
    assert.equal(curated.length, before.length - 1 + 1, 'one merged away, one split off');
    assert.equal(byDoc(curated, 'en-skhirat.txt').city, 'Skhirat');
    assert.equal(byDoc(curated, 'en-nato-summit.txt').mentions.length, 2);
    assert.deepEqual(byDoc(curated, 'fr-paris-annonce.txt').mentions.map((x) => x.doc), ['fr-paris-annonce.txt']);

    const rebuilt = await chronicle('ingest', '--rebuild', docs);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.match(rebuilt.stdout, /documents: 8 added .*curations re-applied: 3/);
    const after = await meetings();
    assert.deepEqual(view(after), view(curated));
    assert.ok(after.every((m) => !before.some((b) => b.id === m.id)), 'the meetings were recomputed (new ids)');

    const detail = JSON.parse((await chronicle('meeting', String(byDoc(after, 'en-skhirat.txt').id))).stdout);
    assert.equal(detail.values.city.curated.author, 'ana');
    assert.equal(detail.values.city.curated.note, 'the venue is in Skhirat');
    const log = (await chronicle('curate', 'log')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(log.filter((e) => e.author === 'ana').map((e) => e.action), ['set', 'merge', 'merge', 'split', 'split']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await owner.close();
  }
});
