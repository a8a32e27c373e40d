import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { RawDoc } from '../../src/core/types.ts';
import { type InputError, readInputs } from '../../src/ingest/read-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'chronicle-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;

function file(relativePath: string, content: string | Uint8Array): string {
  const path = join(root, relativePath);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(paths: string[]): Promise<(RawDoc | InputError)[]> {
  const results: (RawDoc | InputError)[] = [];
  for await (const result of readInputs(paths)) results.push(result);
  return results;
}

/** [case, file name, bytes, the one result expected (origin is the path)]. */
const SINGLE_FILE_CASES: [string, string, string | Uint8Array, Omit<RawDoc, 'origin'> | { reason: string }][] = [
  ['text file', 'one.txt', 'Les ministres se réunissent.', { id: 'one.txt', text: 'Les ministres se réunissent.' }],
  ['.text file', 'one.text', 'Texte.', { id: 'one.text', text: 'Texte.' }],
  ['markdown file', 'one.md', '# Titre', { id: 'one.md', text: '# Titre' }],
  ['HTML file', 'page.htm', '<p>Bonjour</p>', { id: 'page.htm', html: '<p>Bonjour</p>' }],
  ['BOM is stripped', 'bom.txt', '\uFEFFRéunion', { id: 'bom.txt', text: 'Réunion' }],
  ['unknown extension named explicitly is text', 'notes.csv', 'a;b', { id: 'notes.csv', text: 'a;b' }],
  ['empty file', 'empty.txt', '', { reason: 'empty file' }],
  ['whitespace only', 'blank.txt', ' \n\t\r\n', { reason: 'empty file' }],
  ['NUL bytes', 'binary.txt', new Uint8Array([0x52, 0x00, 0x01, 0x02]), { reason: 'binary content (NUL bytes)' }],
  ['UTF-16 is binary', 'utf16.txt', new Uint8Array([0xff, 0xfe, 0x52, 0x00]), { reason: 'binary content (NUL bytes)' }],
  ['latin-1 bytes', 'latin1.txt', new Uint8Array([0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e]), { reason: 'not valid UTF-8' }],
  ['unknown extension, not UTF-8', 'data.bin', new Uint8Array([0xc3, 0x28]), { reason: 'not valid UTF-8' }],
];

for (const [name, fileName, content, expected] of SINGLE_FILE_CASES) {
  test(`read inputs: ${name}`, async () => {
    const path = file(join('single', fileName), content);
    assert.deepEqual(await collect([path]), [{ ...expected, origin: path }]);
  });
}

test('read inputs: a missing path', async () => {
  const path = join(root, 'nowhere.txt');
  assert.deepEqual(await collect([path]), [{ origin: path, reason: 'no such file or directory' }]);
});

test('read inputs: a directory is read recursively in path order, skipping hidden and unknown files', async () => {
  const dir = join(root, 'mixed');
  const b = file('mixed/b.txt', 'B');
  const a = file('mixed/a.html', '<p>A</p>');
  const nested = file('mixed/sub/c.txt', 'C');
  const empty = file('mixed/sub/d.txt', '');
  file('mixed/.hidden.txt', 'caché');
  file('mixed/.git/e.txt', 'caché');
  file('mixed/image.png', new Uint8Array([0x89, 0x50, 0x00]));
  file('mixed/notes.csv', 'a;b');
  const records = file('mixed/records.jsonl', '{"id":"r1","text":"Un."}\n{oops}\n');
  assert.deepEqual(await collect([dir]), [
    { id: 'a.html', origin: a, html: '<p>A</p>' },
    { id: 'b.txt', origin: b, text: 'B' },
    { id: 'r1', origin: `${records}:1`, text: 'Un.' },
    { origin: `${records}:2`, reason: `line 2: invalid JSON: ${jsonErrorMessage('{oops}')}` },
    { id: 'c.txt', origin: nested, text: 'C' },
    { origin: empty, reason: 'empty file' },
  ]);
});

test('read inputs: paths are read in the order given', async () => {
  const first = file('order/z.txt', 'Z');
  const second = file('order/a.txt', 'A');
  assert.deepEqual(
    (await collect([first, second])).map((result) => result.origin),
    [first, second],
  );
});

test('read inputs: an unreadable file', { skip: isRoot && 'root reads every file' }, async () => {
  const path = file('locked/secret.txt', 'secret');
  chmodSync(path, 0o000);
  assert.deepEqual(await collect([path]), [{ origin: path, reason: 'permission denied' }]);
});

test('read inputs: a directory that cannot be listed', { skip: isRoot && 'root lists every directory' }, async () => {
  const dir = join(root, 'closed');
  file('closed/inside/x.txt', 'x');
  chmodSync(join(dir, 'inside'), 0o000);
  try {
    assert.deepEqual(await collect([dir]), [{ origin: join(dir, 'inside'), reason: 'permission denied' }]);
  } finally {
    chmodSync(join(dir, 'inside'), 0o755);
  }
});

function jsonErrorMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return message.charAt(0).toLowerCase() + message.slice(1);
  }
  throw new Error('expected invalid JSON');
}
