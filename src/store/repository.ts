/** The store: documents, their mentions and the meetings they merge into. Every query of the application lives here. */
import { createHash } from 'node:crypto';
import type { ExtractedDoc, MemberCount, Mention } from '../core/types.ts';
import type { Sql } from './db.ts';
import { matchScore, mergeSlots, slotsOf, type MeetingSlots } from './merge.ts';

export interface IngestResult {
  document: 'added' | 'unchanged';
  /** The document's id in the store (the existing one when unchanged). */
  documentId: number;
  mentions: number;
  meetingsCreated: number;
  meetingsJoined: number;
}

export interface MeetingMentionRef {
  doc: string;
  documentId: number;
  mentionId: number;
  role: string;
  date: string | null;
  city: string | null;
  status: string;
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

/** SHA-256 of the normalised text: the identity of a document's content. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

interface MeetingRow {
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
  payload: { chairs?: string[]; participants?: string[]; topics?: string[]; memberCount?: MemberCount | null };
}

const MEETING_COLUMNS = `m.id, m.body, m.level, m.date, m.date_precision AS "datePrecision", m.end_date AS "endDate",
  m.city, m.country, m.venue, m.lat, m.lon, m.status, m.payload`;

function rowSlots(row: MeetingRow): MeetingSlots {
  return {
    body: row.body,
    level: row.level,
    date: row.date,
    datePrecision: row.datePrecision,
    endDate: row.endDate,
    city: row.city,
    country: row.country,
    venue: row.venue,
    lat: row.lat,
    lon: row.lon,
    status: row.status,
    chairs: row.payload.chairs ?? [],
    participants: row.payload.participants ?? [],
    topics: row.payload.topics ?? [],
    memberCount: row.payload.memberCount ?? null,
  };
}

function slotParams(s: MeetingSlots): unknown[] {
  const payload = { chairs: s.chairs, participants: s.participants, topics: s.topics, memberCount: s.memberCount };
  return [s.body, s.level, s.date, s.datePrecision, s.endDate, s.city, s.country, s.venue, s.lat, s.lon, s.status, JSON.stringify(payload)];
}

export class Store {
  constructor(private readonly sql: Sql) {}

  /** Adds one extracted document and merges its mentions, all in one transaction. Idempotent by content hash. */
  async ingest(x: ExtractedDoc): Promise<IngestResult> {
    const hash = contentHash(x.doc.text);
    return this.sql.transaction(async (tx) => {
      const inserted = await tx.query<{ id: number }>(
        `INSERT INTO documents (doc_key, content_hash, url, title, lang, text, published, published_precision, published_source, crawl_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
        [
          x.doc.id,
          hash,
          x.doc.url ?? null,
          x.doc.title ?? null,
          x.lang,
          x.doc.text,
          x.published?.iso ?? null,
          x.published?.precision ?? null,
          x.published?.source ?? null,
          x.doc.crawlDate?.iso ?? null,
        ],
      );
      const documentId = inserted[0]?.id;
      if (documentId === undefined) {
        const existing = await tx.query<{ id: number }>('SELECT id FROM documents WHERE content_hash = $1', [hash]);
        return { document: 'unchanged', documentId: existing[0]?.id ?? 0, mentions: 0, meetingsCreated: 0, meetingsJoined: 0 };
      }
      // Serialise merging per body across processes; locks taken in one order so two documents cannot deadlock.
      const bodies = [...new Set(x.mentions.map((m) => String(m.body.value)))].sort();
      for (const body of bodies) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`chronicle:merge:${body}`]);
      let meetingsCreated = 0;
      let meetingsJoined = 0;
      for (const mention of x.mentions) {
        const mentionId = await this.insertMention(tx, documentId, mention);
        const slots = slotsOf(mention);
        const candidate = await this.findMeeting(tx, documentId, slots);
        let meetingId: number;
        if (candidate) {
          const merged = mergeSlots(rowSlots(candidate), slots);
          await tx.query(
            `UPDATE meetings SET body = $1, level = $2, date = $3, date_precision = $4, end_date = $5, city = $6, country = $7,
               venue = $8, lat = $9, lon = $10, status = $11, payload = $12::jsonb, updated_at = now() WHERE id = $13`,
            [...slotParams(merged), candidate.id],
          );
          meetingId = candidate.id;
          meetingsJoined++;
        } else {
          const created = await tx.query<{ id: number }>(
            `INSERT INTO meetings (body, level, date, date_precision, end_date, city, country, venue, lat, lon, status, payload)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb) RETURNING id`,
            slotParams(slots),
          );
          meetingId = created[0]!.id;
          meetingsCreated++;
        }
        await tx.query('INSERT INTO meeting_mentions (meeting_id, mention_id) VALUES ($1, $2)', [meetingId, mentionId]);
      }
      return { document: 'added', documentId, mentions: x.mentions.length, meetingsCreated, meetingsJoined };
    });
  }

  private async insertMention(tx: Sql, documentId: number, m: Mention): Promise<number> {
    const rows = await tx.query<{ id: number }>(
      `INSERT INTO mentions (document_id, mention_index, payload, body, level, date, date_precision, city, country)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        documentId,
        m.index,
        JSON.stringify(m),
        m.body.value,
        m.level.value,
        m.date?.value.iso ?? null,
        m.date?.value.precision ?? null,
        m.city?.value ?? null,
        m.country?.value ?? null,
      ],
    );
    return rows[0]!.id;
  }

  /** The best meeting of the same body a mention may join, never one this document already supports. */
  private async findMeeting(tx: Sql, documentId: number, mention: MeetingSlots): Promise<MeetingRow | undefined> {
    const rows = await tx.query<MeetingRow>(
      `SELECT ${MEETING_COLUMNS} FROM meetings m
       WHERE m.body = $1
         AND (($2::text IS NULL AND m.city = $3) OR ($2::text IS NOT NULL AND (m.date IS NULL OR substr(m.date, 1, 4) = substr($2::text, 1, 4))))
         AND NOT EXISTS (SELECT 1 FROM meeting_mentions mm JOIN mentions mn ON mn.id = mm.mention_id
                         WHERE mm.meeting_id = m.id AND mn.document_id = $4)
       ORDER BY m.id`,
      [mention.body, mention.date, mention.city, documentId],
    );
    let best: MeetingRow | undefined;
    let bestScore = -1;
    for (const row of rows) {
      const score = matchScore(rowSlots(row), mention);
      if (score !== null && score > bestScore) {
        best = row;
        bestScore = score;
      }
    }
    return best;
  }

  async listMeetings(filter: MeetingFilter = {}): Promise<MeetingRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.body) where.push(`m.body = ${param(filter.body)}`);
    if (filter.level) where.push(`m.level = ${param(filter.level)}`);
    if (filter.city) where.push(`lower(m.city) = lower(${param(filter.city)}::text)`);
    // Compared at the coarser of the two precisions: '2018-06' is within from=2018-06-15 and to=2018-06.
    const bound = (op: string, value: string) => {
      const p = param(value);
      const n = `least(length(m.date), length(${p}::text))`;
      return `left(m.date, ${n}) ${op} left(${p}::text, ${n})`;
    };
    if (filter.from) where.push(bound('>=', filter.from));
    if (filter.to) where.push(bound('<=', filter.to));
    const rows = await this.sql.query<MeetingRow>(
      `SELECT ${MEETING_COLUMNS} FROM meetings m ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY m.date ASC NULLS LAST, m.id ASC`,
      params,
    );
    return this.withMentions(rows);
  }

  async getMeeting(id: number): Promise<MeetingRecord | null> {
    if (!Number.isSafeInteger(id) || id < 1 || id > 2147483647) return null;
    const rows = await this.sql.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1`, [id]);
    return (await this.withMentions(rows))[0] ?? null;
  }

  private async withMentions(rows: MeetingRow[]): Promise<MeetingRecord[]> {
    if (rows.length === 0) return [];
    const refs = await this.sql.query<MeetingMentionRef & { meetingId: number }>(
      `SELECT mm.meeting_id AS "meetingId", d.doc_key AS doc, d.id AS "documentId", mn.id AS "mentionId",
              mn.payload->>'role' AS role, mn.date, mn.city, mn.payload->'status'->>'value' AS status
       FROM meeting_mentions mm
       JOIN mentions mn ON mn.id = mm.mention_id
       JOIN documents d ON d.id = mn.document_id
       WHERE mm.meeting_id = ANY($1::int[])
       ORDER BY d.published ASC NULLS LAST, d.id, mn.mention_index`,
      [rows.map((r) => r.id)],
    );
    const byMeeting = new Map<number, MeetingMentionRef[]>();
    for (const { meetingId, ...ref } of refs) {
      const list = byMeeting.get(meetingId) ?? [];
      list.push(ref);
      byMeeting.set(meetingId, list);
    }
    return rows.map((row) => {
      const s = rowSlots(row);
      return {
        id: row.id,
        body: s.body,
        level: s.level,
        date: s.date,
        datePrecision: s.datePrecision,
        endDate: s.endDate,
        city: s.city,
        country: s.country,
        venue: s.venue,
        lat: s.lat,
        lon: s.lon,
        status: s.status,
        chairs: s.chairs,
        participants: s.participants,
        topics: s.topics,
        memberCount: s.memberCount,
        mentions: byMeeting.get(row.id) ?? [],
      };
    });
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    const rows = await this.sql.query<Omit<DocumentRecord, 'ingestedAt'> & { ingestedAt: Date | string }>(
      `SELECT d.id, d.doc_key AS doc, d.url, d.title, d.lang, d.published, d.published_precision AS "publishedPrecision",
              d.crawl_date AS "crawlDate", d.content_hash AS "contentHash", d.ingested_at AS "ingestedAt",
              (SELECT count(*)::int FROM mentions mn WHERE mn.document_id = d.id) AS mentions
       FROM documents d ORDER BY d.published ASC NULLS LAST, d.id ASC`,
    );
    return rows.map((r) => ({ ...r, ingestedAt: new Date(r.ingestedAt).toISOString() }));
  }

  async counts(): Promise<StoreCounts> {
    const rows = await this.sql.query<StoreCounts>(
      `SELECT (SELECT count(*)::int FROM documents) AS documents,
              (SELECT count(*)::int FROM mentions) AS mentions,
              (SELECT count(*)::int FROM meetings) AS meetings`,
    );
    return rows[0]!;
  }

  /** Deletes every document, mention and meeting (the schema stays). */
  async clear(): Promise<void> {
    await this.sql.query('TRUNCATE meeting_mentions, meetings, mentions, documents RESTART IDENTITY CASCADE');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
