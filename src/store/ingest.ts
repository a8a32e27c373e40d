/** Ingestion: store a document once, link it to the document it copies, and merge each of its mentions. */
import { createHash } from 'node:crypto';
import type { ExtractedDoc } from '../core/types.ts';
import type { Sql } from './db.ts';
import { bestMatch, mentionWindow, nearbyCities, type MatchView } from './merge.ts';
import { audit, foundMeeting, lockBodies, resolveAndWrite, SYSTEM_AUTHOR } from './meeting-writes.ts';
import { lshBands, minhash, NEAR_DUPLICATE_JACCARD, similarity } from './minhash.ts';
import { mentionSlots, type MentionSlots } from './resolve.ts';
import type { IngestResult } from './types.ts';

/** SHA-256 of the normalised text: the identity of a document's content. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

/** Advisory-lock class of LSH bands (two-integer keys, a key space apart from the body locks). */
const BAND_LOCK_CLASS = 7_301;

/**
 * The original of the stored document closest to a signature among those at least NEAR_DUPLICATE_JACCARD
 * alike (that document itself, or the one it copies), or null when none is: how a near-copy finds its group.
 */
export async function findOriginal(tx: Sql, documentId: number, signature: number[], bands: number[]): Promise<number | null> {
  const rows = await tx.query<{ id: number; minhash: number[]; duplicateOf: number | null }>(
    'SELECT id, minhash, duplicate_of AS "duplicateOf" FROM documents WHERE lsh && $1::int[] AND id <> $2 ORDER BY id',
    [bands, documentId],
  );
  let best: { id: number; score: number } | undefined;
  for (const row of rows) {
    const score = similarity(signature, row.minhash);
    if (score >= NEAR_DUPLICATE_JACCARD && (!best || score > best.score)) best = { id: row.duplicateOf ?? row.id, score };
  }
  return best?.id ?? null;
}

/**
 * Finds the earlier document this one copies. Locks its LSH bands first, so two near-copies
 * ingested at once are examined one after the other and the second sees the first.
 */
async function linkNearDuplicate(tx: Sql, documentId: number, signature: number[], bands: number[]): Promise<number | null> {
  await tx.query(
    'SELECT pg_advisory_xact_lock($1, b) FROM (SELECT DISTINCT b FROM unnest($2::int[]) AS b ORDER BY b) AS sorted',
    [BAND_LOCK_CLASS, bands],
  );
  const original = await findOriginal(tx, documentId, signature, bands);
  if (original !== null) await tx.query('UPDATE documents SET duplicate_of = $1 WHERE id = $2', [original, documentId]);
  return original;
}

function matchViewOf(s: MentionSlots): MatchView {
  const one = (slot: keyof MentionSlots['readings']) => (s.readings[slot]?.[0]?.value ?? null) as string | null;
  return {
    body: String(one('body')),
    level: one('level') ?? 'other',
    date: one('date'),
    endDate: one('endDate'),
    city: one('city'),
    country: one('country'),
    lat: s.coordinates?.lat ?? null,
    lon: s.coordinates?.lon ?? null,
    format: one('format'),
    chairs: (s.readings.chairs ?? []).map((r) => String(r.value)),
  };
}

type CandidateRow = MatchView & { id: number };

/**
 * Meetings a mention may join, by an indexed query: same body, and either a date window overlapping
 * the mention's (meetings(body, date_lo); no meeting's window is longer than a year, so date_lo is
 * bounded on both sides) or, when one side is undated, a city within NEARBY_KM (meetings(body, city)).
 * Never a meeting this document already supports. $1 body, $2..$3 the mention's window, $4 nearby
 * city names, $5 the document.
 */
export const CANDIDATES_SQL = `SELECT m.id, m.body, m.level, m.date, m.end_date AS "endDate", m.city, m.country, m.lat, m.lon, m.format,
       coalesce(m.payload->'chairs', '[]'::jsonb) AS chairs
FROM meetings m
WHERE m.body = $1
  AND (($2::date IS NOT NULL AND m.date_lo BETWEEN $2::date - 370 AND $3::date AND m.date_hi >= $2::date)
    OR ($4::text[] IS NOT NULL AND m.city = ANY($4::text[]) AND ($2::date IS NULL OR m.date_lo IS NULL)))
  AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.meeting_id = m.id AND o.document_id = $5)`;

async function candidates(tx: Sql, view: MatchView, documentId: number): Promise<CandidateRow[]> {
  const window = mentionWindow(view.date, view.endDate);
  return tx.query<CandidateRow>(CANDIDATES_SQL, [view.body, window?.lo ?? null, window?.hi ?? null, view.city ? nearbyCities(view.city) : null, documentId]);
}

/** Puts one stored mention into the best meeting it fits, or founds one; logs it unless `quiet` (recomputation). */
export async function placeMention(
  tx: Sql,
  mention: { id: number; documentId: number; doc: string; slots: MentionSlots },
  quiet = false,
): Promise<{ meetingId: number; joined: boolean }> {
  const view = matchViewOf(mention.slots);
  const best = bestMatch(await candidates(tx, view, mention.documentId), view);
  let meetingId: number;
  if (best) {
    meetingId = best.meeting.id;
    await tx.query('UPDATE mentions SET meeting_id = $1 WHERE id = $2', [meetingId, mention.id]);
    await resolveAndWrite(tx, meetingId);
  } else {
    meetingId = await foundMeeting(tx, mention.id, view.body);
  }
  if (!quiet) await audit(tx, {
    author: SYSTEM_AUTHOR,
    action: 'ingest',
    meetingId,
    detail: { doc: mention.doc, documentId: mention.documentId, mentionId: mention.id, joined: best !== undefined, score: best?.score ?? null },
  });
  return { meetingId, joined: best !== undefined };
}

/** Adds one extracted document and merges its mentions, in the caller's transaction. Idempotent by content hash. */
export async function ingestDocument(tx: Sql, x: ExtractedDoc): Promise<IngestResult> {
  const hash = contentHash(x.doc.text);
  const signature = minhash(x.doc.text);
  const bands = lshBands(signature);
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO documents (doc_key, content_hash, url, title, lang, text, published, published_precision, published_source, crawl_date, minhash, lsh)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::int[], $12::int[])
     ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    [
      x.doc.id, hash, x.doc.url ?? null, x.doc.title ?? null, x.lang, x.doc.text, x.published?.iso ?? null,
      x.published?.precision ?? null, x.published?.source ?? null, x.doc.crawlDate?.iso ?? null, signature, bands,
    ],
  );
  const documentId = inserted[0]?.id;
  if (documentId === undefined) {
    const existing = await tx.query<{ id: number; duplicateOf: number | null }>(
      'SELECT id, duplicate_of AS "duplicateOf" FROM documents WHERE content_hash = $1',
      [hash],
    );
    return { document: 'unchanged', documentId: existing[0]?.id ?? 0, mentions: 0, meetingsCreated: 0, meetingsJoined: 0, duplicateOf: existing[0]?.duplicateOf ?? null };
  }
  const duplicateOf = await linkNearDuplicate(tx, documentId, signature, bands);
  await lockBodies(tx, x.mentions.map((m) => String(m.body.value)));
  let meetingsCreated = 0;
  let meetingsJoined = 0;
  for (const mention of x.mentions) {
    const slots = mentionSlots(mention);
    const rows = await tx.query<{ id: number }>(
      `INSERT INTO mentions (document_id, mention_index, payload, slots, body, level, date, date_precision, city, country)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        documentId, mention.index, JSON.stringify(mention), JSON.stringify(slots), mention.body.value, mention.level.value,
        mention.date?.value.iso ?? null, mention.date?.value.precision ?? null, mention.city?.value ?? null, mention.country?.value ?? null,
      ],
    );
    const placed = await placeMention(tx, { id: rows[0]!.id, documentId, doc: x.doc.id, slots });
    if (placed.joined) meetingsJoined++;
    else meetingsCreated++;
  }
  return { document: 'added', documentId, mentions: x.mentions.length, meetingsCreated, meetingsJoined, duplicateOf };
}
