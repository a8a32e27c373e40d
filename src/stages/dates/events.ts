/** Notable dated events a text refers to ("deux semaines après les attentats de Paris"). */
import { fold, sentenceOf, type Sentence } from '../../core/text.ts';
import { allNames, knowledge, type NotableEvent } from '../../knowledge/index.ts';
import type { Lexicon } from '../../lang/index.ts';
import { phraseMatcher, type PhraseMatcher } from '../../lang/phrases.ts';
import { dayNumber } from './day-set.ts';

export interface EventMention {
  name: string;
  start: number;
  end: number;
  /** First and last day the candidates allow (day numbers). */
  from: number;
  to: number;
  /** Each candidate's own first and last day: "les attentats de Paris" is January or November 2015, not the months between. */
  candidates: [number, number][];
  anniversary: boolean;
  recent: boolean;
  lastYear: boolean;
  offsetDays?: number;
  offsetText?: string;
  /** "the first meeting since the annexation of Crimea": the earliest meeting after the event. */
  firstSince: boolean;
}

let index: { matcher: PhraseMatcher; byName: Map<string, NotableEvent[]>; cues: Map<string, PhraseMatcher> } | undefined;

function eventIndex() {
  if (index) return index;
  const byName = new Map<string, NotableEvent[]>();
  const cues = new Map<string, PhraseMatcher>();
  for (const e of knowledge().events) {
    for (const name of allNames(e.names)) {
      const key = fold(name);
      byName.set(key, [...(byName.get(key) ?? []), e]);
    }
    if (e.cues) cues.set(e.id, phraseMatcher(allNames(e.cues)));
  }
  index = { matcher: phraseMatcher([...byName.keys()]), byName, cues };
  return index;
}

function toDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayNumber(y, m, d);
}

export function findEvents(text: string, folded: string, lex: Lexicon, sentences: Sentence[]): EventMention[] {
  const { matcher, byName, cues } = eventIndex();
  const out: EventMention[] = [];
  const numbers = lex.numbers.words as Record<string, number>;
  for (const hit of matcher.all(folded)) {
    const sentence = sentenceOf(sentences, hit) ?? { start: hit.start, end: hit.end };
    let candidates = byName.get(hit.phrase) ?? [];
    const cued = candidates.filter((e) => cues.get(e.id)?.test(folded, sentence.start, sentence.end));
    if (cued.length) candidates = cued;
    if (!candidates.length) continue;
    const from = Math.min(...candidates.map((e) => toDay(e.date)));
    const to = Math.max(...candidates.map((e) => toDay(e.endDate ?? e.date)));
    const before = folded.slice(Math.max(sentence.start, hit.start - 40), hit.start);
    const offset = lex.eventOffset.exec(before);
    let offsetDays: number | undefined;
    if (offset) {
      const count = /^\d+$/.test(offset[1]) ? Number(offset[1]) : numbers[offset[1]];
      const units = lex.calendar.durationUnits as Record<string, number>;
      const sign = lex.calendar.eventOffset.before.includes(offset[3]) ? -1 : 1;
      if (count) offsetDays = count * units[offset[2]] * sign;
    }
    const dayAfter = Object.entries(lex.dayOffsetPhrases).find(([p]) => before.trimEnd().endsWith(fold(p)) || before.includes(fold(p) + ' '));
    if (offsetDays === undefined && dayAfter) offsetDays = dayAfter[1];
    out.push({
      name: text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
      from,
      to,
      candidates: candidates.map((e) => [toDay(e.date), toDay(e.endDate ?? e.date)]),
      anniversary: lex.cues.anniversary.test(folded, Math.max(sentence.start, hit.start - 40), hit.start),
      recent: lex.cues.recent.test(folded, Math.max(sentence.start, hit.start - 30), hit.start),
      lastYear: lex.lastYear.test(folded, sentence.start, sentence.end),
      offsetDays,
      offsetText: offset?.[0].trim() ?? dayAfter?.[0],
      firstSince:
        lex.cues.since.test(folded, Math.max(sentence.start, hit.start - 25), hit.start) && lex.cues.firstSince.test(folded, sentence.start, hit.start),
    });
  }
  return out;
}
