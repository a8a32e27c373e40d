/** The store's data contract: what the API, the web page and the CLI read and send. No SQL here. */
import type { MemberCount } from '../core/types.ts';

export interface IngestResult {
  document: 'added' | 'unchanged';
  /** The document's id in the store (the existing one when unchanged). */
  documentId: number;
  mentions: number;
  meetingsCreated: number;
  meetingsJoined: number;
  /** The earlier document this one is a near-copy of (syndicated or lightly edited), if any. */
  duplicateOf?: number | null;
}

export interface MeetingMentionRef {
  doc: string;
  documentId: number;
  mentionId: number;
  role: string;
  date: string | null;
  city: string | null;
  status: string;
  /** False when the document is a near-copy of another document already supporting this meeting. */
  independent?: boolean;
}

export interface MeetingRecord {
  id: number;
  body: string;
  level: string;
  date: string | null;
  datePrecision: string | null;
  endDate: string | null;
  city: string | null;
  country: string | null;
  venue: string | null;
  lat: number | null;
  lon: number | null;
  status: string;
  chairs: string[];
  participants: string[];
  topics: string[];
  memberCount: MemberCount | null;
  /** `in_person` or `virtual` when a text says so. */
  format: string | null;
  /** Slots on which the supporting mentions disagree, each value with the mentions giving it. */
  conflicts: Conflict[];
  mentions: MeetingMentionRef[];
}

export interface MeetingFilter {
  body?: string;
  level?: string;
  /** ISO date at any precision: meetings whose date, at its own precision, is on or after it. */
  from?: string;
  /** ISO date at any precision: meetings whose date, at its own precision, is on or before it. */
  to?: string;
  /** City name, compared case-insensitively. */
  city?: string;
  /** ISO alpha-2 code of the host country. */
  country?: string;
  /** A participant code (`FR`, `NATO`) or a chair's name. */
  participant?: string;
  topic?: string;
  status?: string;
  /** Free text, accent- and case-insensitive; every word must appear in the meeting's places, names, topics, or its documents' names and titles. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentRecord {
  id: number;
  doc: string;
  url: string | null;
  title: string | null;
  lang: string;
  published: string | null;
  publishedPrecision: string | null;
  crawlDate: string | null;
  contentHash: string;
  ingestedAt: string;
  mentions: number;
}

export interface StoreCounts {
  documents: number;
  mentions: number;
  meetings: number;
}

/** One mention supporting a meeting value, with where in its document the value was read. */
export interface SlotSource {
  mentionId: number;
  documentId: number;
  doc: string;
  evidence: { start: number; end: number; text: string } | null;
  rule: string | null;
  confidence: number | null;
  /** False when the document is a near-copy of another source of the same value: it is not counted again. */
  independent: boolean;
}

export interface SlotValue<T = unknown> {
  value: T;
  sources: SlotSource[];
  curated?: { author: string; at: string; note?: string };
  /** For list slots (chairs, participants, topics): each element with its own sources. */
  items?: SlotValue[];
}

export interface Conflict {
  slot: string;
  values: { value: unknown; mentionIds: number[] }[];
}

export interface AuditEntry {
  id: number;
  at: string;
  author: string;
  action: 'set' | 'merge' | 'split' | 'ingest';
  meetingId: number | null;
  detail: unknown;
}

export interface MeetingDetail extends MeetingRecord {
  values: Record<string, SlotValue>;
  conflicts: Conflict[];
  dateReasons: string[];
  audit: AuditEntry[];
}

/** A document's title and text: what a meeting's page quotes its sources from. */
export type DocumentText = Pick<DocumentDetail, 'id' | 'doc' | 'title' | 'text'>;

/** A document with its text; `mentions` here lists them (in `DocumentRecord` it counts them). */
export interface DocumentDetail extends Omit<DocumentRecord, 'mentions'> {
  text: string;
  duplicateOf: number | null;
  mentions: { mentionId: number; meetingId: number | null; payload: unknown }[];
}

export interface SetSlotInput {
  meetingId: number;
  slot: string;
  value: unknown;
  author: string;
  note?: string;
}

export interface MergeInput {
  /** The meeting that remains. */
  targetId: number;
  /** The meeting whose mentions move to the target. */
  sourceId: number;
  author: string;
  note?: string;
}

export interface SplitInput {
  meetingId: number;
  mentionId: number;
  author: string;
  note?: string;
}

/** Whether a number can be the id of a stored row (a positive PostgreSQL integer). */
export function isStoredId(n: unknown): n is number {
  return Number.isSafeInteger(n) && (n as number) >= 1 && (n as number) <= 2147483647;
}

/** A curation the store refuses: `notFound` for unknown meetings or mentions (HTTP 404), otherwise a bad request (400). */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly kind: 'notFound' | 'invalid' = 'invalid',
  ) {
    super(message);
    this.name = 'CurationError';
  }
}
