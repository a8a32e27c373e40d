/** Reads inputs and extracts them, reporting each bad input on stderr without stopping the batch. */
import { extract } from '../core/pipeline.ts';
import type { ExtractedDoc } from '../core/types.ts';
import { isInputError, readInputs } from '../ingest/read-inputs.ts';

export interface ExtractRun {
  failed: number;
}

/** Reports failed inputs on stderr and sets a non-zero exit status. */
export function finish(run: ExtractRun): void {
  if (run.failed > 0) {
    process.stderr.write(`chronicle: ${run.failed} input(s) failed\n`);
    process.exitCode = 1;
  }
}

export async function* extractAll(paths: string[], run: ExtractRun, now?: Date): AsyncGenerator<ExtractedDoc> {
  for await (const item of readInputs(paths)) {
    if (isInputError(item)) {
      run.failed++;
      process.stderr.write(`chronicle: ${item.origin}: ${item.reason}\n`);
      continue;
    }
    try {
      yield extract(item, { now });
    } catch (error) {
      run.failed++;
      process.stderr.write(`chronicle: ${item.origin}: extraction failed: ${(error as Error).message}\n`);
    }
  }
}
