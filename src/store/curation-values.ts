/** What a curator may set a slot to: the same vocabulary as extraction (corpus/ANNOTATION.md). */
import { isListSlot, isSlot, type SlotName } from './resolve.ts';
import { CurationError } from './types.ts';

/** Every slot a curator may set, in the order pages and forms show them. */
export const SLOTS: readonly SlotName[] = ['body', 'level', 'date', 'endDate', 'city', 'country', 'venue', 'status', 'format', 'chairs', 'participants', 'memberCount', 'topics'];

export const LEVELS = [
  'summit',
  'ministerial',
  'defence_ministerial',
  'joint_ministerial',
  'chiefs_of_defence',
  'political_directors',
  'senior_officials',
  'working_group',
  'other',
] as const;
export const STATUSES = ['planned', 'held', 'postponed', 'cancelled'] as const;
export const TOPICS = ['military', 'stabilization', 'counter_finance', 'foreign_fighters', 'communications', 'humanitarian', 'detention', 'other'] as const;
const FORMATS = ['in_person', 'virtual'] as const;
const QUALIFIERS = ['exact', 'about', 'more_than', 'less_than'] as const;

function isoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

function oneOf(slot: string, value: unknown, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new CurationError(`${slot} must be one of ${allowed.join(', ')}`);
  return value;
}

/** The value in its stored form, or a CurationError saying what is wrong with it. */
export function checkSlotValue(slot: string, value: unknown): { slot: SlotName; value: unknown } {
  if (!isSlot(slot)) throw new CurationError(`unknown slot "${slot}"`);
  if (isListSlot(slot)) {
    if (!Array.isArray(value) || !value.every(text)) throw new CurationError(`${slot} must be a list of names`);
    const list = [...new Set((value as string[]).map((v) => v.trim()))];
    if (slot === 'topics') list.forEach((t) => oneOf('topics', t, TOPICS));
    return { slot, value: slot === 'participants' ? list.map((p) => p.toUpperCase()) : list };
  }
  if (value === null) {
    if (slot === 'body' || slot === 'level' || slot === 'status') throw new CurationError(`${slot} cannot be empty`);
    return { slot, value };
  }
  switch (slot) {
    case 'body':
      if (typeof value !== 'string' || !/^[a-z][a-z0-9_]*$/.test(value)) throw new CurationError('body must be a short lower-case name (coalition, nato, ...)');
      return { slot, value };
    case 'level':
      return { slot, value: oneOf(slot, value, LEVELS) };
    case 'status':
      return { slot, value: oneOf(slot, value, STATUSES) };
    case 'format':
      return { slot, value: oneOf(slot, value, FORMATS) };
    case 'date':
    case 'endDate':
      if (!isoDate(value)) throw new CurationError(`${slot} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      return { slot, value };
    case 'country':
      if (typeof value !== 'string' || !/^[A-Za-z]{2}$/.test(value)) throw new CurationError('country must be an ISO 3166-1 alpha-2 code');
      return { slot, value: value.toUpperCase() };
    case 'memberCount': {
      const count = typeof value === 'number' ? { value, qualifier: 'exact' } : (value as { value?: unknown; qualifier?: unknown });
      if (typeof count !== 'object' || !Number.isInteger(count.value) || (count.value as number) < 1 || !(QUALIFIERS as readonly string[]).includes(String(count.qualifier))) {
        throw new CurationError(`memberCount must be a number or {"value": N, "qualifier": ${QUALIFIERS.join('|')}}`);
      }
      return { slot, value: { value: count.value, qualifier: count.qualifier } };
    }
    default:
      if (!text(value)) throw new CurationError(`${slot} must be a name`);
      return { slot, value: (value as string).trim() };
  }
}
