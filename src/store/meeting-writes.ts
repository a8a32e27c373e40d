/** Writing a meeting: resolve it from its mentions and curations, store its values, provenance and conflicts. */
import { fold } from '../core/text.ts';
import type { Sql } from './db.ts';
import { meetingWindow } from './merge.ts';
import { resolveMeeting, type Resolution, type SupportingMention } from './resolve.ts';

export const SYSTEM_AUTHOR = 'chronicle';

/**
 * Serialises merging per body across processes (transaction-level advisory locks, released at
 * commit). Taken in sorted order, after any near-duplicate band locks, so two writers cannot deadlock.
 */
export async function lockBodies(tx: Sql, bodies: Iterable<string>): Promise<void> {
  for (const body of [...new Set(bodies)].sort()) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`chronicle:merge:${body}`]);
}

export async function audit(tx: Sql, entry: { author: string; action: string; meetingId: number | null; detail: unknown }): Promise<void> {
  await tx.query('INSERT INTO audit_log (author, action, meeting_id, detail) VALUES ($1, $2, $3, $4::jsonb)', [
    entry.author,
    entry.action,
    entry.meetingId,
    JSON.stringify(entry.detail),
  ]);
}

interface SupportRow extends SupportingMention {
  doc: string;
  title: string | null;
}

async function loadSupport(tx: Sql, meetingId: number): Promise<SupportRow[]> {
  return tx.query<SupportRow>(
    `SELECT mn.id AS "mentionId", mn.document_id AS "documentId", coalesce(d.duplicate_of, d.id) AS "group",
            d.published, mn.slots, d.doc_key AS doc, d.title
     FROM mentions mn JOIN documents d ON d.id = mn.document_id
     WHERE mn.meeting_id = $1 ORDER BY d.published ASC NULLS LAST, d.content_hash, mn.mention_index`,
    [meetingId],
  );
}

function searchText(r: Resolution, support: SupportRow[]): string {
  const m = r.meeting;
  const words = [m.body, m.level, m.city, m.country, m.venue, m.status, ...m.chairs, ...m.participants, ...m.topics];
  for (const s of support) words.push(s.doc, s.title);
  return fold(words.filter(Boolean).join(' '));
}

/** Recomputes a meeting from its mentions and its curations; deletes it when nothing supports it any more. */
export async function resolveAndWrite(tx: Sql, meetingId: number): Promise<Resolution | null> {
  const support = await loadSupport(tx, meetingId);
  const curated = await tx.query<{ slot: string; value: unknown }>(
    "SELECT slot, value FROM curations WHERE meeting_id = $1 AND kind = 'set' ORDER BY id",
    [meetingId],
  );
  if (support.length === 0 && curated.length === 0) {
    await tx.query('DELETE FROM meetings WHERE id = $1', [meetingId]);
    return null;
  }
  const r = resolveMeeting(support, curated);
  const m = r.meeting;
  const window = meetingWindow(m.date, m.endDate);
  const payload = { chairs: m.chairs, participants: m.participants, topics: m.topics, memberCount: m.memberCount };
  await tx.query(
    `UPDATE meetings SET body = $2, level = $3, date = $4, date_precision = $5, end_date = $6, city = $7, country = $8,
       venue = $9, lat = $10, lon = $11, status = $12, format = $13, payload = $14::jsonb, date_lo = $15, date_hi = $16,
       conflicts = $17::jsonb, date_reasons = $18::jsonb, search_text = $19, updated_at = now()
     WHERE id = $1`,
    [
      meetingId, m.body, m.level, m.date, m.datePrecision, m.endDate, m.city, m.country, m.venue, m.lat, m.lon, m.status, m.format,
      JSON.stringify(payload), window?.lo ?? null, window?.hi ?? null, JSON.stringify(r.conflicts), JSON.stringify(r.dateReasons),
      searchText(r, support),
    ],
  );
  await tx.query('DELETE FROM meeting_values WHERE meeting_id = $1', [meetingId]);
  await tx.query(
    `INSERT INTO meeting_values (meeting_id, slot, value, mention_ids, resolved)
     SELECT $1, v.slot, v.value, ARRAY(SELECT jsonb_array_elements_text(v."mentionIds")::int), v.resolved
     FROM jsonb_to_recordset($2::jsonb) AS v(slot text, value jsonb, "mentionIds" jsonb, resolved boolean)`,
    [meetingId, JSON.stringify(r.values)],
  );
  return r;
}

/** A new meeting founded by one mention. */
export async function foundMeeting(tx: Sql, mentionId: number, body: string): Promise<number> {
  const rows = await tx.query<{ id: number }>("INSERT INTO meetings (body, level, status) VALUES ($1, 'other', 'held') RETURNING id", [body]);
  const meetingId = rows[0]!.id;
  await tx.query('UPDATE mentions SET meeting_id = $1 WHERE id = $2', [meetingId, mentionId]);
  await resolveAndWrite(tx, meetingId);
  return meetingId;
}
