// The seed texts against their gold: every meeting found, every date true (exact or coarser, never wrong).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extract } from '../../src/core/pipeline.ts';
import { toGold, type GoldDoc } from '../../src/core/gold.ts';
import { score } from '../../src/eval/score.ts';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;

test('seeds: meeting F1 >= 0.9 and no wrong date', { skip: !existsSync(CORPUS) && 'shared corpus not beside the checkout' }, () => {
  const gold = readFileSync(CORPUS + 'seeds.gold.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldDoc);
  const predicted = readdirSync(CORPUS + 'seeds').map((f) =>
    toGold(extract({ id: f, origin: f, text: readFileSync(CORPUS + 'seeds/' + f, 'utf8') }, { now: new Date('2026-11-23') })),
  );
  const report = score(predicted, gold);
  assert.ok(report.meetings.f1 >= 0.9, `meeting F1 ${report.meetings.f1}`);
  assert.equal(report.date.wrong, 0);
  assert.equal(report.date.matched, gold.reduce((n, d) => n + d.meetings.length, 0));
});
