/** Recomputing every meeting from the stored mentions, then re-applying the curations. */
import type { Mention } from '../core/types.ts';
import type { Sql } from './db.ts';
import { applyPendingCurations } from './curation.ts';
import { findOriginal, placeMention } from './ingest.ts';
import { lockBodies } from './meeting-writes.ts';
import { lshBands, minhash } from './minhash.ts';
import { mentionSlots, type MentionSlots } from './resolve.ts';

const BATCH = 500;

/** Stores written before v2 lack signatures and slot readings: fill them in from the stored text and payloads. */
async function fillLegacyColumns(tx: Sql): Promise<void> {
  const docs = await tx.query<{ id: number; text: string }>('SELECT id, text FROM documents WHERE minhash IS NULL ORDER BY id');
  // In id order: each document's signature is stored before later ones look for their original, as at ingestion.
  for (const d of docs) {
    const signature = minhash(d.text);
    const bands = lshBands(signature);
    const original = await findOriginal(tx, d.id, signature, bands);
    await tx.query('UPDATE documents SET minhash = $1::int[], lsh = $2::int[], duplicate_of = $3 WHERE id = $4', [signature, bands, original, d.id]);
  }
  const mentions = await tx.query<{ id: number; payload: Mention }>('SELECT id, payload FROM mentions WHERE slots IS NULL');
  for (const m of mentions) await tx.query('UPDATE mentions SET slots = $1::jsonb WHERE id = $2', [JSON.stringify(mentionSlots(m.payload)), m.id]);
}

/**
 * Drops every meeting, merges all stored mentions again in ingestion order and re-applies the
 * curations, in one transaction with every merge lock held: readers see the old meetings or the new.
 * Returns the number of meetings.
 */
export async function recomputeMeetings(sql: Sql): Promise<number> {
  await sql.transaction(async (tx) => {
    const bodies = await tx.query<{ body: string }>('SELECT DISTINCT body FROM mentions');
    await lockBodies(tx, bodies.map((b) => b.body));
    await fillLegacyColumns(tx);
    await tx.query('UPDATE curations SET applied = false, meeting_id = NULL');
    await tx.query('UPDATE mentions SET meeting_id = NULL');
    await tx.query('DELETE FROM meetings');
    for (let after = { doc: 0, index: -1 }; ; ) {
      const batch = await tx.query<{ id: number; documentId: number; index: number; doc: string; slots: MentionSlots }>(
        `SELECT mn.id, mn.document_id AS "documentId", mn.mention_index AS index, d.doc_key AS doc, mn.slots
         FROM mentions mn JOIN documents d ON d.id = mn.document_id
         WHERE (mn.document_id, mn.mention_index) > ($1, $2) ORDER BY mn.document_id, mn.mention_index LIMIT ${BATCH}`,
        [after.doc, after.index],
      );
      for (const m of batch) await placeMention(tx, m, true);
      if (batch.length < BATCH) break;
      const last = batch[batch.length - 1];
      after = { doc: last.documentId, index: last.index };
    }
    await applyPendingCurations(tx);
    await tx.query("DELETE FROM store_flags WHERE name = 'recompute_meetings'");
  });
  const [{ n }] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM meetings');
  return n;
}

/** Deletes documents, mentions and meetings before they are ingested again; curations wait to be re-applied, the audit log stays. */
export async function dropDocuments(sql: Sql): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query('UPDATE curations SET applied = false, meeting_id = NULL');
    await tx.query('DELETE FROM meetings');
    await tx.query('DELETE FROM documents');
  });
}

/** Runs work a migration left for the store (see store_flags). */
export async function runStoreFlags(sql: Sql): Promise<void> {
  const flags = await sql.query<{ name: string }>("SELECT name FROM store_flags WHERE name = 'recompute_meetings'");
  if (flags.length > 0) await recomputeMeetings(sql);
}
