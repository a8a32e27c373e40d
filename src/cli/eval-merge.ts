/**
 * Scoring cross-document merging (corpus/ANNOTATION.md, "Cross-document"): the documents are
 * ingested into a temporary in-memory store, and each matched mention is clustered by the store
 * meeting it joined; B-cubed compares those clusters with the gold ids. The same score with clusters
 * given by the naive `<body>-<date>-<city>` id of each extracted meeting is printed beside it.
 */
import type { GoldMeeting } from '../core/gold.ts';
import { evaluateCorpus } from '../eval/run.ts';
import { formatReport, score, type EvalReport, type SlotScore } from '../eval/score.ts';
import { openStore, type OpenOptions } from '../store/index.ts';

export interface MergeEvaluation {
  report: EvalReport;
  /** B-cubed when each extracted meeting is its own `<body>-<date>-<city>` id, without the store. */
  naive: SlotScore | null;
  meetings: number;
  errors: { origin: string; reason: string }[];
}

/** `store` selects the (empty) store to ingest into; an in-memory PGlite by default. */
export async function evaluateMerging(options: { gold: string[]; inputs: string[]; now?: Date; store?: OpenOptions }): Promise<MergeEvaluation> {
  const store = await openStore(options.store ?? { dataDir: 'memory://' });
  const cluster = new Map<GoldMeeting, string>();
  try {
    const run = await evaluateCorpus({
      ...options,
      onExtracted: async (x, doc) => {
        const { documentId } = await store.ingest(x);
        const meetingOf = new Map((await store.getDocument(documentId))!.mentions.map((m) => [(m.payload as { index: number }).index, m.meetingId]));
        doc.meetings.forEach((m, i) => cluster.set(m, `meeting-${meetingOf.get(x.mentions[i].index)}`));
      },
      clusterOf: (_doc, m) => cluster.get(m) ?? m.id,
    });
    return { report: run.report, naive: score(run.predicted, run.gold).bcubed, meetings: (await store.counts()).meetings, errors: run.errors };
  } finally {
    await store.close();
  }
}

export function formatMergeReport(r: MergeEvaluation): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const line = (name: string, s: SlotScore | null) => (s ? `${name.padEnd(30)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${s.support}` : `${name}: no matched mentions`);
  return [
    formatReport(r.report),
    '',
    `${'cross-document merging'.padEnd(30)}${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  mentions`,
    line('b-cubed, store meetings', r.report.bcubed),
    line('b-cubed, body-date-city ids', r.naive),
    `store meetings: ${r.meetings}`,
  ].join('\n');
}

/** `chronicle eval-merge` (and `eval --store`): prints the report, reports unreadable inputs. */
export async function runEvalMerge(paths: string[], opts: { gold: string[]; json?: boolean }): Promise<void> {
  const result = await evaluateMerging({ gold: opts.gold, inputs: paths });
  for (const e of result.errors) process.stderr.write(`chronicle: ${e.origin}: ${e.reason}\n`);
  process.stdout.write((opts.json ? JSON.stringify(result, null, 2) : formatMergeReport(result)) + '\n');
  if (result.errors.length) process.exitCode = 1;
}
