/**
 * The quality gate: extraction scores on a fixed corpus must stay at or above floors pinned in a
 * committed baseline file (and wrong dates at or below a ceiling). Raising a floor is routine;
 * lowering one needs an explicit flag, so the change shows in the command and in the diff.
 */
import type { EvalReport } from './score.ts';

export interface GateSuite {
  /** Gold JSON Lines files, relative to the baseline file. */
  gold: string[];
  /** Files or directories holding the documents the gold names, relative to the baseline file. */
  inputs: string[];
  /** Measure name → lowest acceptable value (0–1). */
  floors: Record<string, number>;
  /** Measure name → highest acceptable value (0–1): error rates. */
  ceilings: Record<string, number>;
}

export interface Baseline {
  note?: string;
  suites: Record<string, GateSuite>;
}

export interface GateFailure {
  suite: string;
  measure: string;
  value: number;
  limit: number;
  kind: 'floor' | 'ceiling';
}

/** Every measure the gate can pin, by name: F1 per slot, meeting precision and recall, date shares, B-cubed. */
export function measuresOf(report: EvalReport): Record<string, number> {
  const out: Record<string, number> = {
    'meeting.precision': report.meetings.precision,
    'meeting.recall': report.meetings.recall,
    'meeting.f1': report.meetings.f1,
  };
  // The `date` slot's score is the exact-date share, pinned once as `date.exact`.
  for (const [slot, s] of Object.entries(report.slots)) if (slot !== 'date') out[slot] = s.f1;
  const matched = report.date.matched || 1;
  out['date.exact'] = report.date.exact / matched;
  out['date.wrong'] = report.date.wrong / matched;
  if (report.bcubed) out.bcubed = report.bcubed.f1;
  return out;
}

/** Floors compare with a small tolerance so that float noise in a ratio never fails the gate. */
const EPSILON = 1e-9;

export function checkSuite(name: string, suite: GateSuite, measures: Record<string, number>): GateFailure[] {
  const failures: GateFailure[] = [];
  for (const [measure, limit] of Object.entries(suite.floors)) {
    const value = measures[measure];
    if (value === undefined) throw new Error(`baseline suite ${name}: unknown measure "${measure}"`);
    if (value + EPSILON < limit) failures.push({ suite: name, measure, value, limit, kind: 'floor' });
  }
  for (const [measure, limit] of Object.entries(suite.ceilings)) {
    const value = measures[measure];
    if (value === undefined) throw new Error(`baseline suite ${name}: unknown measure "${measure}"`);
    if (value - EPSILON > limit) failures.push({ suite: name, measure, value, limit, kind: 'ceiling' });
  }
  return failures;
}

/** Floors are pinned a little below the measure, rounded down to a tenth of a point, so that the gate does not flip on a single tie. */
const pinFloor = (value: number) => Math.floor(value * 1000) / 1000;
const pinCeiling = (value: number) => Math.ceil(value * 1000) / 1000;

export interface UpdateResult {
  suite: GateSuite;
  /** Measures whose limit would get looser; applied only when allowed. */
  loosened: GateFailure[];
}

/** New limits from current measures: tighter ones always; looser ones only with `allowLoosening`. */
export function updateSuite(name: string, suite: GateSuite, measures: Record<string, number>, allowLoosening: boolean): UpdateResult {
  const floors = { ...suite.floors };
  const ceilings = { ...suite.ceilings };
  const loosened: GateFailure[] = [];
  for (const measure of Object.keys(floors)) {
    const pinned = pinFloor(measures[measure] ?? 0);
    if (pinned > floors[measure]) floors[measure] = pinned;
    else if (pinned < floors[measure]) {
      loosened.push({ suite: name, measure, value: pinned, limit: floors[measure], kind: 'floor' });
      if (allowLoosening) floors[measure] = pinned;
    }
  }
  for (const measure of Object.keys(ceilings)) {
    const pinned = pinCeiling(measures[measure] ?? 1);
    if (pinned < ceilings[measure]) ceilings[measure] = pinned;
    else if (pinned > ceilings[measure]) {
      loosened.push({ suite: name, measure, value: pinned, limit: ceilings[measure], kind: 'ceiling' });
      if (allowLoosening) ceilings[measure] = pinned;
    }
  }
  return { suite: { ...suite, floors, ceilings }, loosened };
}

export function formatFailure(f: GateFailure): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  return f.kind === 'floor'
    ? `${f.suite}: ${f.measure} ${pct(f.value)} is below its floor ${pct(f.limit)}`
    : `${f.suite}: ${f.measure} ${pct(f.value)} is above its ceiling ${pct(f.limit)}`;
}
