/** Commands over the store: ingest, recompute, meetings, meeting, curate, eval-merge. */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { MeetingFilter } from '../store/index.ts';
import { curateCommand } from './curate.ts';
import { MEETINGS_FORMATS, renderMeetings, type MeetingsFormat } from './meetings.ts';
import { extractAll, finish, type ExtractRun } from './read.ts';
import { withStore } from './with-store.ts';

async function ingest(paths: string[], opts: { rebuild?: boolean; progress?: boolean }): Promise<void> {
  const run: ExtractRun = { failed: 0 };
  const totals = { added: 0, unchanged: 0, mentions: 0, meetingsCreated: 0, meetingsJoined: 0, copies: 0 };
  const curations = await withStore(async (store) => {
    if (opts.rebuild) await store.dropDocuments();
    for await (const x of extractAll(paths, run)) {
      try {
        const r = await store.ingest(x);
        totals[r.document]++;
        totals.mentions += r.mentions;
        totals.meetingsCreated += r.meetingsCreated;
        totals.meetingsJoined += r.meetingsJoined;
        if (r.document === 'added' && r.duplicateOf) totals.copies++;
        if (opts.progress) process.stderr.write(`chronicle: ${x.doc.id}: ${r.document}\n`);
      } catch (error) {
        run.failed++;
        process.stderr.write(`chronicle: ${x.doc.origin}: not stored: ${(error as Error).message}\n`);
      }
    }
    return store.applyPendingCurations();
  });
  process.stdout.write(
    `documents: ${totals.added} added (${totals.copies} near-copies), ${totals.unchanged} unchanged; mentions: ${totals.mentions}; ` +
      `meetings: ${totals.meetingsCreated} new, ${totals.meetingsJoined} joined${curations ? `; curations re-applied: ${curations}` : ''}\n`,
  );
  finish(run);
}

interface MeetingsOptions extends MeetingFilter {
  format: MeetingsFormat;
}

function count(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a whole number, not "${value}"`);
  return n;
}

async function meetings(opts: MeetingsOptions): Promise<void> {
  const { format, ...filter } = opts;
  const list = await withStore((store) => store.listMeetings(filter));
  const { text, note } = renderMeetings(list, format);
  process.stdout.write(text);
  if (note) process.stderr.write(`chronicle: ${note}\n`);
}

export function storeCommands(): Command[] {
  const ingestCmd = new Command('ingest')
    .description('Add documents to the store (idempotent by content hash), link near-copies, merge their meetings, re-apply waiting curations.')
    .option('--rebuild', 'first delete every document and meeting (curations and the audit log stay, and are re-applied)')
    .option('--progress', 'report each document on stderr once it is stored')
    .argument('<paths...>', 'files or directories')
    .action(ingest);

  const recompute = new Command('recompute')
    .description('Merge every stored mention into meetings again from scratch, then re-apply the curations.')
    .action(async () => {
      const meetings = await withStore((store) => store.recomputeMeetings());
      process.stdout.write(`meetings: ${meetings}\n`);
    });

  const meetingsCmd = new Command('meetings')
    .description('List resolved meetings from the store.')
    .addOption(new Option('--format <format>', 'output format').choices([...MEETINGS_FORMATS]).default('table'))
    .option('--body <body>', 'only meetings of this body (coalition, nato, ...)')
    .option('--level <level>', 'only meetings of this level')
    .option('--from <date>', 'only meetings on or after this date (ISO)')
    .option('--to <date>', 'only meetings on or before this date (ISO)')
    .option('--city <city>', 'only meetings in this city')
    .option('--country <code>', 'only meetings in this country (ISO alpha-2)')
    .option('--participant <name>', 'only meetings with this participant code or chair')
    .option('--topic <topic>', 'only meetings with this topic')
    .option('--status <status>', 'only meetings with this status')
    .option('--q <text>', 'free text (places, names, document titles)')
    .option('--limit <n>', 'at most this many meetings', count)
    .option('--offset <n>', 'skip this many meetings', count)
    .action(meetings);

  const meeting = new Command('meeting')
    .description('Print one meeting as JSON: every value with its sources (document, evidence, rule), conflicts, date reasons, history.')
    .argument('<meetingId>', 'meeting id')
    .action(async (meetingId: string) => {
      const detail = await withStore((store) => store.getMeetingDetail(Number(meetingId)));
      if (detail) process.stdout.write(JSON.stringify(detail, null, 2) + '\n');
      else {
        process.stderr.write(`chronicle: no meeting ${meetingId}\n`);
        process.exitCode = 1;
      }
    });

  const evalMerge = new Command('eval-merge')
    .description('Score cross-document merging: ingest into a temporary store, then B-cubed of store meetings against gold ids.')
    .requiredOption('--gold <file>', 'gold JSON Lines file (repeat for several)', (v: string, all: string[] = []) => [...all, v])
    .option('--json', 'print the report as JSON')
    .argument('<paths...>', 'files or directories holding the documents named in the gold')
    .action(async (paths: string[], opts: { gold: string[]; json?: boolean }) => (await import('./eval-merge.ts')).runEvalMerge(paths, opts));

  return [ingestCmd, recompute, meetingsCmd, meeting, curateCommand(), evalMerge];
}
