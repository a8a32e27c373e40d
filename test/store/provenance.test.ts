// Near-copies, provenance of every value, conflicts, curations that survive recomputation, filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CurationError, type MeetingDetail, type Store } from '../../src/store/index.ts';
import { onBothDatabases } from './backends.ts';
import { BRUSSELS_MINISTERIAL, NATO_SUMMIT, PARIS_ANNOUNCED, PARIS_HELD, PARIS_HELD_COPY, RABAT_EN, RABAT_FR, SKHIRAT_EN, extracted } from './fixtures.ts';

async function onlyMeeting(store: Store): Promise<MeetingDetail> {
  const meetings = await store.listMeetings();
  assert.equal(meetings.length, 1);
  return (await store.getMeetingDetail(meetings[0].id))!;
}

/** A meeting's resolved values, by the documents supporting it: what must survive recomputation. */
async function snapshot(store: Store) {
  const meetings = await store.listMeetings();
  return meetings
    .map((m) => ({ docs: m.mentions.map((x) => x.doc).sort(), level: m.level, date: m.date, city: m.city, chairs: m.chairs, memberCount: m.memberCount }))
    .sort((a, b) => a.docs.join().localeCompare(b.docs.join()));
}

async function rejectsWith(promise: Promise<unknown>, kind: 'notFound' | 'invalid', message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof CurationError && error.kind === kind && message.test(error.message));
}

onBothDatabases('provenance', (store) => {
  test('a syndicated copy is linked to its original and is not an independent source', async () => {
    const original = await store().ingest(extracted(PARIS_HELD));
    const copy = await store().ingest(extracted(PARIS_HELD_COPY));
    assert.equal(original.duplicateOf, null);
    assert.equal(copy.duplicateOf, original.documentId);
    assert.equal(copy.meetingsJoined, 1);
    assert.equal((await store().getDocument(copy.documentId))!.duplicateOf, original.documentId);

    const m = await onlyMeeting(store());
    assert.deepEqual(
      m.mentions.map((x) => [x.doc, x.independent]),
      [
        ['en-paris-held.txt', true],
        ['wire-paris-held.txt', false],
      ],
    );
    assert.deepEqual(
      m.values.city.sources.map((s) => [s.doc, s.independent]),
      [
        ['en-paris-held.txt', true],
        ['wire-paris-held.txt', false],
      ],
    );
    assert.equal((await store().ingest(extracted(PARIS_HELD_COPY))).document, 'unchanged');
    assert.deepEqual(await store().counts(), { documents: 2, mentions: 2, meetings: 1 });
  });

  test('reports from Skhirat and nearby Rabat, in two languages, make one meeting; the city conflict lists both', async () => {
    for (const raw of [SKHIRAT_EN, RABAT_FR, RABAT_EN]) await store().ingest(extracted(raw));
    const m = await onlyMeeting(store());
    assert.equal(m.date, '2018-06-26');
    assert.equal(m.level, 'political_directors');
    assert.equal(m.city, 'Rabat', 'two independent sources against one');
    assert.equal(m.country, 'MA');
    const byDoc = new Map(m.mentions.map((x) => [x.doc, x.mentionId]));
    const conflict = m.conflicts.find((c) => c.slot === 'city')!;
    assert.deepEqual(conflict.values, [
      { value: 'Rabat', mentionIds: [byDoc.get('fr-rabat.txt'), byDoc.get('en-rabat.txt')] },
      { value: 'Skhirat', mentionIds: [byDoc.get('en-skhirat.txt')] },
    ]);
    assert.deepEqual(m.topics, ['stabilization', 'foreign_fighters']);
    assert.deepEqual((await store().listMeetings())[0].conflicts, m.conflicts, 'the list carries the conflicts too');
  });

  test('every value knows its documents, evidence offsets, rule and confidence', async () => {
    await store().ingest(extracted(PARIS_ANNOUNCED));
    const held = await store().ingest(extracted(PARIS_HELD));
    const m = await onlyMeeting(store());
    assert.equal(m.date, '2018-06-28');
    const texts = new Map<number, string>();
    for (const x of m.mentions) texts.set(x.documentId, (await store().getDocument(x.documentId))!.text);
    for (const [slot, value] of Object.entries(m.values)) {
      for (const source of value.sources) {
        assert.ok(source.evidence, `${slot} from ${source.doc} has evidence`);
        assert.equal(texts.get(source.documentId)!.slice(source.evidence.start, source.evidence.end), source.evidence.text, `${slot} offsets`);
        assert.ok(source.rule && source.confidence! > 0 && source.confidence! <= 1);
      }
    }
    assert.deepEqual(m.values.date.sources.map((s) => s.documentId), [held.documentId], 'only the report gives the day');
    assert.equal(m.values.chairs.items!.length, 1);
    assert.deepEqual(m.values.chairs.items![0].sources.map((s) => s.doc).sort(), ['en-paris-held.txt', 'fr-paris-annonce.txt']);
    assert.ok(m.dateReasons.some((r) => r.includes('June 28, 2018')));
    const doc = (await store().getDocument(held.documentId))!;
    assert.deepEqual(doc.mentions.map((x) => x.meetingId), [m.id]);
  });

  test('curation: a set value wins and keeps the conflict visible; merge and split; typed errors', async () => {
    for (const raw of [SKHIRAT_EN, RABAT_FR, RABAT_EN, NATO_SUMMIT, BRUSSELS_MINISTERIAL]) await store().ingest(extracted(raw));
    const [brussels, rabat, nato] = await store().listMeetings();
    assert.deepEqual([brussels.city, rabat.city, nato.body], ['Brussels', 'Rabat', 'nato']);

    await store().setSlot({ meetingId: rabat.id, slot: 'city', value: 'Skhirat', author: 'ana', note: 'the conference centre is in Skhirat' });
    const curated = (await store().getMeetingDetail(rabat.id))!;
    assert.equal(curated.city, 'Skhirat');
    assert.deepEqual(curated.values.city.curated && { ...curated.values.city.curated, at: 'x' }, { author: 'ana', at: 'x', note: 'the conference centre is in Skhirat' });
    assert.deepEqual(curated.values.city.sources.map((s) => s.doc), ['en-skhirat.txt']);
    assert.ok(curated.conflicts.some((c) => c.slot === 'city'));
    assert.equal(curated.audit.at(-1)!.action, 'set');
    assert.deepEqual(curated.audit.at(-1)!.detail, { curationId: 1, slot: 'city', value: 'Skhirat', previous: ['Rabat'], note: 'the conference centre is in Skhirat' });

    assert.equal(await store().mergeMeetings({ targetId: nato.id, sourceId: brussels.id, author: 'ana' }), nato.id);
    assert.equal(await store().getMeeting(brussels.id), null);
    assert.equal((await store().getMeeting(nato.id))!.mentions.length, 2);

    const mentionId = (await store().getMeeting(rabat.id))!.mentions.find((x) => x.doc === 'en-skhirat.txt')!.mentionId;
    const newId = await store().splitMention({ meetingId: rabat.id, mentionId, author: 'ana' });
    assert.deepEqual((await store().getMeeting(newId))!.mentions.map((x) => x.doc), ['en-skhirat.txt']);
    assert.deepEqual((await store().getMeeting(rabat.id))!.mentions.map((x) => x.doc), ['fr-rabat.txt', 'en-rabat.txt']);
    assert.equal((await store().getMeeting(rabat.id))!.city, 'Skhirat', 'the curated value stays with the meeting');
    assert.deepEqual((await store().auditLog(newId)).map((e) => e.action), ['split']);

    await rejectsWith(store().setSlot({ meetingId: 999999, slot: 'city', value: 'Paris', author: 'ana' }), 'notFound', /no meeting/);
    await rejectsWith(store().setSlot({ meetingId: rabat.id, slot: 'colour', value: 'red', author: 'ana' }), 'invalid', /unknown slot/);
    await rejectsWith(store().setSlot({ meetingId: rabat.id, slot: 'date', value: '2018-02-30', author: 'ana' }), 'invalid', /ISO date/);
    await rejectsWith(store().setSlot({ meetingId: rabat.id, slot: 'level', value: 'party', author: 'ana' }), 'invalid', /level must be one of/);
    await rejectsWith(store().setSlot({ meetingId: rabat.id, slot: 'city', value: 'Rabat', author: ' ' }), 'invalid', /author/);
    await rejectsWith(store().mergeMeetings({ targetId: nato.id, sourceId: nato.id, author: 'ana' }), 'invalid', /itself/);
    await rejectsWith(store().splitMention({ meetingId: newId, mentionId, author: 'ana' }), 'invalid', /only mention/);
    await rejectsWith(store().splitMention({ meetingId: nato.id, mentionId, author: 'ana' }), 'notFound', /not in meeting/);
  });

  test('curations survive recomputing the meetings and re-ingesting every document', async () => {
    const raws = [SKHIRAT_EN, RABAT_FR, RABAT_EN, NATO_SUMMIT, BRUSSELS_MINISTERIAL, PARIS_ANNOUNCED, PARIS_HELD];
    for (const raw of raws) await store().ingest(extracted(raw));
    const [brussels, rabat, paris, nato] = await store().listMeetings();
    assert.deepEqual([brussels.city, rabat.city, paris.city, nato.body], ['Brussels', 'Rabat', 'Paris', 'nato']);
    await store().setSlot({ meetingId: rabat.id, slot: 'memberCount', value: { value: 20, qualifier: 'about' }, author: 'ana' });
    await store().mergeMeetings({ targetId: nato.id, sourceId: brussels.id, author: 'ana' });
    const announced = paris.mentions.find((x) => x.doc === 'fr-paris-annonce.txt')!;
    const split = await store().splitMention({ meetingId: paris.id, mentionId: announced.mentionId, author: 'ana' });
    await store().setSlot({ meetingId: split, slot: 'chairs', value: ['Laurent Fabius'], author: 'ana' });
    const curated = await snapshot(store());
    assert.equal(curated.length, 4);

    assert.equal(await store().recomputeMeetings(), 4);
    assert.deepEqual(await snapshot(store()), curated);

    await store().dropDocuments();
    assert.deepEqual(await store().counts(), { documents: 0, mentions: 0, meetings: 0 });
    for (const raw of [...raws].reverse()) await store().ingest(extracted(raw));
    assert.equal(await store().applyPendingCurations(), 4);
    assert.deepEqual(await snapshot(store()), curated);
    assert.equal(await store().applyPendingCurations(), 0, 'nothing left to re-apply');
  });

  test('filters, paging and counts', async () => {
    for (const raw of [SKHIRAT_EN, RABAT_FR, RABAT_EN, NATO_SUMMIT, BRUSSELS_MINISTERIAL, PARIS_HELD]) await store().ingest(extracted(raw));
    const ids = async (filter: Parameters<Store['listMeetings']>[0]) => (await store().listMeetings(filter)).map((m) => m.city);
    assert.deepEqual(await ids({ country: 'ma' }), ['Rabat']);
    assert.deepEqual(await ids({ topic: 'foreign_fighters' }), ['Rabat', 'Paris']);
    assert.deepEqual(await ids({ participant: 'Jean-Yves Le Drian' }), ['Paris']);
    assert.deepEqual(await ids({ status: 'planned' }), []);
    assert.deepEqual(await ids({ q: 'skhirat' }), ['Rabat'], 'free text reaches the supporting documents');
    assert.deepEqual(await ids({ q: 'stoltenberg brussels' }), ['Brussels']);
    assert.deepEqual(await ids({ limit: 2, offset: 1 }), ['Rabat', 'Paris']);
    assert.equal(await store().countMeetings(), 4);
    assert.equal(await store().countMeetings({ body: 'coalition', from: '2018' }), 2);
    assert.deepEqual((await store().listDocuments({ limit: 2 })).map((d) => d.doc), ['fr-bruxelles-ministerielle.txt', 'en-skhirat.txt']);
    assert.equal(await store().getDocument(999999), null);
    assert.equal(await store().getMeetingDetail(999999), null);
  });
});
