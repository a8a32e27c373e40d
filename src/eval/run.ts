/** Runs extraction over a gold-annotated corpus and scores it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../core/pipeline.ts';
import { toGold, type GoldDoc, type GoldMeeting } from '../core/gold.ts';
import type { ExtractedDoc } from '../core/types.ts';
import { isInputError, readInputs } from '../ingest/read-inputs.ts';
import { score, type EvalReport } from './score.ts';

export function readGold(files: string[]): GoldDoc[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i) => {
        try {
          return JSON.parse(line) as GoldDoc;
        } catch (error) {
          throw new Error(`${file}:${i + 1}: not JSON: ${(error as Error).message}`);
        }
      }),
  );
}

export interface CorpusRun {
  report: EvalReport;
  /** What extraction gave for each document read, in the gold format. */
  predicted: GoldDoc[];
  gold: GoldDoc[];
  /** Inputs that could not be read, extracted or evaluated, with the reason. */
  errors: { origin: string; reason: string }[];
}

export interface CorpusOptions {
  gold: string[];
  inputs: string[];
  now?: Date;
  /** Called with each extracted document and its gold-format form, e.g. to ingest it into a store. */
  onExtracted?: (x: ExtractedDoc, predicted: GoldDoc) => Promise<void>;
  /** The cluster of each predicted meeting for B-cubed; by default its own id. */
  clusterOf?: (doc: string, meeting: GoldMeeting) => string;
}

export async function evaluateCorpus(options: CorpusOptions): Promise<CorpusRun> {
  const gold = readGold(options.gold);
  const predicted: GoldDoc[] = [];
  const errors: CorpusRun['errors'] = [];
  for await (const item of readInputs(options.inputs)) {
    if (isInputError(item)) {
      errors.push({ origin: item.origin, reason: item.reason });
      continue;
    }
    let x: ExtractedDoc;
    try {
      x = extract(item, { now: options.now });
    } catch (error) {
      errors.push({ origin: item.origin, reason: `extraction failed: ${(error as Error).message}` });
      continue;
    }
    const doc = toGold(x);
    try {
      await options.onExtracted?.(x, doc);
      predicted.push(doc);
    } catch (error) {
      errors.push({ origin: item.origin, reason: `not evaluated: ${(error as Error).message}` });
    }
  }
  const read = new Set(predicted.map((d) => d.doc));
  for (const g of gold) if (!read.has(g.doc)) errors.push({ origin: g.doc, reason: 'named in the gold but not found among the inputs' });
  return { report: score(predicted, gold, options.clusterOf), predicted, gold, errors };
}

/** A suite of the quality gate: its gold files and inputs are named relative to the baseline file's folder. */
export function evaluateSuite(baseDir: string, suite: { gold: string[]; inputs: string[] }): Promise<CorpusRun> {
  return evaluateCorpus({ gold: suite.gold.map((f) => resolve(baseDir, f)), inputs: suite.inputs.map((f) => resolve(baseDir, f)) });
}
