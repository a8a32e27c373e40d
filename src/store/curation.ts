/**
 * Curation: a person sets a meeting's value, merges two meetings or splits a mention off. Each is
 * stored with the stable keys of the mentions it concerns (document content hash + mention index),
 * so that after the meetings are recomputed (re-ingestion, rebuild) it is found again and re-applied.
 */
import type { Sql } from './db.ts';
import { checkSlotValue } from './curation-values.ts';
import { audit, foundMeeting, lockBodies, resolveAndWrite } from './meeting-writes.ts';
import { CurationError, isStoredId, type MergeInput, type SetSlotInput, type SplitInput } from './types.ts';

interface MentionKey {
  hash: string;
  index: number;
}

function checkId(id: unknown, what: string): number {
  if (!isStoredId(id)) throw new CurationError(`no ${what} ${String(id)}`, 'notFound');
  return id;
}

function checkAuthor(author: unknown): string {
  if (typeof author !== 'string' || !author.trim()) throw new CurationError('a curation needs an author');
  return author.trim();
}

/** Locks the bodies of the given meetings, then checks they still exist (another writer may have merged one away). */
async function lockMeetings(tx: Sql, ids: number[]): Promise<void> {
  const bodies = async () => tx.query<{ id: number; body: string }>('SELECT id, body FROM meetings WHERE id = ANY($1::int[])', [ids]);
  await lockBodies(tx, (await bodies()).map((r) => r.body));
  const found = new Set((await bodies()).map((r) => r.id));
  for (const id of ids) if (!found.has(id)) throw new CurationError(`no meeting ${id}`, 'notFound');
}

/** The stable keys of a meeting's mentions, with their current ids. */
async function mentionsOf(tx: Sql, meetingId: number): Promise<(MentionKey & { id: number })[]> {
  return tx.query<MentionKey & { id: number }>(
    `SELECT mn.id, d.content_hash AS hash, mn.mention_index AS index FROM mentions mn JOIN documents d ON d.id = mn.document_id
     WHERE mn.meeting_id = $1 ORDER BY mn.id`,
    [meetingId],
  );
}

const keyOf = ({ hash, index }: MentionKey): MentionKey => ({ hash, index });

async function keysOf(tx: Sql, meetingId: number): Promise<MentionKey[]> {
  return (await mentionsOf(tx, meetingId)).map(keyOf);
}

/** Stores a merge or a split with the keys of the mentions it concerns; returns its id. */
async function recordMove(
  tx: Sql,
  curation: { kind: 'merge' | 'split'; author: string; note: string | null; targetKeys: MentionKey[]; sourceKeys: MentionKey[]; meetingId: number },
): Promise<number> {
  const [{ id }] = await tx.query<{ id: number }>(
    `INSERT INTO curations (kind, author, note, target_keys, source_keys, meeting_id)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6) RETURNING id`,
    [curation.kind, curation.author, curation.note, JSON.stringify(curation.targetKeys), JSON.stringify(curation.sourceKeys), curation.meetingId],
  );
  return id;
}

/** The meeting holding most of the mentions named by these keys, or null when none is stored. */
async function meetingOfKeys(tx: Sql, keys: MentionKey[]): Promise<number | null> {
  const rows = await tx.query<{ id: number }>(
    `SELECT mn.meeting_id AS id FROM jsonb_to_recordset($1::jsonb) AS k(hash text, index int)
     JOIN documents d ON d.content_hash = k.hash
     JOIN mentions mn ON mn.document_id = d.id AND mn.mention_index = k.index
     WHERE mn.meeting_id IS NOT NULL GROUP BY mn.meeting_id ORDER BY count(*) DESC, min(mn.id) LIMIT 1`,
    [JSON.stringify(keys)],
  );
  return rows[0]?.id ?? null;
}

async function mentionOfKey(tx: Sql, key: MentionKey): Promise<{ id: number; meetingId: number } | null> {
  const rows = await tx.query<{ id: number; meetingId: number }>(
    `SELECT mn.id, mn.meeting_id AS "meetingId" FROM mentions mn JOIN documents d ON d.id = mn.document_id
     WHERE d.content_hash = $1 AND mn.mention_index = $2 AND mn.meeting_id IS NOT NULL`,
    [key.hash, key.index],
  );
  return rows[0] ?? null;
}

/** Moves every mention and value curation of `sourceId` to `targetId`, then drops the emptied meeting. */
async function absorb(tx: Sql, targetId: number, sourceId: number): Promise<void> {
  await tx.query('UPDATE mentions SET meeting_id = $1 WHERE meeting_id = $2', [targetId, sourceId]);
  await tx.query('UPDATE curations SET meeting_id = $1 WHERE meeting_id = $2', [targetId, sourceId]);
  await tx.query('DELETE FROM meetings WHERE id = $1', [sourceId]);
  await resolveAndWrite(tx, targetId);
}

/** Moves one mention into a meeting of its own; returns that meeting's id. */
async function detach(tx: Sql, meetingId: number, mentionId: number): Promise<number> {
  const [{ body }] = await tx.query<{ body: string }>('SELECT body FROM meetings WHERE id = $1', [meetingId]);
  const newId = await foundMeeting(tx, mentionId, body);
  await resolveAndWrite(tx, meetingId);
  return newId;
}

export async function setSlot(sql: Sql, input: SetSlotInput): Promise<number> {
  const meetingId = checkId(input.meetingId, 'meeting');
  const author = checkAuthor(input.author);
  const { slot, value } = checkSlotValue(input.slot, input.value);
  return sql.transaction(async (tx) => {
    await lockMeetings(tx, [meetingId]);
    const previous = await tx.query<{ value: unknown }>('SELECT value FROM meeting_values WHERE meeting_id = $1 AND slot = $2 AND resolved', [meetingId, slot]);
    const [curation] = await tx.query<{ id: number }>(
      `INSERT INTO curations (kind, author, note, slot, value, target_keys, meeting_id)
       VALUES ('set', $1, $2, $3, $4::jsonb, $5::jsonb, $6) RETURNING id`,
      [author, input.note ?? null, slot, JSON.stringify(value), JSON.stringify(await keysOf(tx, meetingId)), meetingId],
    );
    await resolveAndWrite(tx, meetingId);
    await audit(tx, { author, action: 'set', meetingId, detail: { curationId: curation.id, slot, value, previous: previous.map((p) => p.value), note: input.note ?? null } });
    return meetingId;
  });
}

export async function mergeMeetings(sql: Sql, input: MergeInput): Promise<number> {
  const targetId = checkId(input.targetId, 'meeting');
  const sourceId = checkId(input.sourceId, 'meeting');
  const author = checkAuthor(input.author);
  if (targetId === sourceId) throw new CurationError('a meeting cannot be merged with itself');
  return sql.transaction(async (tx) => {
    await lockMeetings(tx, [targetId, sourceId]);
    const note = input.note ?? null;
    const curationId = await recordMove(tx, {
      kind: 'merge',
      author,
      note,
      targetKeys: await keysOf(tx, targetId),
      sourceKeys: await keysOf(tx, sourceId),
      meetingId: targetId,
    });
    await absorb(tx, targetId, sourceId);
    await audit(tx, { author, action: 'merge', meetingId: targetId, detail: { curationId, absorbed: sourceId, note } });
    await audit(tx, { author, action: 'merge', meetingId: sourceId, detail: { curationId, mergedInto: targetId, note } });
    return targetId;
  });
}

export async function splitMention(sql: Sql, input: SplitInput): Promise<number> {
  const meetingId = checkId(input.meetingId, 'meeting');
  const mentionId = checkId(input.mentionId, 'mention');
  const author = checkAuthor(input.author);
  return sql.transaction(async (tx) => {
    await lockMeetings(tx, [meetingId]);
    const members = await mentionsOf(tx, meetingId);
    const mention = members.find((m) => m.id === mentionId);
    if (!mention) throw new CurationError(`mention ${mentionId} is not in meeting ${meetingId}`, 'notFound');
    if (members.length === 1) throw new CurationError(`mention ${mentionId} is the only mention of meeting ${meetingId}`);
    const note = input.note ?? null;
    const curationId = await recordMove(tx, {
      kind: 'split',
      author,
      note,
      targetKeys: members.filter((m) => m.id !== mentionId).map(keyOf),
      sourceKeys: [keyOf(mention)],
      meetingId,
    });
    const newId = await detach(tx, meetingId, mentionId);
    await audit(tx, { author, action: 'split', meetingId, detail: { curationId, mentionId, into: newId, note } });
    await audit(tx, { author, action: 'split', meetingId: newId, detail: { curationId, mentionId, from: meetingId, note } });
    return newId;
  });
}

interface PendingCuration {
  id: number;
  kind: 'set' | 'merge' | 'split';
  targetKeys: MentionKey[];
  sourceKeys: MentionKey[] | null;
}

/** Re-applies one curation to the recomputed meetings; false while the mentions it names are not stored. */
async function reapply(tx: Sql, c: PendingCuration): Promise<boolean> {
  let meetingId: number | null;
  if (c.kind === 'set') {
    meetingId = await meetingOfKeys(tx, c.targetKeys);
    if (meetingId === null) return false;
    await tx.query('UPDATE curations SET meeting_id = $1 WHERE id = $2', [meetingId, c.id]);
    await lockMeetings(tx, [meetingId]);
    await resolveAndWrite(tx, meetingId);
  } else if (c.kind === 'merge') {
    meetingId = await meetingOfKeys(tx, c.targetKeys);
    const sourceId = await meetingOfKeys(tx, c.sourceKeys ?? []);
    if (meetingId === null || sourceId === null) return false;
    if (sourceId !== meetingId) {
      await lockMeetings(tx, [meetingId, sourceId]);
      await absorb(tx, meetingId, sourceId);
    }
  } else {
    const mention = await mentionOfKey(tx, c.sourceKeys![0]);
    if (!mention) return false;
    meetingId = mention.meetingId;
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM mentions WHERE meeting_id = $1', [meetingId]);
    if (n > 1) {
      await lockMeetings(tx, [meetingId]);
      await detach(tx, meetingId, mention.id);
    }
  }
  await tx.query('UPDATE curations SET applied = true, meeting_id = $1 WHERE id = $2', [meetingId, c.id]);
  return true;
}

/** Re-applies, in the order they were made, the curations waiting for their mentions; returns how many were applied. */
export async function applyPendingCurations(sql: Sql): Promise<number> {
  const pending = await sql.query<PendingCuration>(
    'SELECT id, kind, target_keys AS "targetKeys", source_keys AS "sourceKeys" FROM curations WHERE NOT applied ORDER BY id',
  );
  let applied = 0;
  for (const c of pending) if (await sql.transaction((tx) => reapply(tx, c))) applied++;
  return applied;
}
