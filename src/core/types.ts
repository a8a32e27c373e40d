/** The document model shared by every stage. Offsets are UTF-16 indices into `NormalizedDoc.text`. */

export type Lang = 'fr' | 'en';

/** Precision of a calendar value; ISO strings are written at this precision (2016-07-21, 2016-07, 2016). */
export type Precision = 'day' | 'month' | 'year';

export interface Span {
  start: number;
  end: number;
}

/** Where a value came from: the text it was read from and the rule that produced it. */
export interface Evidence extends Span {
  text: string;
  rule: string;
}

/** A value with the evidence supporting it and a confidence in [0, 1]. */
export interface Slot<T> {
  value: T;
  evidence: Evidence[];
  confidence: number;
}

/** One input record before any processing: what a file, a JSON Lines record or a feed item gave us. */
export interface RawDoc {
  /** File name, or the record's `id` for JSON Lines: the `doc` field of the output. */
  id: string;
  /** Where it was read from, for error messages (path, or path:line). */
  origin: string;
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  /** A publication date given alongside the text (JSON Lines `published`), ISO at any precision. */
  published?: string;
}

export interface DateValue {
  /** ISO date at `precision`. */
  iso: string;
  precision: Precision;
}

export type PublicationSource = 'record' | 'html-meta' | 'dateline' | 'stated-today' | 'inferred';

export interface NormalizedDoc {
  id: string;
  origin: string;
  url?: string;
  title?: string;
  /** Clean article text; every evidence offset points into it. */
  text: string;
  /** Publication date supplied with the input (record field or HTML metadata), not yet reasoned about. */
  publishedHint?: DateValue & { source: PublicationSource; evidence?: Evidence };
  /** Crawl date from a leading ` date YYYY-MM` line: an upper bound on publication, never the publication date. */
  crawlDate?: DateValue;
  /** What normalisation removed, for transparency (banner, comment prompt, repeated lead, ...). */
  removed: { kind: string; text: string }[];
}

export type MeetingLevel =
  | 'summit'
  | 'ministerial'
  | 'defence_ministerial'
  | 'joint_ministerial'
  | 'chiefs_of_defence'
  | 'political_directors'
  | 'senior_officials'
  | 'working_group'
  | 'other';

export type Topic =
  | 'military'
  | 'stabilization'
  | 'counter_finance'
  | 'foreign_fighters'
  | 'communications'
  | 'humanitarian'
  | 'detention'
  | 'other';

export type MeetingStatus = 'planned' | 'held' | 'postponed' | 'cancelled';
export type MeetingRole = 'subject' | 'mentioned';
export type MeetingFormat = 'in_person' | 'virtual';

export interface MemberCount {
  value: number;
  qualifier: 'exact' | 'about' | 'more_than' | 'less_than';
}

/** What one document says about one meeting. */
export interface Mention {
  /** Index of the mention within its document, stable for a given text. */
  index: number;
  role: MeetingRole;
  status: Slot<MeetingStatus>;
  body: Slot<string>;
  level: Slot<MeetingLevel>;
  date: Slot<DateValue> | null;
  endDate: Slot<DateValue> | null;
  /** Human-readable steps of the date reasoning. */
  dateReasons: string[];
  city: Slot<string> | null;
  country: Slot<string> | null;
  venue: Slot<string> | null;
  coordinates: { lat: number; lon: number } | null;
  format: Slot<MeetingFormat> | null;
  chairs: Slot<string>[];
  participants: Slot<string>[];
  memberCount: Slot<MemberCount> | null;
  topics: Slot<Topic>[];
  /** Sentences that speak of this meeting. */
  spans: Span[];
}

export interface ExtractedDoc {
  doc: NormalizedDoc;
  lang: Lang;
  published: (DateValue & { source: PublicationSource; reasons: string[] }) | null;
  mentions: Mention[];
}
