import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateMerging, formatMergeReport } from '../../src/cli/eval-merge.ts';
import { toGold } from '../../src/core/gold.ts';
import { NATO_SUMMIT, NOW, PARIS_ANNOUNCED, PARIS_HELD, extracted } from '../store/fixtures.ts';
import { PGLITE, POSTGRES, pgSkip } from '../store/backends.ts';

test('eval-merge scores the store clustering of matched mentions against gold ids (B-cubed)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-eval-merge-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  try {
    // Gold as the extraction sees each document, with the ids a person gives: both Paris reports are one meeting.
    const gold = [PARIS_ANNOUNCED, PARIS_HELD, NATO_SUMMIT].map((raw) => {
      writeFileSync(join(docs, raw.id), raw.text!);
      const doc = toGold(extracted(raw));
      doc.meetings = doc.meetings.map((m) => ({ ...m, id: m.body === 'nato' ? 'nato-2018-07-11-brussels' : 'coalition-2018-06-28-paris' }));
      return JSON.stringify(doc);
    });
    writeFileSync(join(dir, 'gold.jsonl'), gold.join('\n') + '\n');
    const result = await evaluateMerging({ gold: [join(dir, 'gold.jsonl')], inputs: [docs], now: NOW, store: pgSkip === false ? POSTGRES() : PGLITE() });
    assert.deepEqual(result.errors, []);
    assert.equal(result.meetings, 2);
    assert.deepEqual({ ...result.report.bcubed }, { precision: 1, recall: 1, f1: 1, support: 3 });
    assert.ok(result.naive!.recall < 1, 'the month-only announcement has another body-date-city id');
    assert.match(formatMergeReport(result), /b-cubed, store meetings\s+100\.0\s+100\.0\s+100\.0\s+3/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
