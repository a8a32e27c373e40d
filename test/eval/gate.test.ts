import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSuite, measuresOf, updateSuite, type GateSuite } from '../../src/eval/gate.ts';
import { score } from '../../src/eval/score.ts';
import type { GoldDoc } from '../../src/core/gold.ts';

const meeting = (over: Partial<GoldDoc['meetings'][number]> = {}) => ({
  id: 'coalition-2016-02-02-rome', role: 'subject', status: 'held', body: 'coalition', level: 'ministerial', date: '2016-02-02',
  city: 'Rome', country: 'IT', venue: null, chairs: ['John Kerry'], participants: [], memberCount: null, topics: ['military'], ...over,
}) as GoldDoc['meetings'][number];

const suite = (floors: Record<string, number>, ceilings: Record<string, number> = {}): GateSuite => ({ gold: [], inputs: [], floors, ceilings });

test('measures name meeting scores, each slot, date shares and B-cubed', () => {
  const gold: GoldDoc[] = [{ doc: 'a', lang: 'fr', published: null, meetings: [meeting()] }];
  const predicted: GoldDoc[] = [{ doc: 'a', lang: 'fr', published: null, meetings: [meeting({ level: 'summit', date: '2016-02-03' })] }];
  const m = measuresOf(score(predicted, gold));
  assert.equal(m['meeting.f1'], 1);
  assert.equal(m.level, 0);
  assert.equal(m['date.exact'], 0);
  assert.equal(m['date.wrong'], 1);
  assert.equal(m.chairs, 1);
  assert.equal(m.date, undefined);
});

test('a measure below its floor or above its ceiling fails the suite, at its floor passes', () => {
  const failures = checkSuite('dev', suite({ 'meeting.f1': 0.8, level: 0.5 }, { 'date.wrong': 0.03 }), { 'meeting.f1': 0.79, level: 0.5, 'date.wrong': 0.05 });
  assert.deepEqual(failures.map((f) => [f.measure, f.kind]), [['meeting.f1', 'floor'], ['date.wrong', 'ceiling']]);
  assert.deepEqual(checkSuite('dev', suite({ level: 0.5 }), { level: 0.5 }), []);
});

test('an unknown measure in the baseline is an error, not a silent pass', () => {
  assert.throws(() => checkSuite('dev', suite({ 'meeting.f2': 0.5 }), { 'meeting.f1': 1 }), /unknown measure "meeting.f2"/);
});

test('update tightens limits but loosens them only when explicitly allowed', () => {
  const current = suite({ level: 0.8, topics: 0.5 }, { 'date.wrong': 0.05 });
  const measures = { level: 0.7, topics: 0.6234, 'date.wrong': 0.02 };
  const strict = updateSuite('dev', current, measures, false);
  assert.equal(strict.suite.floors.level, 0.8);
  assert.equal(strict.suite.floors.topics, 0.623);
  assert.equal(strict.suite.ceilings['date.wrong'], 0.02);
  assert.deepEqual(strict.loosened.map((l) => l.measure), ['level']);
  const allowed = updateSuite('dev', current, measures, true);
  assert.equal(allowed.suite.floors.level, 0.7);
});
