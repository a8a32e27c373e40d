import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RawDoc } from '../core/types.ts';
import { decodeUtf8 } from './decode.ts';
import { parseFeed } from './feed.ts';
import { fileSystemReason } from './fs-reason.ts';
import { parseJsonLines } from './json-lines.ts';
import { listFiles } from './list-files.ts';

/** An input that could not be read: reported and skipped, never thrown. */
export interface InputError {
  /** Path, path:line for a JSON Lines record, path#n for a feed item. */
  origin: string;
  /** Short, lower-case, specific: "empty file", "line 3: invalid JSON: …". */
  reason: string;
}

export function isInputError(value: RawDoc | InputError): value is InputError {
  return 'reason' in value;
}

type Reader = (text: string, path: string) => (RawDoc | InputError)[];

const readText: Reader = (text, path) => [{ id: basename(path), origin: path, text }];
const readHtml: Reader = (html, path) => [{ id: basename(path), origin: path, html }];

const READERS: Record<string, Reader> = {
  '.txt': readText,
  '.text': readText,
  '.md': readText,
  '.html': readHtml,
  '.htm': readHtml,
  '.jsonl': parseJsonLines,
  '.ndjson': parseJsonLines,
  '.xml': parseFeed,
  '.rss': parseFeed,
  '.atom': parseFeed,
};

/**
 * Documents from files and directories, in order: each path as given, a directory's files sorted
 * by path. A bad input yields an InputError and reading goes on. Inside a directory, files of
 * unknown type are skipped; named explicitly, they are read as text.
 */
export async function* readInputs(paths: string[]): AsyncGenerator<RawDoc | InputError> {
  for (const path of paths) {
    const kind = await pathKind(path);
    if (typeof kind !== 'string') {
      yield kind;
    } else if (kind === 'file') {
      yield* await readDocuments(path, readerFor(path) ?? readText);
    } else {
      for (const entry of await listFiles(path)) {
        if (typeof entry !== 'string') {
          yield entry;
          continue;
        }
        const reader = readerFor(entry);
        if (reader) yield* await readDocuments(entry, reader);
      }
    }
  }
}

async function pathKind(path: string): Promise<'file' | 'directory' | InputError> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return 'directory';
    return stats.isFile() ? 'file' : { origin: path, reason: 'not a regular file' };
  } catch (error) {
    return { origin: path, reason: fileSystemReason(error) };
  }
}

function readerFor(path: string): Reader | undefined {
  return READERS[extname(path).toLowerCase()];
}

async function readDocuments(path: string, reader: Reader): Promise<(RawDoc | InputError)[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return [{ origin: path, reason: fileSystemReason(error) }];
  }
  const decoded = decodeUtf8(bytes);
  return 'reason' in decoded ? [{ origin: path, reason: decoded.reason }] : reader(decoded.text, path);
}
