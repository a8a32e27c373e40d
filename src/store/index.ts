/** The store's public surface. */
export { openStore, openSql, type Sql, type OpenOptions } from './db.ts';
export {
  Store,
  contentHash,
  type IngestResult,
  type MeetingRecord,
  type MeetingMentionRef,
  type MeetingFilter,
  type DocumentRecord,
  type StoreCounts,
} from './repository.ts';
export { migrate } from './migrate.ts';
