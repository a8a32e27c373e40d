// The quality gate of CI: extraction on the development corpus and the seeds keeps the floors pinned in corpus/baseline.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSuite, formatFailure, measuresOf, type Baseline } from '../../src/eval/gate.ts';
import { evaluateSuite } from '../../src/eval/run.ts';

const baselineFile = fileURLToPath(new URL('../../corpus/baseline.json', import.meta.url));
const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;

for (const [name, suite] of Object.entries(baseline.suites)) {
  test(`quality gate: suite "${name}" holds its pinned floors and ceilings`, async () => {
    const base = dirname(baselineFile);
    const { report, errors } = await evaluateSuite(base, suite);
    assert.deepEqual(errors, [], 'every gold document is read and extracted');
    const failures = checkSuite(name, suite, measuresOf(report)).map(formatFailure);
    assert.deepEqual(failures, [], failures.join('\n'));
  });
}
