/**
 * Meetings stage: finds the frames that speak of meetings, links them into one draft per meeting,
 * reads every slot from the spans of each draft, and resolves dates for the whole document at once.
 */
import type { DateValue, Evidence, MeetingLevel, Mention, MeetingStatus, PublicationSource, Slot, Span } from '../../core/types.ts';
import type { PersonEntity } from '../entities/index.ts';
import type { DateExpression } from '../dates/expressions.ts';
import { resolveTime, type MeetingTimeInput, type TimeOutput } from '../dates/reason.ts';
import { clausesOf, findFrames, placeDateCredit, tenseOf, type DocContext, type Tense } from './frames.ts';
import { linkFrames, type Draft } from './link.ts';
import { chairsOf, chairsOnRecord, formatOf, meetingOnRecord, levelOf, listsTopics, memberCountOf, withAidAgenda, withDefenceAgenda, participantsOf, placeOfMeeting, topicsOf, type PlaceSlots } from './slots.ts';
import { cityNamedLike, organisationOf, placeOf } from '../entities/index.ts';
import { sentenceOf } from '../../core/text.ts';
import type { KnownMeeting } from '../../knowledge/types.ts';
import { knowledge } from '../../knowledge/index.ts';

export interface MeetingsInput {
  ctx: DocContext;
  people: PersonEntity[];
  publishedHint?: DateValue & { source: PublicationSource };
  crawlDate?: DateValue;
  now: Date;
}

export interface MeetingsOutput {
  mentions: Mention[];
  time: TimeOutput;
}

const LEAD_PARAGRAPHS = 2;

const STAMP_PARAGRAPHS = 3;

const STAMP_SEPARATOR = /\s[-–—|]\s/g;
/** A byline is a short line: longer, a dash before a date is a sentence's. */
const BYLINE_LENGTH = 100;

/**
 * A full date alone on its line near the top or the bottom of a text ("8 December 2022", "Publié le
 * mardi 23 février 2016 à 14h32") is the page's own date stamp: the day of publication.
 */
function isDateStamp(ctx: DocContext, e: DateExpression, paragraph: number): boolean {
  if (e.day === undefined || e.month === undefined || e.year === undefined) return false;
  const lastParagraph = ctx.sentences[ctx.sentences.length - 1].paragraph;
  if (paragraph > STAMP_PARAGRAPHS && paragraph < lastParagraph - STAMP_PARAGRAPHS + 1) return false;
  let lineStart = ctx.text.lastIndexOf('\n', e.start - 1) + 1;
  let lineEnd = ctx.text.indexOf('\n', e.end);
  // "Par Le Figaro avec AFP - Mis à jour le 03/02/2016": a byline set apart by a dash; the stamp is the part with the date.
  const before = ctx.text.slice(lineStart, e.start);
  const separator = [...before.matchAll(STAMP_SEPARATOR)].at(-1);
  // "Commentary | Counter-Terrorism Programme | 14 March 2017": a short byline whose last part is the date.
  const segmentStart = separator ? lineStart + separator.index! + separator[0].length : lineStart;
  // "Al Arabiya English | Thursday, 21 April 2016": the weekday may open the date.
  const lead = ctx.folded.slice(segmentStart, e.start).replace(weekdayNames(ctx), ' ');
  const bylineEnd = separator !== undefined && /^[\s,]*$/.test(lead) && e.end - lineStart <= BYLINE_LENGTH;
  if (separator && (bylineEnd || ctx.lex.cues.publicationStamp.test(ctx.folded, segmentStart, e.start))) {
    lineStart += separator.index! + separator[0].length;
  }
  const after = ctx.text.slice(e.end, lineEnd < 0 ? undefined : lineEnd);
  const next = after.search(STAMP_SEPARATOR);
  if (next >= 0) lineEnd = e.end + next;
  // What else the line holds: a time of day, stamp words ("Publié le", "Updated") and a weekday are allowed.
  const rest = (ctx.folded.slice(lineStart, e.start) + ' ' + ctx.folded.slice(e.end, lineEnd < 0 ? undefined : lineEnd)).replace(/\b\d{1,2}\s*[h:.]\s*\d{2}\b/g, ' ');
  // "Paris, le 5 avril 2019": a communiqué's place of issue opens its date line.
  const issuedAt = ctx.entities.find((x) => x.kind === 'city' && x.start >= lineStart && x.end <= e.start && /^\s*$/.test(ctx.folded.slice(lineStart, x.start)) && ctx.folded[x.end] === ',');
  let left = issuedAt ? blank(rest, issuedAt.start - lineStart, issuedAt.end - lineStart) : rest;
  for (const m of ctx.lex.cues.publicationStamp.all(rest)) left = blank(left, m.start, m.end);
  return /^[\s\p{P}]*$/u.test(left.replace(weekdayNames(ctx), ' '));
}

/** The text with [from, to) turned to spaces, so that offsets found in it still hold. */
const blank = (text: string, from: number, to: number) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);

const weekdayPatterns = new WeakMap<DocContext['lex'], RegExp>();

/** Weekday names, whole or shortened to their first three letters ("Wed 25 Apr 2018"); compiled once per language. */
function weekdayNames(ctx: DocContext): RegExp {
  let re = weekdayPatterns.get(ctx.lex);
  if (!re) {
    re = new RegExp(`\\b(?:${Object.keys(ctx.lex.calendar.weekdays).flatMap((w) => [w, w.slice(0, 3)]).join('|')})\\b\\.?`, 'g');
    weekdayPatterns.set(ctx.lex, re);
  }
  return re;
}

/** Words a speech verb may take before its day ("told reporters on Thursday", "a indiqué à la presse mardi"). */
const SPEECH_OBJECT_WORDS = 3;

/** The weekday right after a speech verb and its object dates the telling, unless a meeting is named in between. */
function toldOn(ctx: DocContext, sentenceStart: number, e: DateExpression): boolean {
  const from = Math.max(sentenceStart, e.start - 45);
  const verb = ctx.lex.cues.speechVerbs.all(ctx.folded, from, e.start).at(-1);
  if (!verb) return false;
  const gap = ctx.folded.slice(verb.end, e.start);
  if (/[,;:.!?"«»()]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > SPEECH_OBJECT_WORDS) return false;
  return !ctx.lex.meetingNouns.test(ctx.folded, verb.end, e.start) && !ctx.lex.meetingVerbs.test(ctx.folded, verb.end, e.start);
}

/** Weekdays that date the news itself ("a annoncé mardi"), datelines, and "ce mercredi (22 mars 2017)". */
function announcementExpressions(ctx: DocContext): DateExpression[] {
  const out: DateExpression[] = [];
  for (const e of ctx.dates) {
    const sentence = sentenceOf(ctx.sentences, e);
    if (!sentence) continue;
    if (e.weekdayRelation === 'this' && e.day !== undefined && e.year !== undefined) {
      out.push(e);
      continue;
    }
    if (isDateStamp(ctx, e, sentence.paragraph) || placeDateCredit(ctx, e)) {
      out.push({ ...e, rule: 'dateline' });
      continue;
    }
    if (sentence.paragraph > LEAD_PARAGRAPHS) continue;
    // "a annoncé mardi", "a annoncé ce mardi 8 mars": the day of the telling.
    if (e.weekday !== undefined && (e.day === undefined || e.weekdayRelation === 'this') && (e.weekdayRelation === 'bare' || e.weekdayRelation === 'this')) {
      if (toldOn(ctx, sentence.start, e)) out.push(e);
      continue;
    }
    // "WASHINGTON, 22 mars (Reuters) -": a date near the start of the lead followed by an agency or a dash.
    if (e.day !== undefined && e.start - sentence.start < 40 && sentence.paragraph <= LEAD_PARAGRAPHS) {
      const after = ctx.text.slice(e.end, e.end + 30);
      if (/^\s*(\([^)]{2,25}\)\s*)?[-–—:]/.test(after) || /^\s*\((AFP|Reuters|AP|MAP|Belga|APS|ANSA|dpa|Xinhua|Anadolu|WAM|KUNA|SPA|QNA|Petra|TAP)\)/i.test(after)) {
        out.push({ ...e, rule: 'dateline' });
      }
    }
  }
  return out;
}

/**
 * The city of a dateline ("BRUXELLES, 11 fév (AFP) -", "ROME (AP) —", "Koweït - "): where the news was
 * filed, and so where a meeting reported as held, with no other place named, took place.
 */
function datelineCity(ctx: DocContext): PlaceSlots | null {
  for (const s of ctx.sentences) {
    if (s.paragraph > LEAD_PARAGRAPHS) break;
    const e = ctx.entities.find((x) => (x.kind === 'city' || x.kind === 'country' || (x.kind === 'organisation' && organisationOf(x.id)?.seat)) && x.start >= s.start && x.start - s.start <= 2);
    if (!e) continue;
    const after = ctx.text.slice(e.end, e.end + 45);
    // "Dinard. Le G7 des chefs de la diplomatie …": a regional paper's headline opens with the town, alone before a full stop.
    const townAlone = e.kind === 'city' && s.paragraph === 0 && /^\.\s/.test(after);
    // "ROME (AP) —", "Koweït, 14 fév (KUNA) --", "ISE-SHIMA (Japon), 27 mai 2016 (AFP) -".
    if (!townAlone && !/^(?:\s*(?:\([^)\n]{2,30}\)|,\s*[^-–—()\n,]{1,30}?))*\s*(?:--|[-–—:])\s/u.test(after)) continue;
    const seat = e.kind === 'organisation' ? organisationOf(e.id)?.seat : undefined;
    const place = seat ? placeOf(seat) : e.kind === 'city' ? placeOf(e.id) : cityNamedLike(e.id, e.text);
    if (!place) continue;
    const ev = { start: e.start, end: e.end, text: e.text, rule: 'city:dateline' };
    return {
      cityId: place.id,
      city: { value: place.name, evidence: [ev], confidence: 0.6 },
      country: { value: place.country, evidence: [{ ...ev, rule: 'country:dateline' }], confidence: 0.6 },
      venue: null,
      coordinates: { lat: place.lat, lon: place.lon },
    };
  }
  return null;
}

/**
 * The day the lead gives the news ("Tillerson told the coalition's ministers on Wednesday …", "ont
 * discuté hier"): a meeting reported as held with no date of its own is that news. Only weekdays and
 * days counted from the writing qualify; a full date in the lead may be any event's.
 */
function leadNewsDay(ctx: DocContext, drafts: Draft[], announcementAt: Set<number>): DateExpression | null {
  const framed = new Set(drafts.flatMap((d) => d.frames.flatMap((f) => f.dates.map((e) => e.start))));
  for (const e of ctx.dates) {
    const sentence = sentenceOf(ctx.sentences, e);
    if (!sentence || sentence.paragraph > LEAD_PARAGRAPHS) break;
    if (framed.has(e.start) || announcementAt.has(e.start)) continue;
    const weekday = e.weekday !== undefined && e.day === undefined && e.weekdayRelation !== 'next';
    const dayBefore = e.relative?.unit === 'day' && e.relative.offset <= 0;
    if (weekday || dayBefore) return e;
  }
  return null;
}

function leadAnnouncesWeekday(ctx: DocContext, announcements: DateExpression[]): boolean {
  return announcements.some((e) => e.weekday !== undefined && e.day === undefined && (sentenceOf(ctx.sentences, e)?.paragraph ?? Infinity) <= LEAD_PARAGRAPHS);
}

/** Sentences without a frame that still speak of the meeting in focus: agenda, chairs, attendance. */
function supportSpans(ctx: DocContext, drafts: Draft[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  const framed = new Set(drafts.flatMap((d) => d.frames.map((f) => f.clause.sentence)));
  ctx.sentences.forEach((s, i) => {
    if (framed.has(i)) return;
    const cues = ctx.lex.cues;
    // Boilerplate about the body itself ("Depuis sa création en 2014, la Coalition ...") is no meeting's agenda.
    if (cues.background.test(ctx.folded, s.start, s.end)) return;
    const cued = [cues.agenda, cues.chairBefore, cues.participation, cues.participationIntro].some((m) => m.test(ctx.folded, s.start, s.end));
    // A bare list of lines of effort speaks of a meeting only right after one of its sentences.
    const listed = !cued && listsTopics(ctx, s) && framed.has(i - 1);
    if (!cued && !listed) return;
    // The meeting in focus is the one whose latest frame comes last before this sentence.
    let focus: Draft | undefined;
    let best = -1;
    for (const d of drafts) {
      const last = Math.max(...d.frames.map((f) => f.clause.sentence).filter((n) => n < i));
      if (Number.isFinite(last) && last > best) {
        best = last;
        focus = d;
      }
    }
    if (focus) out.set(focus.key, [...(out.get(focus.key) ?? []), { start: s.start, end: s.end }]);
  });
  return out;
}

function sentenceSpans(ctx: DocContext, draft: Draft, drafts: Draft[]): Span[] {
  // A whole sentence belongs to a meeting when no other meeting has a frame in it.
  return draft.frames.map((f) => {
    const shared = drafts.some((d) => d !== draft && d.frames.some((g) => g.clause.sentence === f.clause.sentence));
    const s = ctx.sentences[f.clause.sentence];
    // A heading speaks for its whole paragraph ("Août 2019, Biarritz. Emmanuel Macron renonce …").
    if (f.heading) return { start: s.start, end: Math.max(...ctx.sentences.filter((x) => x.paragraph === s.paragraph).map((x) => x.end)) };
    return shared ? f.clause : { start: s.start, end: s.end };
  });
}

/**
 * "The meeting came three months after the aid conference in Brussels": a count that leads into this meeting's
 * words runs from the other meeting back to this one.
 */
function countedToward(ctx: DocContext, e: DateExpression, draft: Draft): DateExpression {
  const words = ctx.folded.slice(e.start, e.end).trimEnd();
  if (!e.fromMeeting || !ctx.lex.cues.countLeadsInto.all(words).some((m) => m.end === words.length)) return e;
  const anchor = draft.frames.find((f) => f.clause.start <= e.start && e.end <= f.clause.end)?.anchor;
  if (!anchor || anchor.start < e.end) return e;
  return { ...e, fromMeeting: { ...e.fromMeeting, days: -e.fromMeeting.days } };
}

function statusOf(ctx: DocContext, spans: Span[], tense: Tense, date: DateValue | null, published: DateValue | null): Slot<MeetingStatus> {
  const cues = ctx.lex.cues;
  for (const span of spans) {
    for (const [status, matcher] of [['cancelled', cues.cancelled], ['postponed', cues.postponed]] as const) {
      const hit = matcher.all(ctx.folded, span.start, span.end)[0];
      if (hit) return { value: status, evidence: [{ ...hit, text: ctx.text.slice(hit.start, hit.end), rule: `status:${status}` }], confidence: 0.7 };
    }
  }
  const ev: Evidence[] = spans.slice(0, 1).map((s) => ({ ...s, text: ctx.text.slice(s.start, s.end), rule: 'status:tense' }));
  if (date?.precision === 'day' && published?.precision === 'day') {
    if (date.iso > published.iso) return { value: 'planned', evidence: ev, confidence: 0.9 };
    if (date.iso < published.iso) return { value: 'held', evidence: ev, confidence: 0.9 };
  }
  // Compared at the coarser precision: a day of the month of publication is neither before nor after it.
  const later = date && published && !date.iso.startsWith(published.iso) && date.iso > published.iso;
  return { value: tense === 'future' ? 'planned' : tense === 'past' ? 'held' : later ? 'planned' : 'held', evidence: ev, confidence: 0.6 };
}

/** "a adopté la résolution 2249", "adopted resolution 2178": numbers of resolutions the meeting adopted. */
function adoptedResolutions(ctx: DocContext, spans: Span[]): number[] {
  // "a adopté une résolution … Rédigée par la France, la résolution 2249 …": adopted in one sentence, numbered in another.
  if (!spans.some((s) => ctx.lex.cues.adoptionVerbs.test(ctx.folded, s.start, s.end))) return [];
  const out: number[] = [];
  for (const span of spans) {
    for (const word of ctx.lex.cues.resolutionWords.all(ctx.folded, span.start, span.end)) {
      const number = /^\s+(?:n°\s*|no\.?\s*)?(\d{3,4})\b/.exec(ctx.folded.slice(word.end, word.end + 12));
      if (number) out.push(Number(number[1]));
    }
  }
  return out;
}

/** "Ce rendez-vous, le premier depuis le sommet de Tunis": the first after an earlier meeting named in its sentence. */
function firstSinceEarlier(ctx: DocContext, draft: Draft, drafts: Draft[]): boolean {
  return draft.frames.some((f) => {
    const s = ctx.sentences[f.clause.sentence];
    if (!ctx.lex.cues.firstSince.test(ctx.folded, s.start, s.end)) return false;
    return drafts.some((d) => d !== draft && d.relation === 'previous' && d.frames.some((g) => g.clause.sentence === f.clause.sentence));
  });
}

/** "Depuis sa création en 2014, la Coalition …", "La Coalition se réunit régulièrement …": the body, not a meeting. */
function aboutTheBody(ctx: DocContext, s: Span): boolean {
  if (ctx.lex.cues.background.test(ctx.folded, s.start, s.end) || ctx.lex.cues.habitual.test(ctx.folded, s.start, s.end)) return true;
  // "La Coalition dont les actions ont amoindri …": a sentence whose subject is the body describes the body.
  const lead = /^\s*(?:(?:la|le|les|l'|the)\s*)?/.exec(ctx.folded.slice(s.start, s.end))![0].length;
  const at = s.start + lead;
  const startsWith = (m: { all: (t: string, a?: number, b?: number) => { start: number }[] }) => m.all(ctx.folded, at, Math.min(s.end, at + 40)).some((x) => x.start === at);
  return (
    ctx.entities.some((e) => e.kind === 'organisation' && e.start === at && organisationOf(e.id)?.meets) ||
    startsWith(ctx.lex.cues.bodyNouns) ||
    startsWith(ctx.lex.cues.bodyMembers)
  );
}

/** A meeting the record names by its day, where the text names no place: held where the record says. */
function placeFromRecord(place: PlaceSlots, known: KnownMeeting | undefined, virtual: boolean, evidence: Evidence[]): Omit<PlaceSlots, 'cityId'> {
  const { city, country, venue, coordinates } = place;
  if (city || virtual || !known?.city) return { city, country, venue, coordinates };
  const where = placeOf(known.city);
  // "la Lettonie reçoit": the record's city, when it lies in the country the text names.
  if (!where || (country && country.value !== where.country)) return { city, country, venue, coordinates };
  const ev = evidence.map((e) => ({ ...e, rule: 'city:on-record' }));
  return {
    city: { value: where.name, evidence: ev, confidence: 0.5 },
    country: country ?? { value: where.country, evidence: ev.map((e) => ({ ...e, rule: 'country:on-record' })), confidence: 0.5 },
    venue,
    coordinates: { lat: where.lat, lon: where.lon },
  };
}

/** "les 29 pays membres", "all 30 allies", "des trente pays de l'Alliance": a count of the body's own members. */
function countsMembers(ctx: DocContext, count: Span): boolean {
  if (ctx.lex.cues.memberNouns.test(ctx.folded, count.start, count.end)) return true;
  return ctx.lex.cues.memberOfBody.all(ctx.folded, count.end, Math.min(ctx.folded.length, count.end + 30)).some((m) => /^\s*$/.test(ctx.folded.slice(count.end, m.start)));
}

function seatOfMeetings(body: string | null): string | null {
  const org = body ? organisationOf(body) : undefined;
  return org?.meetsAtSeat ? (org.seat ?? null) : null;
}

function marginHost(draft: Draft, drafts: Draft[]): Draft | undefined {
  const sentences = new Set(draft.frames.map((f) => f.clause.sentence));
  return drafts.find((d) => d.aside && d !== draft && d.frames.some((f) => sentences.has(f.clause.sentence) && f.dates.length > 0));
}

/**
 * Two mentions of one body, level and day in one text are one meeting told twice ("à la veille de la réunion
 * ministérielle … Jeudi, les chefs de la diplomatie, réunis …"): the first keeps its values, the second fills its gaps.
 */
function mergeSameMeeting(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) {
    const same = kept.find(
      (k) =>
        k.body.value === m.body.value &&
        k.level.value === m.level.value &&
        k.date?.value.precision === 'day' &&
        k.date.value.iso === m.date?.value.iso &&
        (!k.city || !m.city || k.city.value === m.city.value),
    );
    if (!same) {
      kept.push(m);
      continue;
    }
    const union = <T extends { value: unknown }>(a: T[], b: T[]) => [...a, ...b.filter((x) => !a.some((y) => JSON.stringify(y.value) === JSON.stringify(x.value)))];
    Object.assign(same, {
      role: same.role === 'subject' || m.role === 'subject' ? 'subject' : 'mentioned',
      city: same.city ?? m.city,
      country: same.country ?? m.country,
      venue: same.venue ?? m.venue,
      coordinates: same.coordinates ?? m.coordinates,
      endDate: same.endDate ?? m.endDate,
      memberCount: same.memberCount ?? m.memberCount,
      chairs: union(same.chairs, m.chairs),
      participants: union(same.participants, m.participants).filter((p) => !union(same.chairs, m.chairs).some((c) => c.value === p.value)),
      topics: union(same.topics, m.topics),
      spans: [...same.spans, ...m.spans],
    });
  }
  return kept.map((m, index) => ({ ...m, index }));
}

/** Which meeting a minister or a head of state convenes when the text names no level. */
const LEVEL_OF_OFFICE: Record<string, MeetingLevel> = {
  foreign_minister: 'ministerial',
  defence_minister: 'defence_ministerial',
  head_of_state: 'summit',
  head_of_government: 'summit',
};

/** "John Kerry a réuni … les représentants d'une soixantaine de pays": the chairs' offices give the level. */
function levelOfChairs(chairs: Slot<string>[]): Slot<MeetingLevel> | null {
  const levels = new Set<MeetingLevel>();
  for (const chair of chairs) {
    const kinds = new Set(knowledge().officialByName.get(chair.value)?.offices.map((o) => o.kind) ?? []);
    const of = [...kinds].map((k) => LEVEL_OF_OFFICE[k]);
    // Heads of bodies and envoys chair meetings of every level; an official with several offices says nothing.
    if (of.length !== 1 || !of[0]) return null;
    levels.add(of[0]);
  }
  if (levels.size === 0) return null;
  const value = levels.size === 1 ? [...levels][0] : levels.size === 2 && levels.has('ministerial') && levels.has('defence_ministerial') ? 'joint_ministerial' : null;
  return value ? { value, evidence: chairs.flatMap((c) => c.evidence.slice(0, 1).map((e) => ({ ...e, rule: 'level:chair-office' }))), confidence: 0.5 } : null;
}

/**
 * A body whose meetings all have one level has it ("donor_conference" → other); a level the text does not
 * give comes from the meeting on record the date names.
 */
function levelOfMeeting(body: string, read: Slot<MeetingLevel> | null, known: KnownMeeting | undefined): Slot<MeetingLevel> {
  const fixed = organisationOf(body)?.level as MeetingLevel | undefined;
  if (fixed) return { value: fixed, evidence: read?.evidence ?? [], confidence: 0.9 };
  // "ministres" read loosely: the meeting on record says which ministers ("une nouvelle réunion … le 11 février à Bruxelles").
  const refines = known && read?.value === 'ministerial' && read.confidence < 0.9 && (known.level === 'defence_ministerial' || known.level === 'joint_ministerial');
  // "other" says nothing the record does not say better.
  const vague = known && read?.value === 'other' && known.level !== 'other';
  if (read && !refines && !vague) return read;
  if (known) return { value: known.level as MeetingLevel, evidence: read?.evidence ?? [], confidence: 0.6 };
  return { value: 'other', evidence: [], confidence: 0.3 };
}

/** "G20 : Merkel obtient …" then "ce sommet": the one body that meets named anywhere in the text is the one meeting. */
function onlyBodyNamed(ctx: DocContext): string | null {
  const named = new Set(ctx.entities.filter((e) => e.kind === 'organisation' && organisationOf(e.id)?.meets).map((e) => e.id));
  return named.size === 1 ? [...named][0] : null;
}

function draftTense(ctx: DocContext, frames: Draft['frames']): Tense {
  let future = 0;
  let past = 0;
  for (const f of frames) {
    const t = tenseOf(ctx, f.clause, f.anchor);
    if (t === 'future') future++;
    if (t === 'past') past++;
  }
  return future > past ? 'future' : past > future ? 'past' : null;
}

/** "le prédécesseur du général Dunford, Martin Dempsey, avait réuni … en octobre 2014": who took up every office of theirs later did not chair. */
function notYetInOffice(name: string, date: DateValue | null): boolean {
  const offices = knowledge().officialByName.get(name)?.offices ?? [];
  if (!date || offices.length === 0) return false;
  return offices.every((o) => o.from.slice(0, date.iso.length) > date.iso);
}

/** How far before a date "se poursuit", "continues until" may stand. */
const LATER_DAY_REACH = 4;

/** "La réunion s'ouvre ce mardi et se poursuit demain": a day the meeting goes on to does not date its opening, when another does;
 * a day it was once planned for ("initialement prévu le 16 décembre") dates nothing. */
function startDates(ctx: DocContext, expressions: DateExpression[]): DateExpression[] {
  const after = (cues: typeof ctx.lex.cues.laterDayLeads, e: DateExpression) =>
    cues.all(ctx.folded, Math.max(0, e.start - 30), e.start).some((c) => e.start - c.end <= LATER_DAY_REACH);
  // "Initialement prévu le 16 décembre, ce rendez-vous avait été repoussé": a day the meeting was not held on.
  const kept = expressions.filter((e) => !after(ctx.lex.cues.abandonedDateLeads, e));
  const opening = kept.filter((e) => !after(ctx.lex.cues.laterDayLeads, e));
  return opening.length > 0 ? opening : kept;
}

export function extractMeetings(input: MeetingsInput, docAboutIsis: boolean): MeetingsOutput {
  const { ctx, people } = input;
  const clauses = clausesOf(ctx);
  const frames = findFrames(ctx, clauses, docAboutIsis);
  const drafts = linkFrames(ctx, frames);
  const dominantBody = drafts.find((d) => d.body)?.body ?? (docAboutIsis ? 'coalition' : onlyBodyNamed(ctx));
  // A meeting told before any body is named, in a text about the war on ISIS, is the coalition's.
  const firstNamed = drafts.findIndex((d) => d.body);
  const kept = drafts.filter((d, i) => (d.body ??= i < firstNamed && docAboutIsis ? 'coalition' : dominantBody) !== null);
  const announcements = announcementExpressions(ctx);
  // Expressions that date the news are not the meeting's own dates; datelines are copies, so compare by position.
  const announcementAt = new Set(announcements.filter((e) => e.weekdayRelation !== 'this' || e.day === undefined).map((e) => e.start));
  const announcementStarts = new Set(announcements.map((e) => e.start));
  const support = supportSpans(ctx, kept);

  const dateline = datelineCity(ctx);
  const firstSubject = kept.find((d) => !d.relation && !d.aside);
  const prepared = kept.map((draft) => {
    const own = sentenceSpans(ctx, draft, kept);
    const all = [...own, ...(support.get(draft.key) ?? [])];
    const tense = draftTense(ctx, draft.frames);
    const format = formatOf(ctx, own);
    let place = placeOfMeeting(ctx, own, format?.value === 'virtual');
    // The dateline's city, where the text names no place or only the country it lies in ("au Japon").
    const sameCountry = !place.country || place.country.value === dateline?.country?.value;
    if (draft === firstSubject && dateline && !place.city && sameCountry && format?.value !== 'virtual' && tense !== 'future') place = dateline;
    const chairs = chairsOf(ctx, all, people, draft.body);
    const read = levelOf(ctx, own) ?? levelOf(ctx, all);
    // "des ministres et hauts responsables", co-chaired by two defence ministers: the chairs say which.
    const byChairs = levelOfChairs(chairs);
    const level = read && !(read.value === 'senior_officials' && read.confidence < 0.8 && byChairs) ? read : (byChairs ?? read);
    const count = memberCountOf(ctx, own) ?? memberCountOf(ctx, all);
    return { draft, own, all, tense, format, place, level, chairs, count };
  });

  const newsDay = leadNewsDay(ctx, kept, announcementAt);
  const claimed = prepared.filter((p) => p.draft !== firstSubject).flatMap((p) => p.own);
  const unclaimed = ctx.sentences.filter((s) => !claimed.some((c) => c.start < s.end && s.start < c.end));
  const timeInputs: MeetingTimeInput[] = prepared.map((p) => {
    // "a annoncé ce mardi 8 mars" dates the telling when the meeting has a date of its own ("en mai prochain").
    const framed = p.draft.frames.flatMap((f) => f.dates).filter((e) => !announcementAt.has(e.start));
    const notTelling = framed.filter((e) => !announcementStarts.has(e.start));
    const stated = startDates(ctx, notTelling.length > 0 ? notTelling : framed).map((e) => countedToward(ctx, e, p.draft));
    // Held on the margins of a meeting with days of its own ("en marge de la conférence ouverte lundi"): during it.
    const host = stated.length === 0 ? marginHost(p.draft, kept) : undefined;
    const isNews = stated.length === 0 && p.draft === firstSubject && p.tense !== 'future' && newsDay !== null;
    // "Stoltenberg said Thursday after chairing a meeting": the day names the telling; the meeting the lead reports came just before.
    const toldInLead = stated.length === 0 && p.draft === firstSubject && p.tense === 'past' && newsDay === null && leadAnnouncesWeekday(ctx, announcements);
    return {
      key: p.draft.key,
      body: p.draft.body,
      level: p.level?.value ?? null,
      // The Security Council and the General Assembly sit at the UN's seat: the record there dates their meetings.
      cityId: p.place.cityId ?? (p.format?.value !== 'virtual' ? seatOfMeetings(p.draft.body) : null),
      countryId: p.place.country?.value ?? null,
      virtual: p.format?.value === 'virtual',
      // The news a lead reports has happened.
      tense: isNews ? 'past' : p.tense,
      justBeforeWriting: toldInLead,
      relation: p.draft.relation && p.draft.relativeTo ? { kind: p.draft.relation, to: p.draft.relativeTo } : null,
      reference: firstSubject && p.draft !== firstSubject ? firstSubject.key : null,
      hostsReference: p.draft.aside === true,
      heldDuring: host?.key,
      // "les 29 pays membres de l'Otan", "all 30 allies": the body's own members, counted exactly.
      members: p.count?.value.qualifier === 'exact' && countsMembers(ctx, p.count.evidence[0]) ? p.count.value.value : undefined,
      // The text's subject also owns the sentences no other meeting claims ("Drafted by …, resolution 2253 extends …").
      resolutions: adoptedResolutions(ctx, p.draft === firstSubject ? [...p.own, ...unclaimed] : p.own),
      inaugural: p.draft.frames.some((f) => f.inaugural) || firstSinceEarlier(ctx, p.draft, kept),
      expressions: isNews ? [newsDay] : stated,
      chairs: people.filter((person) => p.chairs.some((c) => c.value === person.id)),
      attendees: people.filter((person) => person.titles.length > 0 && p.own.some((s) => person.start >= s.start && person.end <= s.end)),
      spans: p.own,
    };
  });
  const time = resolveTime({
    text: ctx.text,
    folded: ctx.folded,
    lex: ctx.lex,
    sentences: ctx.sentences,
    expressions: ctx.dates,
    announcementExpressions: announcements,
    people,
    publishedHint: input.publishedHint,
    crawlDate: input.crawlDate,
    now: input.now,
    meetings: timeInputs,
  });

  const subjectKey = prepared.find((p) => !p.draft.relation && !p.draft.aside)?.draft.key ?? prepared[0]?.draft.key;
  const mentions: Mention[] = prepared.map((p, index) => {
    const resolved = time.meetings.get(p.draft.key)!;
    const chairedElsewhere = (person: PersonEntity) => prepared.some((q) => q !== p && q.chairs.some((c) => c.value === person.id));
    const known = meetingOnRecord(p.draft.body!, p.place.cityId, resolved.date);
    const recorded = chairsOnRecord(ctx, p.all, people.filter((person) => !chairedElsewhere(person)), known, p.chairs);
    const chairs = [...p.chairs, ...recorded].filter((c) => !notYetInOffice(c.value, resolved.date));
    const dateEvidence: Evidence[] = timeInputs[index].expressions.map((e) => ({ start: e.start, end: e.end, text: e.text, rule: e.rule }));
    const bodyFrame = p.draft.frames.find((f) => f.bodyEvidence);
    const level = levelOfMeeting(p.draft.body!, p.level, known);
    const role = p.draft.key === subjectKey ? 'subject' : 'mentioned';
    // The subject's agenda may be told in sentences of their own; those about the body itself ("Depuis sa création …") are not.
    const topics = topicsOf(ctx, p.draft === firstSubject ? [...p.all, ...unclaimed.filter((s) => !aboutTheBody(ctx, s))] : p.all, p.own);
    const body = {
      value: p.draft.body!,
      evidence: bodyFrame?.bodyEvidence ? [{ ...bodyFrame.bodyEvidence, text: ctx.text.slice(bodyFrame.bodyEvidence.start, bodyFrame.bodyEvidence.end), rule: 'body:named' }] : [],
      confidence: bodyFrame ? 0.9 : 0.6,
    };
    return {
      index,
      role,
      status: statusOf(ctx, p.own, p.tense, resolved.date, time.published),
      body,
      level,
      date: resolved.date ? { value: resolved.date, evidence: dateEvidence, confidence: resolved.date.precision === 'day' ? 0.9 : 0.7 } : null,
      endDate: resolved.endDate ? { value: resolved.endDate, evidence: dateEvidence, confidence: 0.8 } : null,
      dateReasons: resolved.reasons,
      ...placeFromRecord(p.place, p.draft.key === subjectKey ? known : undefined, p.format?.value === 'virtual', dateEvidence),
      format: p.format,
      chairs,
      participants: participantsOf(ctx, p.all, p.own, people, chairs, p.draft.body, resolved.date?.iso ?? null),
      memberCount: p.count,
      topics: role === 'subject' ? withAidAgenda(withDefenceAgenda(topics, level), body) : topics,
      spans: p.draft.frames.map((f) => ({ start: f.clause.start, end: f.clause.end })),
    };
  });
  return { mentions: mergeSameMeeting(mentions), time };
}
