/** The `chronicle` command line. Each command is a thin shell over the pipeline, the store and the server. */
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { toGold } from '../core/gold.ts';
import { differences, formatDifferences, formatReport } from '../eval/score.ts';
import { evaluateCorpus } from '../eval/run.ts';
import { extractAll, finish, type ExtractRun } from './read.ts';
import { storeCommands } from './store-commands.ts';
import type { Store } from '../store/index.ts';

const program = new Command();
program.name('chronicle').description('Turn news reports of multilateral meetings into a sourced chronicle.').showHelpAfterError();

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

program
  .command('extract')
  .description('Extract meetings from files or directories (.txt, .html, .jsonl, feeds) and print one JSON line per document. Touches no database.')
  .addOption(new Option('--format <format>', 'output format').choices(['full', 'gold']).default('full'))
  .argument('<paths...>', 'files or directories')
  .action(async (paths: string[], opts: { format: 'full' | 'gold' }) => {
    const run: ExtractRun = { failed: 0 };
    for await (const x of extractAll(paths, run)) {
      const line = opts.format === 'gold' ? toGold(x) : { ...toGold(x), published: x.published, mentions: x.mentions, removed: x.doc.removed, crawlDate: x.doc.crawlDate ?? null };
      process.stdout.write(JSON.stringify(line) + '\n');
    }
    finish(run);
  });

program
  .command('eval')
  .description('Score extraction against gold annotations (corpus/ANNOTATION.md): per-slot precision, recall and F1.')
  .requiredOption('--gold <file>', 'gold JSON Lines file (repeat for several)', (v: string, all: string[] = []) => [...all, v])
  .option('--json', 'print the report as JSON')
  .option('--store', 'also score cross-document merging in a temporary store (same as eval-merge)')
  .option('--diff', 'also list, per document, the meetings missed or spurious and the slots that differ from gold')
  .argument('<paths...>', 'files or directories holding the documents named in the gold')
  .action(async (paths: string[], opts: { gold: string[]; json?: boolean; store?: boolean; diff?: boolean }) => {
    if (opts.store) return (await import('./eval-merge.ts')).runEvalMerge(paths, opts);
    const { report, errors, predicted, gold } = await evaluateCorpus({ gold: opts.gold, inputs: paths });
    for (const e of errors) process.stderr.write(`chronicle: ${e.origin}: ${e.reason}\n`);
    if (opts.diff) process.stdout.write(formatDifferences(differences(predicted, gold)) + '\n\n');
    process.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatReport(report)) + '\n');
    if (errors.length) process.exitCode = 1;
  });

program
  .command('gate')
  .description('Quality gate: score every suite of the baseline file and fail when a measure falls below its floor (or a wrong-date share rises above its ceiling).')
  .option('--baseline <file>', 'baseline file with suites and pinned limits', 'corpus/baseline.json')
  .option('--update', 'tighten the pinned limits to the current scores')
  .option('--allow-lower', 'with --update: also loosen limits (an explicit, visible decision)')
  .action(async (opts: { baseline: string; update?: boolean; allowLower?: boolean }) => {
    const { runGate } = await import('./gate.ts');
    process.exitCode = await runGate(opts.baseline, { update: opts.update ?? false, allowLower: opts.allowLower ?? false });
  });

for (const command of storeCommands()) program.addCommand(command);

interface ServeOptions {
  port: number;
  host: string;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
  return port;
}

const serveOptions = (command: Command) =>
  command
    .option('--port <port>', 'port to listen on (0: any free port)', portNumber, Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'address to listen on (0.0.0.0: every interface)', process.env.HOST ?? '127.0.0.1');

async function serve(opts: ServeOptions, opened?: Store): Promise<void> {
  const { openStore } = await import('../store/index.ts');
  const { compileWebAssemblyOptimised, serveApp } = await import('../api/server.ts');
  compileWebAssemblyOptimised();
  const store = opened ?? (await openStore());
  const url = await serveApp(store, opts.port, opts.host);
  const curation = process.env.CHRONICLE_TOKEN?.trim() ? 'curation enabled by CHRONICLE_TOKEN' : 'read-only: set CHRONICLE_TOKEN to enable curation';
  process.stdout.write(`Chronicle is serving at ${url} — ${curation}\n`);
}

serveOptions(program.command('serve'))
  .description('Serve the HTTP API (/api, described at /openapi.json) and the web UI on one port.')
  .action(async (opts: ServeOptions) => serve(opts));

serveOptions(program.command('start'))
  .description('First run: ingest the bundled example articles into the embedded store, then serve the chronicle.')
  .action(async (opts: ServeOptions) => {
    const { openStore } = await import('../store/index.ts');
    (await import('../api/server.ts')).compileWebAssemblyOptimised();
    const store = await openStore();
    const run: ExtractRun = { failed: 0 };
    let added = 0;
    for await (const x of extractAll([EXAMPLES], run)) if ((await store.ingest(x)).document === 'added') added++;
    if (added) process.stdout.write(`Ingested ${added} example article(s) from ${EXAMPLES}\n`);
    await serve(opts, store);
  });

await program.parseAsync(process.argv);
