/** `chronicle curate …`: a person's corrections, merges and splits, and the audit log. */
import { Command } from 'commander';
import { isListSlot } from '../store/resolve.ts';
import type { Store } from '../store/index.ts';
import { CurationError } from '../store/types.ts';
import { withStore } from './with-store.ts';

/** A value typed on the command line: JSON when it reads as JSON, else text; list slots also take "a, b, c". */
function parseSlotValue(slot: string, text: string): unknown {
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    // Plain text: a city, a name, a date.
  }
  if (typeof value === 'string' || (typeof value === 'number' && slot !== 'memberCount')) value = text;
  if (isListSlot(slot) && typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  return value;
}

/** A meeting or mention id typed on the command line; anything else is refused, naming what was typed. */
function id(text: string, what: 'meeting' | 'mention'): number {
  if (!/^\d+$/.test(text)) throw new CurationError(`${what} id must be a positive integer, not "${text}"`);
  return Number(text);
}

/** Runs a curation command; a curation the store refuses is one line on stderr and exit status 1. */
async function curating(fn: (store: Store) => Promise<void>): Promise<void> {
  try {
    await withStore(fn);
  } catch (error) {
    if (!(error instanceof CurationError)) throw error;
    process.stderr.write(`chronicle: ${error.message}\n`);
    process.exitCode = 1;
  }
}

interface CurateOptions {
  author: string;
  note?: string;
}

/** A curation subcommand's options: who makes it (required) and why. */
const authored = (command: Command, who: string) => command.requiredOption('--author <name>', who).option('--note <text>', 'why');

export function curateCommand(): Command {
  const curate = new Command('curate').description('Correct, merge or split meetings (kept across re-ingestion), and read the audit log.');
  authored(curate.command('set'), 'who makes the correction')
    .description('Set a slot of a meeting (level, date, endDate, city, country, venue, status, format, memberCount, chairs, participants, topics, body).')
    .argument('<meetingId>', 'meeting id')
    .argument('<slot>', 'slot name')
    .argument('<value>', 'value: text, JSON (null, {"value": 40, "qualifier": "more_than"}), or a comma-separated list')
    .action((meetingId: string, slot: string, value: string, opts: CurateOptions) =>
      curating(async (store) => {
        await store.setSlot({ meetingId: id(meetingId, 'meeting'), slot, value: parseSlotValue(slot, value), author: opts.author, note: opts.note });
        process.stdout.write(`meeting ${meetingId}: ${slot} set\n`);
      }),
    );
  authored(curate.command('merge'), 'who merges')
    .description('Merge the second meeting into the first: they are one meeting.')
    .argument('<meetingId>', 'the meeting that remains')
    .argument('<otherId>', 'the meeting merged into it')
    .action((meetingId: string, otherId: string, opts: CurateOptions) =>
      curating(async (store) => {
        await store.mergeMeetings({ targetId: id(meetingId, 'meeting'), sourceId: id(otherId, 'meeting'), author: opts.author, note: opts.note });
        process.stdout.write(`meeting ${otherId} merged into ${meetingId}\n`);
      }),
    );
  authored(curate.command('split'), 'who splits')
    .description('Move one mention out of a meeting into a new meeting of its own.')
    .argument('<meetingId>', 'meeting id')
    .argument('<mentionId>', 'mention id (see `chronicle meeting <id>` or `meetings --format json`)')
    .action((meetingId: string, mentionId: string, opts: CurateOptions) =>
      curating(async (store) => {
        const newId = await store.splitMention({ meetingId: id(meetingId, 'meeting'), mentionId: id(mentionId, 'mention'), author: opts.author, note: opts.note });
        process.stdout.write(`mention ${mentionId} split from meeting ${meetingId} into meeting ${newId}\n`);
      }),
    );
  curate
    .command('log')
    .description('Print the audit log (one JSON line per entry, oldest first), of one meeting or of the whole store.')
    .argument('[meetingId]', 'meeting id')
    .action((meetingId: string | undefined) =>
      curating(async (store) => {
        for (const entry of await store.auditLog(meetingId === undefined ? null : id(meetingId, 'meeting'))) process.stdout.write(JSON.stringify(entry) + '\n');
      }),
    );
  return curate;
}
