/** The store's public surface. */
export { openStore, openSql, type Sql, type OpenOptions } from './db.ts';
export { Store, contentHash } from './repository.ts';
export * from './types.ts';
export { migrate } from './migrate.ts';
export { LEVELS, SLOTS, STATUSES, TOPICS } from './curation-values.ts';
export { isListSlot } from './resolve.ts';
export { MATCH_END, MATCH_START, type DocumentHit, type DocumentHits, type DocumentSearch } from './search.ts';
export type { MeetingOverview, MeetingPoint, PeriodCount, PlaceCount } from './overview.ts';
