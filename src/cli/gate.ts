/** `chronicle gate`: runs every suite of the baseline file and checks (or tightens) its pinned limits. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkSuite, formatFailure, measuresOf, updateSuite, type Baseline } from '../eval/gate.ts';
import { evaluateSuite } from '../eval/run.ts';

export async function runGate(baselineFile: string, options: { update: boolean; allowLower: boolean }): Promise<number> {
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
  const base = dirname(resolve(baselineFile));
  let failed = false;
  for (const [name, suite] of Object.entries(baseline.suites)) {
    const { report, errors } = await evaluateSuite(base, suite);
    for (const e of errors) process.stderr.write(`chronicle: ${name}: ${e.origin}: ${e.reason}\n`);
    if (errors.length) failed = true;
    const measures = measuresOf(report);
    process.stdout.write(`${name}: ${Object.entries(measures).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}`).join(', ')}\n`);
    if (options.update) {
      const { suite: updated, loosened } = updateSuite(name, suite, measures, options.allowLower);
      for (const l of loosened) process.stderr.write(`${options.allowLower ? 'loosened' : 'kept (needs --allow-lower)'}: ${formatFailure(l)}\n`);
      baseline.suites[name] = updated;
      if (loosened.length && !options.allowLower) failed = true;
    } else {
      const failures = checkSuite(name, suite, measures);
      for (const f of failures) process.stderr.write(`gate failed: ${formatFailure(f)}\n`);
      if (failures.length) failed = true;
    }
  }
  if (options.update) writeFileSync(baselineFile, JSON.stringify(baseline, null, 2) + '\n');
  return failed ? 1 : 0;
}
