import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveMeeting, type MentionSlots, type SupportingMention } from '../../src/store/resolve.ts';

let nextId = 1;

/** A mention giving these values, each read with confidence 0.8 (or as given). */
function mention(values: Record<string, unknown>, source: { group?: number; published?: string; confidence?: number } = {}): SupportingMention {
  const mentionId = nextId++;
  const readings: MentionSlots['readings'] = {};
  for (const [slot, value] of Object.entries(values)) {
    const list = Array.isArray(value) ? value : [value];
    (readings as Record<string, unknown>)[slot] = list.map((v) => ({ value: v, confidence: source.confidence ?? 0.8, evidence: null, rule: null }));
  }
  return {
    mentionId,
    documentId: mentionId,
    group: source.group ?? mentionId,
    published: source.published ?? null,
    slots: { readings, dateReasons: [`reasons of ${mentionId}`], coordinates: null },
  };
}

const base = { body: 'coalition', level: 'ministerial', status: 'held' };

test('a coarse date supports the precise one, which the meeting takes', () => {
  const coarse = mention({ ...base, date: '2018-06' });
  const precise = mention({ ...base, date: '2018-06-26' });
  const r = resolveMeeting([coarse, precise]);
  assert.equal(r.meeting.date, '2018-06-26');
  assert.equal(r.meeting.datePrecision, 'day');
  assert.deepEqual(r.conflicts, [], 'a refinement is not a conflict');
  assert.deepEqual(r.dateReasons, [`reasons of ${precise.mentionId}`]);
});

test('the day with more independent sources wins, and the disagreement stays visible', () => {
  const a = mention({ ...base, date: '2018-06-26' });
  const b = mention({ ...base, date: '2018-06-27' });
  const c = mention({ ...base, date: '2018-06' });
  const d = mention({ ...base, date: '2018-06-27' });
  const r = resolveMeeting([a, b, c, d]);
  assert.equal(r.meeting.date, '2018-06-27');
  const conflict = r.conflicts.find((x) => x.slot === 'date')!;
  assert.deepEqual(
    conflict.values.map((v) => [v.value, v.mentionIds]),
    [
      ['2018-06-27', [b.mentionId, d.mentionId]],
      ['2018-06-26', [a.mentionId]],
      ['2018-06', [c.mentionId]],
    ],
  );
});

test('near-copies count once: two independent sources outweigh three copies of one', () => {
  const original = mention({ ...base, city: 'Rabat' }, { group: 100 });
  const copy1 = mention({ ...base, city: 'Rabat' }, { group: 100 });
  const copy2 = mention({ ...base, city: 'Rabat' }, { group: 100 });
  const other1 = mention({ ...base, city: 'Skhirat' });
  const other2 = mention({ ...base, city: 'Skhirat' });
  const r = resolveMeeting([original, copy1, copy2, other1, other2]);
  assert.equal(r.meeting.city, 'Skhirat');
  assert.deepEqual(r.conflicts.find((c) => c.slot === 'city')?.values.map((v) => v.value), ['Skhirat', 'Rabat']);
  const rabat = r.values.find((v) => v.slot === 'city' && v.value === 'Rabat')!;
  assert.deepEqual(rabat.mentionIds, [original.mentionId, copy1.mentionId, copy2.mentionId]);
  assert.equal(rabat.resolved, false);
});

test('on equal support the higher confidence wins; a named level beats "other"', () => {
  const low = mention({ ...base, level: 'other', venue: 'Quai d’Orsay' }, { confidence: 0.5 });
  const high = mention({ ...base, level: 'political_directors', venue: 'Lancaster House' }, { confidence: 0.9 });
  const r = resolveMeeting([low, high]);
  assert.equal(r.meeting.venue, 'Lancaster House');
  assert.equal(r.meeting.level, 'political_directors');
  assert.equal(r.conflicts.find((c) => c.slot === 'level'), undefined, '"other" does not disagree');
});

test('status: held once any source reports it held; otherwise the latest report', () => {
  const planned = mention({ ...base, status: 'planned' }, { published: '2018-06-01' });
  const postponed = mention({ ...base, status: 'postponed' }, { published: '2018-06-20' });
  assert.equal(resolveMeeting([postponed, planned]).meeting.status, 'postponed');
  const held = mention({ ...base, status: 'held' }, { published: '2018-06-10' });
  assert.equal(resolveMeeting([planned, postponed, held]).meeting.status, 'held');
});

test('list slots are the union, most supported first', () => {
  const a = mention({ ...base, chairs: ['John Kerry'], topics: ['military'] });
  const b = mention({ ...base, chairs: ['Haider al-Abadi', 'John Kerry'], topics: ['stabilization', 'military'] });
  const r = resolveMeeting([a, b]);
  assert.deepEqual(r.meeting.chairs, ['John Kerry', 'Haider al-Abadi']);
  assert.deepEqual(r.meeting.topics, ['military', 'stabilization']);
});

test('a curated value always wins, and conflicts stay listed', () => {
  const a = mention({ ...base, city: 'Rabat' });
  const b = mention({ ...base, city: 'Skhirat' });
  const c = mention({ ...base, city: 'Skhirat' });
  const r = resolveMeeting([a, b, c], [
    { slot: 'city', value: 'Casablanca' },
    { slot: 'city', value: 'Rabat' },
    { slot: 'chairs', value: ['Nasser Bourita'] },
  ]);
  assert.equal(r.meeting.city, 'Rabat', 'the latest curation of a slot');
  assert.ok(r.meeting.lat !== null, 'coordinates follow the curated city');
  assert.deepEqual(r.meeting.chairs, ['Nasser Bourita']);
  assert.ok(r.conflicts.some((x) => x.slot === 'city'));
  assert.deepEqual(
    r.values.filter((v) => v.slot === 'city' && v.resolved).map((v) => [v.value, v.mentionIds]),
    [['Rabat', [a.mentionId]]],
  );
});
