/** The `chronicle` command line. Each command is a thin shell over the pipeline, the store and the server. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { toGold, type GoldDoc } from '../core/gold.ts';
import { formatReport, score } from '../eval/score.ts';
import { extractAll, type ExtractRun } from './read.ts';
import { printMeetings, type MeetingsFormat } from './meetings.ts';
import type { Store } from '../store/index.ts';

const program = new Command();
program.name('chronicle').description('Turn news reports of multilateral meetings into a sourced chronicle.').showHelpAfterError();

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

function finish(run: ExtractRun): void {
  if (run.failed > 0) {
    process.stderr.write(`chronicle: ${run.failed} input(s) failed\n`);
    process.exitCode = 1;
  }
}

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
  .argument('<paths...>', 'files or directories holding the documents named in the gold')
  .action(async (paths: string[], opts: { gold: string[]; json?: boolean }) => {
    const gold: GoldDoc[] = opts.gold.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as GoldDoc),
    );
    const run: ExtractRun = { failed: 0 };
    const predicted: GoldDoc[] = [];
    for await (const x of extractAll(paths, run)) predicted.push(toGold(x));
    const report = score(predicted, gold);
    process.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatReport(report)) + '\n');
    finish(run);
  });

program
  .command('ingest')
  .description('Add documents to the store (idempotent by content hash) and merge their meetings.')
  .argument('<paths...>', 'files or directories')
  .action(async (paths: string[]) => {
    const { openStore } = await import('../store/index.ts');
    const store = await openStore();
    const run: ExtractRun = { failed: 0 };
    const totals = { added: 0, unchanged: 0, mentions: 0, meetingsCreated: 0, meetingsJoined: 0 };
    try {
      for await (const x of extractAll(paths, run)) {
        try {
          const r = await store.ingest(x);
          totals[r.document]++;
          totals.mentions += r.mentions;
          totals.meetingsCreated += r.meetingsCreated;
          totals.meetingsJoined += r.meetingsJoined;
        } catch (error) {
          run.failed++;
          process.stderr.write(`chronicle: ${x.doc.origin}: not stored: ${(error as Error).message}\n`);
        }
      }
    } finally {
      await store.close();
    }
    process.stdout.write(
      `documents: ${totals.added} added, ${totals.unchanged} unchanged; mentions: ${totals.mentions}; meetings: ${totals.meetingsCreated} new, ${totals.meetingsJoined} joined\n`,
    );
    finish(run);
  });

program
  .command('meetings')
  .description('List resolved meetings from the store.')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
  .option('--body <body>', 'only meetings of this body (coalition, nato, ...)')
  .option('--level <level>', 'only meetings of this level')
  .option('--from <date>', 'only meetings on or after this date (ISO)')
  .option('--to <date>', 'only meetings on or before this date (ISO)')
  .option('--city <city>', 'only meetings in this city')
  .action(async (opts: { format: MeetingsFormat; body?: string; level?: string; from?: string; to?: string; city?: string }) => {
    const { openStore } = await import('../store/index.ts');
    const store = await openStore();
    try {
      const meetings = await store.listMeetings({ body: opts.body, level: opts.level, from: opts.from, to: opts.to, city: opts.city });
      printMeetings(meetings, opts.format);
    } finally {
      await store.close();
    }
  });

async function serve(port: number, opened?: Store): Promise<void> {
  const { openStore } = await import('../store/index.ts');
  const { serveApp } = await import('../api/server.ts');
  const store = opened ?? (await openStore());
  const url = await serveApp(store, port);
  process.stdout.write(`Chronicle is serving at ${url}\n`);
}

program
  .command('serve')
  .description('Serve the HTTP API and the web UI on one port.')
  .option('--port <port>', 'port to listen on', (v) => Number(v), Number(process.env.PORT ?? 3000))
  .action(async (opts: { port: number }) => serve(opts.port));

program
  .command('start')
  .description('First run: ingest the bundled example articles into the embedded store, then serve the chronicle.')
  .option('--port <port>', 'port to listen on', (v) => Number(v), Number(process.env.PORT ?? 3000))
  .action(async (opts: { port: number }) => {
    const { openStore } = await import('../store/index.ts');
    const store = await openStore();
    const run: ExtractRun = { failed: 0 };
    let added = 0;
    for await (const x of extractAll([EXAMPLES], run)) if ((await store.ingest(x)).document === 'added') added++;
    if (added) process.stdout.write(`Ingested ${added} example article(s) from ${EXAMPLES}\n`);
    await serve(opts.port, store);
  });

await program.parseAsync(process.argv);
