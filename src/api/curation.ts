/**
 * Curation requests, validated once for the JSON API and the web forms: setting a slot, merging two
 * meetings, splitting a mention off into a meeting of its own. The store checks ids and slot values.
 */
import { CurationError, isListSlot, isStoredId, SLOTS, type Store } from '../store/index.ts';
import type { Parsed } from './params.ts';

export type CurationRequest =
  | { action: 'set'; slot: string; value: unknown; note?: string }
  | { action: 'merge'; otherId: number; note?: string }
  | { action: 'split'; mentionId: number; note?: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function note(body: Record<string, unknown>): Parsed<string | undefined> {
  if (body.note === undefined || body.note === null || body.note === '') return { ok: true, value: undefined };
  if (typeof body.note !== 'string' || body.note.length > 1000) return { ok: false, error: 'note must be text of at most 1000 characters' };
  return { ok: true, value: body.note };
}

function id(raw: unknown, name: string): Parsed<number> {
  const n = typeof raw === 'string' && /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : raw;
  if (!isStoredId(n)) return { ok: false, error: `${name} must be a meeting or mention id (a positive integer)` };
  return { ok: true, value: n };
}

export function parseCuration(action: CurationRequest['action'], body: unknown): Parsed<CurationRequest> {
  if (!isRecord(body)) return { ok: false, error: 'the request body must be a JSON object' };
  const n = note(body);
  if (!n.ok) return n;
  const extra = n.value === undefined ? {} : { note: n.value };
  if (action === 'set') {
    if (typeof body.slot !== 'string' || !(SLOTS as readonly string[]).includes(body.slot)) {
      return { ok: false, error: `slot must be one of ${SLOTS.join(', ')}` };
    }
    if (!('value' in body)) return { ok: false, error: 'value is required (null clears the slot)' };
    return { ok: true, value: { action, slot: body.slot, value: body.value, ...extra } };
  }
  const key = action === 'merge' ? 'otherId' : 'mentionId';
  const parsed = id(body[key], key);
  if (!parsed.ok) return parsed;
  return { ok: true, value: action === 'merge' ? { action, otherId: parsed.value, ...extra } : { action, mentionId: parsed.value, ...extra } };
}

/**
 * A form field's text as a slot value: JSON when it reads as JSON (a list, a number, null), the text
 * itself otherwise, and a list of names for the list slots when written with semicolons.
 */
export function formValue(slot: string, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^[[{"]|^-?\d+(\.\d+)?$|^(null|true|false)$/.test(trimmed) && !/^\d{4}(-\d{2}){0,2}$/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return trimmed;
    }
  }
  if (isListSlot(slot)) return trimmed.split(';').map((s) => s.trim()).filter(Boolean);
  return trimmed;
}

/** Applies a curation; returns the meeting to show next (the new one after a split). */
export async function applyCuration(store: Store, meetingId: number, request: CurationRequest, author: string): Promise<number> {
  const note = request.note === undefined ? {} : { note: request.note };
  if (request.action === 'set') {
    await store.setSlot({ meetingId, slot: request.slot, value: request.value, author, ...note });
    return meetingId;
  }
  if (request.action === 'merge') {
    await store.mergeMeetings({ targetId: meetingId, sourceId: request.otherId, author, ...note });
    return meetingId;
  }
  return store.splitMention({ meetingId, mentionId: request.mentionId, author, ...note });
}

/** HTTP status for an error thrown by a curation: the store's refusals are the client's fault. */
export function curationStatus(error: unknown): 400 | 404 | null {
  if (!(error instanceof CurationError)) return null;
  return error.kind === 'notFound' ? 404 : 400;
}
