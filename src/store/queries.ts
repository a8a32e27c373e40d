/** Reading the store: meetings with their sources, one meeting's provenance, documents, the audit log. */
import { fold } from '../core/text.ts';
import type { MemberCount } from '../core/types.ts';
import type { Sql } from './db.ts';
import { slotValues, type CurationMark, type SourceMention } from './provenance.ts';
import type { ValueRow } from './resolve.ts';
import { isStoredId, type AuditEntry, type DocumentDetail, type DocumentRecord, type DocumentText, type MeetingDetail, type MeetingFilter, type MeetingMentionRef, type MeetingRecord } from './types.ts';

interface MeetingRow extends Omit<MeetingRecord, 'chairs' | 'participants' | 'topics' | 'memberCount' | 'mentions'> {
  payload: { chairs?: string[]; participants?: string[]; topics?: string[]; memberCount?: MemberCount | null };
}

const MEETING_COLUMNS = `m.id, m.body, m.level, m.date, m.date_precision AS "datePrecision", m.end_date AS "endDate",
  m.city, m.country, m.venue, m.lat, m.lon, m.status, m.format, m.conflicts, m.payload`;

type Page = { limit?: number; offset?: number };

/** LIMIT and OFFSET for a page; a bound that is not a non-negative integer is left out. */
function pageClause(page: Page): string {
  const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  return [isCount(page.limit) ? `LIMIT ${page.limit}` : '', isCount(page.offset) ? `OFFSET ${page.offset}` : ''].join(' ');
}

/** The SQL condition on `meetings m` for a filter (limit and offset aside), with its parameters from `$1`. Dates compare at the coarser of the two precisions. */
export function meetingWhere(filter: MeetingFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.body) clauses.push(`m.body = ${param(filter.body)}`);
  if (filter.level) clauses.push(`m.level = ${param(filter.level)}`);
  if (filter.city) clauses.push(`lower(m.city) = lower(${param(filter.city)}::text)`);
  if (filter.country) clauses.push(`m.country = upper(${param(filter.country)}::text)`);
  if (filter.status) clauses.push(`m.status = ${param(filter.status)}`);
  if (filter.topic) clauses.push(`m.payload @> jsonb_build_object('topics', jsonb_build_array(${param(filter.topic)}::text))`);
  if (filter.participant) {
    const p = param(filter.participant);
    clauses.push(
      `(m.payload @> jsonb_build_object('participants', jsonb_build_array(upper(${p}::text))) OR m.payload @> jsonb_build_object('chairs', jsonb_build_array(${p}::text)))`,
    );
  }
  for (const word of fold(filter.q ?? '').split(/\s+/).filter(Boolean)) {
    clauses.push(`m.search_text LIKE ${param(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  }
  const bound = (op: string, value: string) => {
    const p = param(value);
    const n = `least(length(m.date), length(${p}::text))`;
    return `left(m.date, ${n}) ${op} left(${p}::text, ${n})`;
  };
  if (filter.from) clauses.push(bound('>=', filter.from));
  if (filter.to) clauses.push(bound('<=', filter.to));
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * Mention references of a page of meetings, in one query, in publication order. Of each near-duplicate
 * group the first source by document id is the independent one, as for the sources of a value (provenance.ts).
 */
async function withMentions(sql: Sql, rows: MeetingRow[]): Promise<MeetingRecord[]> {
  if (rows.length === 0) return [];
  const refs = await sql.query<MeetingMentionRef & { meetingId: number }>(
    `SELECT mn.meeting_id AS "meetingId", d.doc_key AS doc, d.id AS "documentId", mn.id AS "mentionId",
            mn.payload->>'role' AS role, mn.date, mn.city, mn.payload->'status'->>'value' AS status,
            row_number() OVER (PARTITION BY mn.meeting_id, coalesce(d.duplicate_of, d.id) ORDER BY mn.document_id, mn.id) = 1 AS independent
     FROM mentions mn JOIN documents d ON d.id = mn.document_id
     WHERE mn.meeting_id = ANY($1::int[])
     ORDER BY d.published ASC NULLS LAST, d.id, mn.mention_index`,
    [rows.map((r) => r.id)],
  );
  const byMeeting = new Map<number, MeetingMentionRef[]>();
  for (const { meetingId, ...ref } of refs) {
    const list = byMeeting.get(meetingId) ?? [];
    byMeeting.set(meetingId, list);
    list.push(ref);
  }
  return rows.map(({ payload, ...row }) => ({
    ...row,
    chairs: payload.chairs ?? [],
    participants: payload.participants ?? [],
    topics: payload.topics ?? [],
    memberCount: payload.memberCount ?? null,
    mentions: byMeeting.get(row.id) ?? [],
  }));
}

export async function listMeetings(sql: Sql, filter: MeetingFilter = {}): Promise<MeetingRecord[]> {
  const { where, params } = meetingWhere(filter);
  const rows = await sql.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m ${where} ORDER BY m.date ASC NULLS LAST, m.id ASC ${pageClause(filter)}`, params);
  return withMentions(sql, rows);
}

export async function countMeetings(sql: Sql, filter: MeetingFilter = {}): Promise<number> {
  const { where, params } = meetingWhere(filter);
  const [{ n }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM meetings m ${where}`, params);
  return n;
}

export async function getMeeting(sql: Sql, id: number): Promise<MeetingRecord | null> {
  if (!isStoredId(id)) return null;
  const rows = await sql.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1`, [id]);
  return (await withMentions(sql, rows))[0] ?? null;
}

export async function auditLog(sql: Sql, meetingId?: number | null): Promise<AuditEntry[]> {
  const hasMeeting = meetingId !== undefined && meetingId !== null;
  const rows = await sql.query<Omit<AuditEntry, 'at'> & { at: Date | string }>(
    `SELECT id, at, author, action, meeting_id AS "meetingId", detail FROM audit_log
     ${hasMeeting ? 'WHERE meeting_id = $1' : ''} ORDER BY id`,
    hasMeeting ? [meetingId] : [],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}

export async function getMeetingDetail(sql: Sql, id: number): Promise<MeetingDetail | null> {
  const meeting = await getMeeting(sql, id);
  if (!meeting) return null;
  const [values, mentions, curations, [extra], audit] = await Promise.all([
    sql.query<ValueRow>('SELECT slot, value, mention_ids AS "mentionIds", resolved FROM meeting_values WHERE meeting_id = $1', [id]),
    sql.query<SourceMention>(
      `SELECT mn.id AS "mentionId", mn.document_id AS "documentId", d.doc_key AS doc, coalesce(d.duplicate_of, d.id) AS "group", mn.slots
       FROM mentions mn JOIN documents d ON d.id = mn.document_id WHERE mn.meeting_id = $1`,
      [id],
    ),
    sql.query<CurationMark & { at: Date | string }>(
      "SELECT slot, author, at, note FROM curations WHERE meeting_id = $1 AND kind = 'set' ORDER BY id",
      [id],
    ),
    sql.query<{ dateReasons: string[] }>('SELECT date_reasons AS "dateReasons" FROM meetings WHERE id = $1', [id]),
    auditLog(sql, id),
  ]);
  const marks = curations.map((c) => ({ ...c, at: new Date(c.at).toISOString() }));
  return { ...meeting, values: slotValues(meeting, values, mentions, marks), dateReasons: extra?.dateReasons ?? [], audit };
}

const DOCUMENT_COLUMNS = `d.id, d.doc_key AS doc, d.url, d.title, d.lang, d.published, d.published_precision AS "publishedPrecision",
  d.crawl_date AS "crawlDate", d.content_hash AS "contentHash", d.ingested_at AS "ingestedAt"`;

export async function listDocuments(sql: Sql, page: Page = {}): Promise<DocumentRecord[]> {
  const rows = await sql.query<Omit<DocumentRecord, 'ingestedAt'> & { ingestedAt: Date | string }>(
    // The page's ids first, from the (published, id) index: columns and counts for the skipped rows of a
    // deep offset would otherwise be computed and thrown away.
    `SELECT ${DOCUMENT_COLUMNS}, (SELECT count(*)::int FROM mentions mn WHERE mn.document_id = d.id) AS mentions
     FROM (SELECT id FROM documents ORDER BY published ASC NULLS LAST, id ASC ${pageClause(page)}) page
     JOIN documents d ON d.id = page.id
     ORDER BY d.published ASC NULLS LAST, d.id ASC`,
  );
  return rows.map((r) => ({ ...r, ingestedAt: new Date(r.ingestedAt).toISOString() }));
}

/** Title and text of several documents, in one query (ids that name no document are left out). */
export async function getDocumentTexts(sql: Sql, ids: number[]): Promise<DocumentText[]> {
  const stored = ids.filter(isStoredId);
  if (stored.length === 0) return [];
  return sql.query<DocumentText>('SELECT id, doc_key AS doc, title, text FROM documents WHERE id = ANY($1::int[])', [stored]);
}

export async function getDocument(sql: Sql, id: number): Promise<DocumentDetail | null> {
  if (!isStoredId(id)) return null;
  const [doc] = await sql.query<Omit<DocumentDetail, 'ingestedAt' | 'mentions'> & { ingestedAt: Date | string }>(
    `SELECT ${DOCUMENT_COLUMNS}, d.text, d.duplicate_of AS "duplicateOf" FROM documents d WHERE d.id = $1`,
    [id],
  );
  if (!doc) return null;
  const mentions = await sql.query<DocumentDetail['mentions'][number]>(
    'SELECT id AS "mentionId", meeting_id AS "meetingId", payload FROM mentions WHERE document_id = $1 ORDER BY mention_index',
    [id],
  );
  return { ...doc, ingestedAt: new Date(doc.ingestedAt).toISOString(), mentions };
}
