/** Scoring of extraction against gold, as corpus/ANNOTATION.md defines it. */
import { fold } from '../core/text.ts';
import type { GoldDoc, GoldMeeting } from '../core/gold.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SlotScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs (or set items) the score was computed on. */
  support: number;
}

export interface EvalReport {
  documents: number;
  meetings: SlotScore & Counts;
  date: { exact: number; coarse: number; wrong: number; missing: number; matched: number };
  slots: Record<string, SlotScore>;
  bcubed: SlotScore | null;
}

const EXACT_SLOTS = ['level', 'country', 'venue', 'status', 'role', 'body', 'memberCount'] as const;
const SET_SLOTS = ['chairs', 'participants', 'topics'] as const;

function prf(tp: number, fp: number, fn: number): SlotScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

const consistent = (pred: string | null, gold: string | null) => gold === null || (pred !== null && (pred.startsWith(gold) || gold.startsWith(pred)));
const citiesAgree = (a: string | null, b: string | null) => a === null || b === null || fold(a) === fold(b);

function closeDates(pred: string | null, gold: string | null): boolean {
  if (!pred || !gold || pred.length < 10 || gold.length < 10) return false;
  if (pred.slice(4) === gold.slice(4)) return true;
  return Math.abs(Date.parse(pred) - Date.parse(gold)) <= 7 * 86_400_000;
}

/** Pairs each gold meeting with at most one prediction: exact pairs first, then near ones (same city, date off by a year or a week). */
export function matchMeetings(pred: GoldMeeting[], gold: GoldMeeting[]): [GoldMeeting, GoldMeeting][] {
  const pairs: [GoldMeeting, GoldMeeting][] = [];
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pass = (ok: (p: GoldMeeting, g: GoldMeeting) => boolean) => {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      // Among acceptable predictions, prefer one of the same body and level.
      const candidates = pred.map((p, pi) => ({ p, pi })).filter(({ p, pi }) => !usedP.has(pi) && ok(p, g));
      candidates.sort((a, b) => Number(b.p.body === g.body) - Number(a.p.body === g.body) || Number(b.p.level === g.level) - Number(a.p.level === g.level));
      const best = candidates[0];
      if (!best) return;
      usedP.add(best.pi);
      usedG.add(gi);
      pairs.push([best.p, g]);
    });
  };
  pass((p, g) => citiesAgree(p.city, g.city) && consistent(p.date, g.date));
  pass((p, g) => p.city !== null && g.city !== null && fold(p.city) === fold(g.city) && closeDates(p.date, g.date));
  return pairs;
}

function dateVerdict(pred: string | null, gold: string | null): 'exact' | 'coarse' | 'wrong' | 'missing' {
  if (gold === null) return pred === null ? 'exact' : 'wrong';
  if (pred === null) return 'missing';
  if (pred.startsWith(gold)) return 'exact';
  if (gold.startsWith(pred)) return 'coarse';
  return 'wrong';
}

const norm = (s: string) => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

function slotEqual(slot: (typeof EXACT_SLOTS)[number], p: GoldMeeting, g: GoldMeeting): boolean {
  if (slot === 'memberCount') return JSON.stringify(p.memberCount ?? null) === JSON.stringify(g.memberCount ?? null);
  const a = p[slot];
  const b = g[slot];
  return (a === null || a === undefined ? null : norm(String(a))) === (b === null || b === undefined ? null : norm(String(b)));
}

/** B-cubed over mentions: items are (doc, gold meeting) pairs; predicted clusters are given by predicted ids. */
function bcubed(items: { gold: string; pred: string }[]): SlotScore | null {
  if (items.length === 0) return null;
  let p = 0;
  let r = 0;
  for (const item of items) {
    const samePred = items.filter((o) => o.pred === item.pred);
    const sameGold = items.filter((o) => o.gold === item.gold);
    p += samePred.filter((o) => o.gold === item.gold).length / samePred.length;
    r += sameGold.filter((o) => o.pred === item.pred).length / sameGold.length;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), support: items.length };
}

export function score(predicted: GoldDoc[], gold: GoldDoc[], clusterOf?: (doc: string, meeting: GoldMeeting) => string): EvalReport {
  const byDoc = new Map(predicted.map((d) => [d.doc, d]));
  const meetings: Counts = { tp: 0, fp: 0, fn: 0 };
  const date = { exact: 0, coarse: 0, wrong: 0, missing: 0, matched: 0 };
  const exact = Object.fromEntries(EXACT_SLOTS.map((s) => [s, { ok: 0, n: 0 }]));
  const sets = Object.fromEntries(SET_SLOTS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
  const mentionItems: { gold: string; pred: string }[] = [];
  for (const g of gold) {
    const p = byDoc.get(g.doc)?.meetings ?? [];
    const pairs = matchMeetings(p, g.meetings);
    meetings.tp += pairs.length;
    meetings.fp += p.length - pairs.length;
    meetings.fn += g.meetings.length - pairs.length;
    for (const [pm, gm] of pairs) {
      date.matched++;
      date[dateVerdict(pm.date, gm.date)]++;
      for (const s of EXACT_SLOTS) {
        exact[s].n++;
        if (slotEqual(s, pm, gm)) exact[s].ok++;
      }
      for (const s of SET_SLOTS) {
        const a = new Set(pm[s].map(norm));
        const b = new Set(gm[s].map(norm));
        for (const x of a) (b.has(x) ? sets[s].tp++ : sets[s].fp++);
        for (const x of b) if (!a.has(x)) sets[s].fn++;
      }
      mentionItems.push({ gold: gm.id, pred: clusterOf ? clusterOf(g.doc, pm) : pm.id });
    }
  }
  const slots: Record<string, SlotScore> = {};
  for (const s of EXACT_SLOTS) {
    const acc = exact[s].n ? exact[s].ok / exact[s].n : 1;
    slots[s] = { precision: acc, recall: acc, f1: acc, support: exact[s].n };
  }
  for (const s of SET_SLOTS) slots[s] = prf(sets[s].tp, sets[s].fp, sets[s].fn);
  const m = date.matched || 1;
  slots.date = { precision: date.exact / m, recall: date.exact / m, f1: date.exact / m, support: date.matched };
  return { documents: gold.length, meetings: { ...meetings, ...prf(meetings.tp, meetings.fp, meetings.fn) }, date, slots, bcubed: bcubed(mentionItems) };
}

/** What one document's extraction got wrong: gold meetings missed, predictions matching none, and slots that differ on matched pairs. */
export interface DocDifferences {
  doc: string;
  missed: string[];
  spurious: string[];
  slots: { id: string; slot: string; predicted: unknown; gold: unknown }[];
}

export function differences(predicted: GoldDoc[], gold: GoldDoc[]): DocDifferences[] {
  const byDoc = new Map(predicted.map((d) => [d.doc, d]));
  const out: DocDifferences[] = [];
  for (const g of gold) {
    const p = byDoc.get(g.doc)?.meetings ?? [];
    const pairs = matchMeetings(p, g.meetings);
    const diff: DocDifferences = {
      doc: g.doc,
      missed: g.meetings.filter((m) => !pairs.some(([, gm]) => gm === m)).map((m) => `${m.id} (${m.level})`),
      spurious: p.filter((m) => !pairs.some(([pm]) => pm === m)).map((m) => `${m.id} (${m.level})`),
      slots: [],
    };
    for (const [pm, gm] of pairs) {
      if (dateVerdict(pm.date, gm.date) !== 'exact') diff.slots.push({ id: gm.id, slot: 'date', predicted: pm.date, gold: gm.date });
      for (const s of EXACT_SLOTS) if (!slotEqual(s, pm, gm)) diff.slots.push({ id: gm.id, slot: s, predicted: pm[s] ?? null, gold: gm[s] ?? null });
      for (const s of SET_SLOTS) {
        const a = [...new Set(pm[s].map(norm))].sort();
        const b = [...new Set(gm[s].map(norm))].sort();
        if (a.join('|') !== b.join('|')) diff.slots.push({ id: gm.id, slot: s, predicted: pm[s], gold: gm[s] });
      }
    }
    if (diff.missed.length || diff.spurious.length || diff.slots.length) out.push(diff);
  }
  return out;
}

export function formatDifferences(diffs: DocDifferences[]): string {
  const show = (v: unknown) => JSON.stringify(v);
  return diffs
    .map((d) =>
      [
        d.doc,
        ...d.missed.map((id) => `  missed    ${id}`),
        ...d.spurious.map((id) => `  spurious  ${id}`),
        ...d.slots.map((x) => `  ${x.slot.padEnd(12)}${x.id}: ${show(x.predicted)}, gold ${show(x.gold)}`),
      ].join('\n'),
    )
    .join('\n');
}

export function formatReport(r: EvalReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [
    `documents ${r.documents}   meetings: tp ${r.meetings.tp}  fp ${r.meetings.fp}  fn ${r.meetings.fn}`,
    `${'slot'.padEnd(14)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}  n`,
    `${'meeting'.padEnd(14)}${pct(r.meetings.precision)} ${pct(r.meetings.recall)} ${pct(r.meetings.f1)}  ${r.meetings.support}`,
  ];
  for (const [name, s] of Object.entries(r.slots)) lines.push(`${name.padEnd(14)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${s.support}`);
  const m = r.date.matched || 1;
  lines.push(`date: exact ${pct(r.date.exact / m)}%  coarse ${pct(r.date.coarse / m)}%  wrong ${pct(r.date.wrong / m)}%  missing ${pct(r.date.missing / m)}%`);
  if (r.bcubed) lines.push(`b-cubed       ${pct(r.bcubed.precision)} ${pct(r.bcubed.recall)} ${pct(r.bcubed.f1)}  ${r.bcubed.support}`);
  return lines.join('\n');
}
