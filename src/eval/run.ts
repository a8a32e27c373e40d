/** Runs extraction over a gold-annotated corpus and scores it. */
import { readFileSync } from 'node:fs';
import { extract } from '../core/pipeline.ts';
import { toGold, type GoldDoc } from '../core/gold.ts';
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
  /** Inputs that could not be read or extracted, with the reason. */
  errors: { origin: string; reason: string }[];
}

export async function evaluateCorpus(options: { gold: string[]; inputs: string[]; now?: Date }): Promise<CorpusRun> {
  const gold = readGold(options.gold);
  const predicted: GoldDoc[] = [];
  const errors: CorpusRun['errors'] = [];
  for await (const item of readInputs(options.inputs)) {
    if (isInputError(item)) {
      errors.push({ origin: item.origin, reason: item.reason });
      continue;
    }
    try {
      predicted.push(toGold(extract(item, { now: options.now })));
    } catch (error) {
      errors.push({ origin: item.origin, reason: `extraction failed: ${(error as Error).message}` });
    }
  }
  const read = new Set(predicted.map((d) => d.doc));
  for (const g of gold) if (!read.has(g.doc)) errors.push({ origin: g.doc, reason: 'named in the gold but not found among the inputs' });
  return { report: score(predicted, gold), errors };
}
