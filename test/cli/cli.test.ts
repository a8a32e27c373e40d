// The CLI as a user runs it: a child process over real files, bad ones among them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChronicle } from './run-cli.ts';

const chronicle = (args: string[]) => runChronicle(args, { ...process.env, CHRONICLE_DATA: join(tmpdir(), 'chronicle-cli-unused') });

test('--help lists the commands', async () => {
  const r = await chronicle(['--help']);
  assert.equal(r.code, 0);
  for (const cmd of ['extract', 'ingest', 'meetings', 'serve', 'eval']) assert.match(r.stdout, new RegExp(`\\b${cmd}\\b`));
});

test('extract reports each bad file by name and reason, goes on, and exits non-zero', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-cli-'));
  writeFileSync(join(dir, 'a-good.txt'), "La coalition contre l'EI se réunira jeudi à Londres, ont annoncé samedi des responsables.");
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00]));
  writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from([0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e]));
  writeFileSync(join(dir, 'e-good.txt'), 'NATO leaders will meet in Brussels next week for a summit.');
  const r = await chronicle(['extract', '--format', 'gold', dir]);
  assert.equal(r.code, 1);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(docs.map((d) => d.doc), ['a-good.txt', 'e-good.txt']);
  assert.match(r.stderr, /b-empty\.txt: empty file/);
  assert.match(r.stderr, /c-binary\.txt: binary/);
  assert.match(r.stderr, /d-latin1\.txt: not valid UTF-8/);
  // Nothing dates "jeudi": the meeting is shown, apart from those a date identifies.
  assert.deepEqual(docs[0].meetings, []);
  assert.equal(docs[0].undated[0].city, 'London');
});

test('eval prints per-slot scores for a gold file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-eval-'));
  writeFileSync(join(dir, 'x.txt'), "Les ministres de la coalition anti-EI se sont réunis le 2 février 2016 à Rome.");
  const gold = { doc: 'x.txt', lang: 'fr', published: null, meetings: [{ id: 'coalition-2016-02-02-rome', role: 'subject', status: 'held', body: 'coalition', date: '2016-02-02', city: 'Rome', country: 'IT', venue: null, level: 'ministerial', chairs: [], participants: [], memberCount: null, topics: [] }] };
  writeFileSync(join(dir, 'gold.jsonl'), JSON.stringify(gold) + '\n');
  const r = await chronicle(['eval', '--gold', join(dir, 'gold.jsonl'), join(dir, 'x.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /meeting\s+100\.0\s+100\.0\s+100\.0/);
  assert.match(r.stdout, /date: exact\s+100\.0%/);
});
