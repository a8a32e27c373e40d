/**
 * Resolution: a meeting's values from the mentions that support it, with the mentions behind every
 * value and the conflicts between them. Pure functions; the rules are in README ("Resolved values").
 */
import type { Mention, MemberCount } from '../core/types.ts';
import type { Conflict, MeetingRecord } from './types.ts';
import { coordinatesOf } from './merge.ts';

const SINGLE_SLOTS = ['body', 'level', 'status', 'date', 'endDate', 'city', 'country', 'venue', 'format', 'memberCount'] as const;
const LIST_SLOTS = ['chairs', 'participants', 'topics'] as const;
export type SingleSlot = (typeof SINGLE_SLOTS)[number];
export type ListSlot = (typeof LIST_SLOTS)[number];
export type SlotName = SingleSlot | ListSlot;

export const isListSlot = (slot: string): slot is ListSlot => (LIST_SLOTS as readonly string[]).includes(slot);
export const isSlot = (slot: string): slot is SlotName => isListSlot(slot) || (SINGLE_SLOTS as readonly string[]).includes(slot);

/** One value a mention gives for a slot, with its first piece of evidence. */
export interface Reading {
  value: unknown;
  confidence: number;
  evidence: { start: number; end: number; text: string } | null;
  rule: string | null;
}

/** A mention reduced to what resolution reads: stored in `mentions.slots`. */
export interface MentionSlots {
  readings: Partial<Record<SlotName, Reading[]>>;
  dateReasons: string[];
  coordinates: { lat: number; lon: number } | null;
}

export interface SupportingMention {
  mentionId: number;
  documentId: number;
  /** Near-duplicate group of the document: copies share one and count as one source. */
  group: number;
  published: string | null;
  slots: MentionSlots;
}

/** A meeting's values as its mentions and curations decide them, before it has an id. */
export type ResolvedMeeting = Omit<MeetingRecord, 'id' | 'conflicts' | 'mentions'>;

/** A distinct value of a slot, the mentions giving it, and whether it is the meeting's value. */
export interface ValueRow {
  slot: SlotName;
  value: unknown;
  mentionIds: number[];
  resolved: boolean;
}

export interface Resolution {
  meeting: ResolvedMeeting;
  values: ValueRow[];
  conflicts: Conflict[];
  dateReasons: string[];
}

type AnySlot = { value: unknown; evidence: { start: number; end: number; text: string; rule: string }[]; confidence: number };

function reading(slot: AnySlot, value: unknown = slot.value): Reading {
  const first = slot.evidence[0];
  return { value, confidence: slot.confidence, evidence: first ? { start: first.start, end: first.end, text: first.text } : null, rule: first?.rule ?? null };
}

export function mentionSlots(m: Mention): MentionSlots {
  const one = (slot: AnySlot | null, value?: unknown) => (slot ? [reading(slot, value)] : []);
  return {
    readings: {
      body: one(m.body),
      level: one(m.level),
      status: one(m.status),
      date: one(m.date, m.date?.value.iso),
      endDate: one(m.endDate, m.endDate?.value.iso),
      city: one(m.city),
      country: one(m.country),
      venue: one(m.venue),
      format: one(m.format),
      memberCount: one(m.memberCount, m.memberCount && { value: m.memberCount.value.value, qualifier: m.memberCount.value.qualifier }),
      chairs: m.chairs.map((s) => reading(s)),
      participants: m.participants.map((s) => reading(s)),
      topics: m.topics.map((s) => reading(s)),
    },
    dateReasons: m.dateReasons,
    coordinates: m.coordinates,
  };
}

/** Equality of slot values: JSON with object keys in a fixed order. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value, value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).sort() : undefined);
}

interface Candidate {
  value: unknown;
  mentionIds: number[];
  groups: Set<number>;
  confidence: number;
  /** Position of the first mention giving it, in source order. */
  first: number;
}

function candidates(mentions: SupportingMention[], slot: SlotName): Candidate[] {
  const byKey = new Map<string, Candidate>();
  mentions.forEach((m, position) => {
    for (const r of m.slots.readings[slot] ?? []) {
      if (r.value === null || r.value === undefined) continue;
      const key = valueKey(r.value);
      const c = byKey.get(key) ?? { value: r.value, mentionIds: [], groups: new Set<number>(), confidence: 0, first: position };
      if (!c.mentionIds.includes(m.mentionId)) c.mentionIds.push(m.mentionId);
      c.groups.add(m.group);
      c.confidence = Math.max(c.confidence, r.confidence);
      byKey.set(key, c);
    }
  });
  return [...byKey.values()];
}

const coarserOrEqual = (coarse: string, fine: string) => fine.startsWith(coarse);
const datesAgree = (a: string, b: string) => coarserOrEqual(a, b) || coarserOrEqual(b, a);

/** Independent sources of a date: those giving it, and those giving a coarser date it refines. */
function dateSupport(c: Candidate, all: Candidate[]): number {
  const groups = new Set<number>();
  for (const o of all) if (coarserOrEqual(String(o.value), String(c.value))) for (const g of o.groups) groups.add(g);
  return groups.size;
}

function rank(slot: SlotName, all: Candidate[], mentions: SupportingMention[]): Candidate | undefined {
  if (all.length === 0) return undefined;
  if (slot === 'status') {
    const held = all.find((c) => c.value === 'held');
    if (held) return held;
    // Otherwise the latest report: a meeting announced, then postponed, is postponed.
    const latest = mentions.map((m, i) => ({ m, i })).sort((a, b) => (b.m.published ?? '').localeCompare(a.m.published ?? '') || b.i - a.i);
    for (const { m } of latest) {
      const found = all.find((c) => c.mentionIds.includes(m.mentionId));
      if (found) return found;
    }
  }
  const pool = slot === 'level' && all.some((c) => c.value !== 'other') ? all.filter((c) => c.value !== 'other') : all;
  const support = (c: Candidate) => (slot === 'date' ? dateSupport(c, all) : c.groups.size);
  const precision = (c: Candidate) => (slot === 'date' ? String(c.value).length : 0);
  return [...pool].sort(
    (a, b) => support(b) - support(a) || precision(b) - precision(a) || b.confidence - a.confidence || a.first - b.first,
  )[0];
}

function disagree(slot: SlotName, a: unknown, b: unknown): boolean {
  if (slot === 'date' || slot === 'endDate') return !datesAgree(String(a), String(b));
  if (slot === 'level') return a !== 'other' && b !== 'other' && a !== b;
  if (slot === 'status') return (a === 'held' && b === 'cancelled') || (a === 'cancelled' && b === 'held');
  return valueKey(a) !== valueKey(b);
}

function conflictOf(slot: SlotName, all: Candidate[]): Conflict | null {
  if (slot === 'body') return null;
  const clash = all.some((a, i) => all.slice(i + 1).some((b) => disagree(slot, a.value, b.value)));
  if (!clash) return null;
  const ordered = [...all].sort((a, b) => b.groups.size - a.groups.size || a.first - b.first);
  return { slot, values: ordered.map((c) => ({ value: c.value, mentionIds: c.mentionIds })) };
}

const PRECISION: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

/**
 * The meeting's values. A curated value always wins (the latest curation of a slot). Otherwise, for
 * a single-valued slot: the value with most independent sources (near-copies count once), then the
 * most precise (dates: a coarser date supports the finer ones it contains), then the highest
 * confidence, then the earliest source (mentions come in source order: publication date, then
 * content hash and position in the text, so the order survives re-ingestion); `level` prefers any named level to 'other'; `status` is
 * 'held' once any source reports it held, else what the latest report says. List slots are the union.
 */
export function resolveMeeting(mentions: SupportingMention[], curated: { slot: string; value: unknown }[] = []): Resolution {
  const curatedBySlot = new Map(curated.filter((c) => isSlot(c.slot)).map((c) => [c.slot as SlotName, c.value]));
  const values: ValueRow[] = [];
  const conflicts: Conflict[] = [];
  const chosen = new Map<SlotName, unknown>();
  for (const slot of SINGLE_SLOTS) {
    const all = candidates(mentions, slot);
    const best = curatedBySlot.has(slot) ? { value: curatedBySlot.get(slot) } : rank(slot, slot === 'endDate' ? endDates(all, chosen.get('date')) : all, mentions);
    const value = best?.value ?? null;
    chosen.set(slot, value);
    for (const c of all) values.push({ slot, value: c.value, mentionIds: c.mentionIds, resolved: valueKey(c.value) === valueKey(value) });
    if (curatedBySlot.has(slot) && value !== null && !all.some((c) => valueKey(c.value) === valueKey(value))) values.push({ slot, value, mentionIds: [], resolved: true });
    const conflict = conflictOf(slot, all);
    if (conflict) conflicts.push(conflict);
  }
  const lists = {} as Record<ListSlot, string[]>;
  for (const slot of LIST_SLOTS) {
    const all = candidates(mentions, slot).sort((a, b) => b.groups.size - a.groups.size || a.first - b.first);
    const list = curatedBySlot.has(slot) ? (curatedBySlot.get(slot) as string[]) : all.map((c) => String(c.value));
    lists[slot] = list;
    for (const c of all) values.push({ slot, value: c.value, mentionIds: c.mentionIds, resolved: list.includes(String(c.value)) });
    for (const v of list) if (!all.some((c) => c.value === v)) values.push({ slot, value: v, mentionIds: [], resolved: true });
  }
  const date = chosen.get('date') as string | null;
  const city = chosen.get('city') as string | null;
  const dateSource = mentions.find((m) => m.slots.readings.date?.some((r) => r.value === date));
  const placeSource = mentions.find((m) => m.slots.coordinates && (m.slots.readings.city?.[0]?.value ?? null) === city);
  const point = (curatedBySlot.has('city') ? null : placeSource?.slots.coordinates) ?? coordinatesOf(city);
  return {
    meeting: {
      body: String(chosen.get('body') ?? ''),
      level: String(chosen.get('level') ?? 'other'),
      date,
      datePrecision: date ? PRECISION[date.length] ?? null : null,
      endDate: chosen.get('endDate') as string | null,
      city,
      country: chosen.get('country') as string | null,
      venue: chosen.get('venue') as string | null,
      lat: point?.lat ?? null,
      lon: point?.lon ?? null,
      status: String(chosen.get('status') ?? 'held'),
      format: chosen.get('format') as string | null,
      memberCount: chosen.get('memberCount') as MemberCount | null,
      ...lists,
    },
    values,
    conflicts,
    dateReasons: dateSource?.slots.dateReasons ?? [],
  };
}

/** End dates that can close the chosen first day: those after it. */
function endDates(all: Candidate[], date: unknown): Candidate[] {
  if (typeof date !== 'string') return [];
  return all.filter((c) => String(c.value) > date);
}
