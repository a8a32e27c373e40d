import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSystemReason } from './fs-reason.ts';
import type { InputError } from './read-inputs.ts';

/**
 * Every non-hidden file under `directory`, sorted by path so runs are reproducible. Symbolic
 * links to files are followed, links to directories are not (they could loop). A folder that
 * cannot be listed is reported in its place.
 */
export async function listFiles(directory: string): Promise<(string | InputError)[]> {
  const found: (string | InputError)[] = [];
  await collect(directory, found);
  return found.sort((a, b) => compare(sortKey(a), sortKey(b)));
}

async function collect(directory: string, found: (string | InputError)[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    found.push({ origin: directory, reason: fileSystemReason(error) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) await collect(path, found);
    else if (entry.isFile()) found.push(path);
    else if (entry.isSymbolicLink()) await collectLink(path, found);
  }
}

async function collectLink(path: string, found: (string | InputError)[]): Promise<void> {
  try {
    if ((await stat(path)).isFile()) found.push(path);
  } catch (error) {
    found.push({ origin: path, reason: fileSystemReason(error) });
  }
}

function sortKey(entry: string | InputError): string {
  return typeof entry === 'string' ? entry : entry.origin;
}

/** Code-unit order, independent of the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
