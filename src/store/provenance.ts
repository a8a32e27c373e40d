/** A meeting's values with their sources: which mention, document, evidence and rule back each one. */
import { isListSlot, valueKey, type MentionSlots, type SlotName, type ValueRow } from './resolve.ts';
import type { MeetingRecord, SlotSource, SlotValue } from './types.ts';

export interface SourceMention {
  mentionId: number;
  documentId: number;
  doc: string;
  group: number;
  slots: MentionSlots;
}

export interface CurationMark {
  slot: string;
  author: string;
  at: string;
  note: string | null;
}

/** Sources in document order; the first document of each near-duplicate group is the independent one. */
function sources(slot: SlotName, value: unknown, mentionIds: number[], mentions: Map<number, SourceMention>): SlotSource[] {
  const key = valueKey(value);
  const seenGroups = new Set<number>();
  return mentionIds
    .map((id) => mentions.get(id))
    .filter((m): m is SourceMention => m !== undefined)
    .sort((a, b) => a.documentId - b.documentId || a.mentionId - b.mentionId)
    .map((m) => {
      const r = m.slots?.readings[slot]?.find((x) => valueKey(x.value) === key);
      const independent = !seenGroups.has(m.group);
      seenGroups.add(m.group);
      return { mentionId: m.mentionId, documentId: m.documentId, doc: m.doc, evidence: r?.evidence ?? null, rule: r?.rule ?? null, confidence: r?.confidence ?? null, independent };
    });
}

export function slotValues(meeting: MeetingRecord, rows: ValueRow[], mentionList: SourceMention[], curations: CurationMark[]): Record<string, SlotValue> {
  const mentions = new Map(mentionList.map((m) => [m.mentionId, m]));
  const curated = new Map(curations.map((c) => [c.slot, { author: c.author, at: c.at, ...(c.note ? { note: c.note } : {}) }]));
  const out: Record<string, SlotValue> = {};
  const slots = new Set<SlotName>([...rows.map((r) => r.slot), ...(curations.map((c) => c.slot) as SlotName[])]);
  for (const slot of slots) {
    const resolved = rows.filter((r) => r.slot === slot && r.resolved);
    const mark = curated.get(slot);
    let value: SlotValue;
    if (isListSlot(slot)) {
      const order = meeting[slot];
      const items = resolved
        .sort((a, b) => order.indexOf(String(a.value)) - order.indexOf(String(b.value)))
        .map((r) => ({ value: r.value, sources: sources(slot, r.value, r.mentionIds, mentions) }));
      const all = new Map(items.flatMap((i) => i.sources).map((s) => [s.mentionId, s]));
      value = { value: order, sources: [...all.values()], items };
    } else {
      const row = resolved[0];
      value = { value: row?.value ?? null, sources: row ? sources(slot, row.value, row.mentionIds, mentions) : [] };
    }
    if (mark) value.curated = mark;
    out[slot] = value;
  }
  return out;
}
