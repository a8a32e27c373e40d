/** The store: documents, their mentions and the meetings they merge into. Every query of the application lives under src/store. */
import type { ExtractedDoc } from '../core/types.ts';
import type { Sql } from './db.ts';
import { applyPendingCurations, mergeMeetings, setSlot, splitMention } from './curation.ts';
import { ingestDocument } from './ingest.ts';
import * as queries from './queries.ts';
import { meetingOverview, type MeetingOverview } from './overview.ts';
import { dropDocuments, recomputeMeetings, runStoreFlags } from './recompute.ts';
import { searchDocuments, type DocumentHits, type DocumentSearch } from './search.ts';
import type {
  AuditEntry,
  DocumentDetail,
  DocumentRecord,
  DocumentText,
  IngestResult,
  MeetingDetail,
  MeetingFilter,
  MeetingRecord,
  MergeInput,
  SetSlotInput,
  SplitInput,
  StoreCounts,
} from './types.ts';

export { contentHash } from './ingest.ts';

export class Store {
  constructor(private readonly sql: Sql) {}

  /** Adds one extracted document and merges its mentions, all in one transaction. Idempotent by content hash. */
  ingest(x: ExtractedDoc): Promise<IngestResult> {
    return this.sql.transaction((tx) => ingestDocument(tx, x));
  }

  listMeetings(filter: MeetingFilter = {}): Promise<MeetingRecord[]> {
    return queries.listMeetings(this.sql, filter);
  }

  countMeetings(filter: MeetingFilter = {}): Promise<number> {
    return queries.countMeetings(this.sql, filter);
  }

  getMeeting(id: number): Promise<MeetingRecord | null> {
    return queries.getMeeting(this.sql, id);
  }

  /** A meeting with every value's sources (document, evidence, rule, independence), its conflicts, date reasons and history. */
  getMeetingDetail(id: number): Promise<MeetingDetail | null> {
    return queries.getMeetingDetail(this.sql, id);
  }

  listDocuments(page: { limit?: number; offset?: number } = {}): Promise<DocumentRecord[]> {
    return queries.listDocuments(this.sql, page);
  }

  getDocument(id: number): Promise<DocumentDetail | null> {
    return queries.getDocument(this.sql, id);
  }

  /** Title and text of several documents at once (a meeting's sources). */
  getDocumentTexts(ids: number[]): Promise<DocumentText[]> {
    return queries.getDocumentTexts(this.sql, ids);
  }

  /** Counts per year and place of the meetings matching a filter, for the timeline and the map. */
  meetingOverview(filter: MeetingFilter, pointLimit: number): Promise<MeetingOverview> {
    return meetingOverview(this.sql, filter, pointLimit);
  }

  /** Full-text search over documents (migration 010_search). */
  searchDocuments(search: DocumentSearch): Promise<DocumentHits> {
    return searchDocuments(this.sql, search);
  }

  /** The audit log, oldest first: of one meeting, or of the whole store. */
  auditLog(meetingId?: number | null): Promise<AuditEntry[]> {
    return queries.auditLog(this.sql, meetingId);
  }

  /** Sets a meeting's slot to a curated value (it wins over extraction); returns the meeting id. Throws CurationError. */
  setSlot(input: SetSlotInput): Promise<number> {
    return setSlot(this.sql, input);
  }

  /** Moves every mention of `sourceId` into `targetId`; returns the target id. Throws CurationError. */
  mergeMeetings(input: MergeInput): Promise<number> {
    return mergeMeetings(this.sql, input);
  }

  /** Moves one mention out of its meeting into a new one; returns the new meeting id. Throws CurationError. */
  splitMention(input: SplitInput): Promise<number> {
    return splitMention(this.sql, input);
  }

  /** Re-applies curations whose mentions are stored again (after `dropDocuments` and re-ingestion); returns how many. */
  applyPendingCurations(): Promise<number> {
    return applyPendingCurations(this.sql);
  }

  /** Merges every stored mention again from scratch and re-applies the curations; returns the number of meetings. */
  recomputeMeetings(): Promise<number> {
    return recomputeMeetings(this.sql);
  }

  /** Deletes documents, mentions and meetings, keeping curations (re-applied once their mentions return) and the audit log. */
  dropDocuments(): Promise<void> {
    return dropDocuments(this.sql);
  }

  /** Work a migration left for the running code (recomputing meetings of an older store). */
  runPendingWork(): Promise<void> {
    return runStoreFlags(this.sql);
  }

  async counts(): Promise<StoreCounts> {
    const rows = await this.sql.query<StoreCounts>(
      `SELECT (SELECT count(*)::int FROM documents) AS documents,
              (SELECT count(*)::int FROM mentions) AS mentions,
              (SELECT count(*)::int FROM meetings) AS meetings`,
    );
    return rows[0]!;
  }

  /** Deletes everything, curations and audit log included (the schema stays). */
  async clear(): Promise<void> {
    await this.sql.query('TRUNCATE meeting_values, curations, audit_log, meetings, mentions, documents RESTART IDENTITY CASCADE');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
