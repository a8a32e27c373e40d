/** Linking frames into meetings: a frame joins the meeting it is compatible with, or founds a new one. */
import type { DocContext, Frame, Relation } from './frames.ts';
import { placeOfMeeting, levelOf } from './slots.ts';

export interface Draft {
  key: string;
  frames: Frame[];
  relation: Relation;
  /** Key of the meeting this one is earlier or later than. */
  relativeTo: string | null;
  body: string | null;
  /**
   * The meeting on whose margins another is held ("en marge du sommet de l'Otan"): never the subject, joined
   * only by name. Named with neither body nor date ("en marge du sommet"), it is a meeting the text already told of.
   */
  aside?: boolean;
}

function dayMonths(frame: Frame): string[] {
  return frame.dates.filter((d) => d.day !== undefined && d.month !== undefined).map((d) => `${d.month}-${d.day}`);
}

function weekdays(frame: Frame): number[] {
  return frame.dates.filter((d) => d.weekday !== undefined && d.day === undefined).map((d) => d.weekday!);
}

/** Days from the writing a relative expression names, as a range ("today" 0–0, "next month" 1–62). */
function relativeDays(frame: Frame): [number, number][] {
  return frame.dates.flatMap((d): [number, number][] => {
    // "next Wednesday", "last Monday": within the coming or the past fortnight.
    if (d.weekdayRelation === 'next') return [[1, 13]];
    if (d.weekdayRelation === 'last') return [[-13, -1]];
    if (!d.relative) return [];
    const { unit, offset } = d.relative;
    if (unit === 'day') return [[offset, offset]];
    // Within the current one, or somewhere in the next or previous: at most two units away.
    const reach = unit === 'week' ? 13 : unit === 'month' ? 62 : 730;
    return [offset > 0 ? [1, reach * offset] : offset < 0 ? [reach * offset, -1] : [-reach / 2, reach / 2]];
  });
}

/** Whether a day and month stated with a weekday but no year ("mercredi", "30 sept") can fall in one of the years. */
function weekdayFitsYears(frames: Frame[], years: number[]): boolean {
  const days = frames.flatMap((f) => f.dates.filter((d) => d.day !== undefined && d.month !== undefined && d.year === undefined));
  const named = frames.flatMap(weekdays);
  if (days.length === 0 || named.length === 0) return true;
  return years.some((y) => days.some((d) => named.includes(new Date(Date.UTC(y, d.month! - 1, d.day!)).getUTCDay())));
}

function compatible(ctx: DocContext, draft: Draft, frame: Frame): boolean {
  if (frame.body && draft.body && frame.body !== draft.body) return false;
  // "its thirteenth meeting" and "It first met in Rome": two meetings of one body.
  const ordinals = draft.frames.flatMap((f) => (f.ordinal ? [f.ordinal] : []));
  if (frame.ordinal && ordinals.length && !ordinals.includes(frame.ordinal)) return false;
  // "a meeting here today" and "a wider meeting in Brussels next month": two times, two meetings.
  const ourTimes = draft.frames.flatMap(relativeDays);
  const theirTimes = relativeDays(frame);
  if (ourTimes.length && theirTimes.length && !ourTimes.some(([a, b]) => theirTimes.some(([c, d]) => a <= d && c <= b))) return false;
  // "On Monday, … promised" and "Obama will chair … next Wednesday": each dated, one told as past, the other as to come.
  // Bare weekdays a day apart ("ouvert dimanche", "s'achèveront lundi") may be two days of one meeting.
  const distant = (f: Frame) => f.dates.some((d) => d.weekdayRelation === 'next' || d.weekdayRelation === 'last' || (d.relative && d.relative.unit !== 'day'));
  const ourTenses = new Set(draft.frames.filter((f) => f.dates.length > 0).map((f) => f.tense).filter(Boolean));
  if (frame.tense && distant(frame) && ourTenses.size === 1 && !ourTenses.has(frame.tense)) return false;
  // "Juin 2015 …" and "Juin 2018 …": two years stated, two meetings.
  const ourYears = draft.frames.flatMap((f) => f.dates.filter((d) => d.year !== undefined && !d.relative).map((d) => d.year!));
  const theirYears = frame.dates.filter((d) => d.year !== undefined && !d.relative).map((d) => d.year!);
  if (ourYears.length && theirYears.length && !theirYears.some((y) => ourYears.includes(y))) return false;
  // "mercredi 30 septembre" and "en septembre 2014": 30 September 2014 was a Tuesday, so another meeting.
  if (ourYears.length === 0 && theirYears.length && !weekdayFitsYears(draft.frames, theirYears)) return false;
  if (theirYears.length === 0 && ourYears.length && !weekdayFitsYears([frame], ourYears)) return false;
  const ours = draft.frames.flatMap(dayMonths);
  const theirs = dayMonths(frame);
  if (ours.length && theirs.length && !theirs.some((d) => ours.includes(d))) return false;
  const cityOf = (spans: Frame[]) => placeOfMeeting(ctx, spans.map((f) => f.clause), false).city?.value;
  const a = cityOf(draft.frames);
  const b = cityOf([frame]);
  if (a && b && a !== b) return false;
  const la = levelOf(ctx, draft.frames.map((f) => f.clause));
  const lb = levelOf(ctx, [frame.clause]);
  if (la && lb && la.value !== lb.value) {
    // Two levels both named, one of them by its own word ("summit", "political directors"): two meetings.
    if (Math.max(la.confidence, lb.confidence) >= 0.9 && Math.min(la.confidence, lb.confidence) >= 0.8) return false;
    // Another day and a distinct level: the working group that met the day before the ministerial.
    const distinct = Math.max(la.confidence, lb.confidence) >= 0.9 || Math.min(la.confidence, lb.confidence) >= 0.8;
    const ourDays = draft.frames.flatMap(weekdays);
    const theirDays = weekdays(frame);
    if (distinct && ourDays.length && theirDays.length && !theirDays.some((d) => ourDays.includes(d))) return false;
  }
  return true;
}

/** How far from its meeting word "another", "similaire" may stand ("a similar gathering", "une réunion similaire"). */
const OTHER_MEETING_REACH = 12;

/** "hosted a similar gathering", "une autre réunion": a meeting besides the one already told of. */
function otherMeetingNear(ctx: DocContext, frame: Frame): boolean {
  if (frame.anchor.kind === 'verb') return false;
  const { start, end } = frame.anchor;
  return ctx.lex.cues.otherMeeting.all(ctx.folded, Math.max(0, start - OTHER_MEETING_REACH), Math.min(ctx.folded.length, end + OTHER_MEETING_REACH)).some(
    (m) => /^\s+$/.test(ctx.folded.slice(m.end, start)) || /^\s+$/.test(ctx.folded.slice(end, m.start)),
  );
}

function demonstrativeBefore(ctx: DocContext, frame: Frame): boolean {
  const { start } = frame.anchor;
  return ctx.lex.cues.demonstratives.all(ctx.folded, Math.max(0, start - 6), start).some((m) => /^\s+$/.test(ctx.folded.slice(m.end, start)));
}

export function linkFrames(ctx: DocContext, frames: Frame[]): Draft[] {
  const drafts: Draft[] = [];
  let subject: Draft | null = null;
  let focus: Draft | null = null;
  let previousClauseRelation: Relation = null;
  let previousSentence = -1;
  for (const frame of frames) {
    if (frame.bilateral) continue;
    // "celle des ministres de la Défense" continues the relation of the clause before it.
    let relation = frame.relation;
    if (!relation && frame.anchor.kind === 'pronoun' && frame.clause.sentence === previousSentence) relation = previousClauseRelation;
    previousClauseRelation = relation;
    previousSentence = frame.clause.sentence;
    const newDraft = (rel: Relation): Draft => {
      const d: Draft = { key: `m${drafts.length}`, frames: [frame], relation: rel, relativeTo: null, body: frame.body };
      drafts.push(d);
      return d;
    };
    let target: Draft | null = null;
    // "prendre part à cette réunion": a demonstrative names the meeting in focus, whatever its relation.
    if (!frame.body && focus && demonstrativeBefore(ctx, frame)) {
      // Right after an earlier or later meeting named in passing ("depuis la réunion de Dhahran"), "cette session" is the text's own.
      const named: Draft = focus.relation && subject && subject !== focus && compatible(ctx, subject, frame) ? subject : focus;
      if (compatible(ctx, named, frame)) {
        named.frames.push(frame);
        focus = named;
        continue;
      }
    }
    if (relation) {
      target = drafts.find((d) => d.relation === relation && compatible(ctx, d, frame) && d.frames.at(-1)!.clause.sentence >= frame.clause.sentence - 1) ?? null;
      if (!target) {
        target = newDraft(relation);
        target.relativeTo = subject?.key ?? null;
      } else target.frames.push(frame);
    } else if (frame.clause.link === 'same' && (frame.body || frame.dates.length > 0)) {
      // "en marge du sommet de l'Otan", told twice: one meeting.
      target = drafts.find((d) => d.aside && d.body === frame.body && compatible(ctx, d, frame)) ?? null;
      if (target) target.frames.push(frame);
      else {
        target = newDraft(null);
        target.aside = true;
      }
    } else if (frame.heading || (drafts.length > 0 && otherMeetingNear(ctx, frame))) {
      target = newDraft(null);
      subject ??= target;
    } else {
      const joinable = (d: Draft | null): d is Draft => d !== null && !d.relation && (!d.aside || (frame.body !== null && frame.body === d.body));
      const candidates: Draft[] = [subject, focus, ...drafts].filter(joinable);
      target = candidates.find((d: Draft) => compatible(ctx, d, frame)) ?? null;
      if (target) target.frames.push(frame);
      else target = newDraft(null);
      if (!target.aside) subject ??= target;
    }
    target.body ??= frame.body;
    focus = target;
  }
  // Relations found before the subject appeared point to it too.
  for (const d of drafts) if (d.relation && !d.relativeTo && subject && d !== subject) d.relativeTo = subject.key;
  return drafts;
}
