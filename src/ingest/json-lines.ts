import { basename } from 'node:path';
import type { RawDoc } from '../core/types.ts';
import type { InputError } from './read-inputs.ts';

const STRING_FIELDS = ['url', 'title', 'text', 'html', 'published'] as const;

/** One document per record `{id?, url?, title?, text | html, published?}`; a bad line is reported and the others go on. */
export function parseJsonLines(text: string, path: string): (RawDoc | InputError)[] {
  const results: (RawDoc | InputError)[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    const origin = `${path}:${lineNumber}`;
    const record = parseRecord(line);
    if (typeof record === 'string') {
      results.push({ origin, reason: `line ${lineNumber}: ${record}` });
      return;
    }
    results.push({ ...record, id: record.id ?? `${basename(path)}#${lineNumber}`, origin });
  });
  return results;
}

/** The record's fields, or why the line is not a usable record. */
function parseRecord(line: string): Omit<RawDoc, 'id' | 'origin'> & { id?: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON: ${lowerFirst((error as Error).message)}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'record is not an object';
  const fields = value as Record<string, unknown>;
  const record: Omit<RawDoc, 'id' | 'origin'> & { id?: string } = {};
  if (fields.id !== undefined && fields.id !== null) {
    if (typeof fields.id !== 'string' && typeof fields.id !== 'number') return 'field "id" must be a string';
    record.id = String(fields.id);
  }
  for (const field of STRING_FIELDS) {
    const fieldValue = fields[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') return `field "${field}" must be a string`;
    record[field] = fieldValue;
  }
  if (!record.text?.trim() && !record.html?.trim()) return 'record has neither text nor html';
  return record;
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
