/**
 * Date reasoning for one document: the publication day D and each meeting's first day are variables;
 * what the text states, the tense, the terms of office of the people it names, the notable events it
 * refers to and the meetings on the public record become constraints. The answer is the most precise
 * value all remaining days share, with the reasons that led there.
 */
import type { DateValue, PublicationSource, Span } from '../../core/types.ts';
import { knowledge, type KnownMeeting, type Official } from '../../knowledge/index.ts';
import type { Lexicon } from '../../lang/index.ts';
import type { Sentence } from '../../core/text.ts';
import type { PersonEntity } from '../entities/index.ts';
import { commonValue, DaySet, dayNumber, DOMAIN_START, isoDay, parts } from './day-set.ts';
import type { DateExpression } from './expressions.ts';
import { findEvents, type EventMention } from './events.ts';
import { TimeNetwork, type Window } from './network.ts';

export type Tense = 'future' | 'past' | null;

export interface MeetingTimeInput {
  key: string;
  body: string | null;
  level: string | null;
  cityId: string | null;
  /** The host country when the text names no city ("la Lettonie reçoit les chefs de la diplomatie"). */
  countryId: string | null;
  /** Held online: only meetings on record with no city can be it. */
  virtual: boolean;
  tense: Tense;
  /** The news the lead reports, told on a weekday of its own: held in the week before the writing. */
  justBeforeWriting?: boolean;
  relation: { kind: 'previous' | 'next'; to: string } | null;
  /** The meeting the text is about, from which "la veille", "trois semaines plus tôt" count; none for that meeting itself. */
  reference: string | null;
  /** The meeting on whose margins the reference meeting was held: under way on its day. */
  hostsReference?: boolean;
  /** How many members of its body the text says meet: the body had that many only for a while. */
  members?: number;
  /** Security Council resolutions the text says the meeting adopted ("adopted resolution 2253"). */
  resolutions?: number[];
  /** The meeting on whose margins this one is held: on one of its first days. */
  heldDuring?: string;
  /** Called the first of its kind: of several meetings on record that fit, the earliest. */
  inaugural: boolean;
  expressions: DateExpression[];
  chairs: PersonEntity[];
  /** People named with their office in the meeting's own sentences: they held it then. */
  attendees: PersonEntity[];
  /** Spans of the clauses about the meeting: events named there date the meeting itself. */
  spans: Span[];
}

export interface TimeInput {
  text: string;
  folded: string;
  lex: Lexicon;
  sentences: Sentence[];
  expressions: DateExpression[];
  /** Expressions that date the writing of the text ("a annoncé mardi"), not a meeting. */
  announcementExpressions: DateExpression[];
  people: PersonEntity[];
  publishedHint?: DateValue & { source: PublicationSource };
  crawlDate?: DateValue;
  /** Nothing is published after this day. */
  now: Date;
  meetings: MeetingTimeInput[];
}

export interface ResolvedDate {
  date: DateValue | null;
  endDate: DateValue | null;
  reasons: string[];
}

export interface TimeOutput {
  published: (DateValue & { source: PublicationSource; reasons: string[] }) | null;
  meetings: Map<string, ResolvedDate>;
}

const D = 'published';
const YEAR = 366;

function rangeOf(value: DateValue): [number, number] {
  const [y, m, d] = value.iso.split('-').map(Number);
  if (value.precision === 'day') return [dayNumber(y, m, d), dayNumber(y, m, d)];
  if (value.precision === 'month') return [dayNumber(y, m, 1), dayNumber(y, m + 1, 1) - 1];
  return [dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1) - 1];
}

function termsOf(official: Official, kinds: string[]): { set: DaySet; text: string } | null {
  const offices = official.offices.filter((o) => kinds.length === 0 || kinds.includes(o.kind));
  if (offices.length === 0) return null;
  let set: DaySet | null = null;
  const texts: string[] = [];
  for (const o of offices) {
    const [fy, fm, fd] = o.from.split('-').map(Number);
    const to = o.to ? o.to.split('-').map(Number) : null;
    const range = DaySet.range(dayNumber(fy, fm, fd), to ? dayNumber(to[0], to[1], to[2]) : dayNumber(2100, 1, 1));
    set = set ? set.union(range) : range;
    texts.push(`${o.kind.replace(/_/g, ' ')} (${o.of}) ${o.from} – ${o.to ?? 'today'}`);
  }
  return { set: set!, text: `${official.name}, ${texts.join('; ')}` };
}

const describe = (e: DateExpression) => `"${e.text}"`;
const window = (lo: number, hi: number): Window => (d) => [d + lo, d + hi];

/** The window of days, around the day of writing d, that a year-less or weekday expression can name. */
function relativeWindow(e: DateExpression, tense: Tense): Window {
  if (e.relative) {
    const { unit, offset } = e.relative;
    if (unit === 'day') return window(offset, offset);
    if (unit === 'week') return offset > 0 ? window(1, 13) : offset < 0 ? window(-13, -1) : window(-6, 6);
    if (unit === 'month')
      return (d) => {
        const p = parts(d);
        return [dayNumber(p.year, p.month + offset, 1), dayNumber(p.year, p.month + offset + 1, 1) - 1];
      };
    return (d) => {
      const y = parts(d).year + offset;
      return [dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1) - 1];
    };
  }
  if (e.weekday !== undefined && e.day === undefined) {
    switch (e.weekdayRelation) {
      case 'last':
        return window(-7, -1);
      case 'next':
        return window(1, 13);
      case 'this':
        return tense === 'past' ? window(-6, 0) : tense === 'future' ? window(0, 6) : window(-6, 6);
      default:
        // A bare weekday is within the week of writing: a week ago or ahead would be "jeudi dernier" or
        // "jeudi prochain". Told in the present, it is the nearest one ("se réunissent jeudi").
        return tense === 'past' ? window(-6, 0) : tense === 'future' ? window(0, 6) : window(-3, 3);
    }
  }
  // The nearest occurrence on the side the tense gives: 365 days hold exactly one of each day and month.
  return tense === 'past' ? window(-364, 0) : tense === 'future' ? window(0, 364) : window(-YEAR, YEAR);
}

function statedFields(e: DateExpression): DaySet | null {
  // "l'an dernier" states nothing of itself; "en avril de l'année dernière" states the month.
  if (e.relative && e.month === undefined) return null;
  if (e.day === undefined && e.month === undefined && e.year === undefined && e.weekday === undefined) return null;
  const part = e.monthPart === 'early' ? [1, 10] : e.monthPart === 'mid' ? [10, 20] : e.monthPart === 'late' ? [20, 31] : [undefined, undefined];
  const read = DaySet.matching({ year: e.year, month: e.month, day: e.day, weekday: e.weekday, dayFrom: part[0], dayTo: part[1] });
  if (!e.dayMonthAmbiguous) return read;
  return read.union(DaySet.matching({ year: e.year, month: e.day, day: e.month, weekday: e.weekday }));
}

function specificity(e: DateExpression): number {
  // "next year" fixes less than any other word of time: "today" and "jeudi" come first.
  if (e.relative) return e.relative.unit === 'year' ? -1 : 0;
  // "une semaine plus tôt" may count to something else told in the sentence ("Nommée … une semaine plus tôt"): last.
  if (e.fromMeeting) return -2;
  return (e.day !== undefined ? 4 : 0) + (e.year !== undefined ? 2 : 0) + (durationOf(e) !== null ? 2 : 0) + (e.month !== undefined ? 1 : 0);
}

const MAX_MEETING_SPAN = 2;
/** How far apart an earlier or next meeting of the same body may be. */
const RELATED_MEETINGS_YEARS = 4;
/** A summit or conference on whose margins others meet lasts a few days at most. */
const MAX_MARGIN_DAYS = 3;

/**
 * Two weekdays told of one meeting a day or two apart ("s'est ouverte mercredi" … "jeudi, les
 * ministres ont …") are its first and a later day, not a contradiction.
 */
function spanOfWeekdays(expressions: DateExpression[]): DateExpression[] {
  const bare = expressions.filter((e) => e.weekday !== undefined && e.day === undefined && e.durationDays === undefined && !e.relative);
  const weekdays = [...new Set(bare.map((e) => e.weekday!))];
  if (weekdays.length !== 2) return expressions;
  const [a, b] = weekdays;
  const forward = (b - a + 7) % 7;
  const [first, days] = forward <= MAX_MEETING_SPAN ? [a, forward] : 7 - forward <= MAX_MEETING_SPAN ? [b, 7 - forward] : [null, 0];
  if (first === null) return expressions;
  const opening = bare.find((e) => e.weekday === first)!;
  // Told in the order they happened, or they are two different things.
  if (bare.some((e) => e.weekday !== first && e.start < opening.start)) return expressions;
  return [...expressions.filter((e) => !bare.includes(e)), { ...opening, durationDays: days }];
}

function durationOf(e: DateExpression): number | null {
  if (e.durationDays !== undefined) return e.durationDays;
  if (e.endDay === undefined || e.day === undefined || e.month === undefined) return null;
  const year = e.year ?? 2001;
  const endMonth = e.endMonth ?? e.month;
  const endYear = e.endYear ?? (endMonth < e.month ? year + 1 : year);
  const days = dayNumber(endYear, endMonth, e.endDay) - dayNumber(year, e.month, e.day);
  return days > 0 && days < 15 ? days : null;
}

/** Returns the meetings told as the first since an event: of the meetings on record that fit, the earliest. */
function applyEvents(net: TimeNetwork, input: TimeInput, events: EventMention[]): Set<string> {
  const firstAfterEvent = new Set<string>();
  for (const ev of events) {
    const [from, to] = [ev.from, ev.to];
    const label = `${ev.name} (${ev.candidates.map(([first]) => isoDay(first)).join(' or ')})`;
    if (ev.anniversary) {
      const p = parts(from);
      net.restrict(D, DaySet.where((n) => n > to && parts(n).month === p.month && parts(n).day === p.day), `anniversary of ${label}`);
      continue;
    }
    const target = input.meetings.find((m) => m.spans.some((s) => ev.start >= s.start && ev.end <= s.end));
    if (ev.firstSince && target && net.restrict(target.key, DaySet.range(to + 1, DOMAIN_START + 100_000), `the first since ${label}`)) {
      firstAfterEvent.add(target.key);
    }
    if (ev.offsetDays !== undefined && target) {
      const tolerance = Math.max(3, Math.round(Math.abs(ev.offsetDays) * 0.25));
      const offset = ev.offsetDays;
      const days = ev.candidates.map(([f, t]) => DaySet.range(f + offset - tolerance, t + offset + tolerance)).reduce((a, b) => a.union(b));
      net.restrict(target.key, days, `${ev.offsetText} ${label}`);
    }
    net.restrict(D, DaySet.range(from, DOMAIN_START + 100_000), `refers to ${label} as past`);
    if (ev.recent) net.restrict(D, DaySet.range(from, to + 183), `calls ${label} recent`);
    if (ev.lastYear) {
      const y = parts(from).year + 1;
      net.restrict(D, DaySet.range(dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1) - 1), `${label} happened "last year"`);
    }
  }
  return firstAfterEvent;
}

/** The days a meeting on record lasted: a weekday may name any of them ("mercredi", the second day of a summit). */
function daysOfKnown(known: KnownMeeting): [number, number] {
  const day = (iso: string) => rangeOf({ iso, precision: 'day' })[0];
  return [day(known.date), day(known.endDate ?? known.date)];
}

function fitsSet(set: DaySet, known: KnownMeeting): boolean {
  const [first, last] = daysOfKnown(known);
  return !set.intersect(DaySet.range(first, last)).isEmpty();
}

/**
 * With no city, the record still decides when the other constraints leave about a year: a level of
 * meeting seldom held twice in such a window ("les chefs d'état-major de la coalition", a Tuesday while
 * Dempsey chaired the Joint Chiefs) names one meeting if exactly one on record fits.
 */
const CITYLESS_RECORD_WINDOW = 400;

/** The body's meetings on record among the remaining days, when those span no more than `window` days. */
function onRecordWithin(set: DaySet, m: MeetingTimeInput, window: number): KnownMeeting[] | null {
  const [first, last] = [set.first(), set.last()];
  if (first === undefined || last === undefined || last - first > window) return null;
  return knowledge().meetings.filter((known) => known.body === m.body && fitsSet(set, known));
}

function knownWithoutCity(set: DaySet, m: MeetingTimeInput): KnownMeeting | null {
  const matches = onRecordWithin(set, m, CITYLESS_RECORD_WINDOW)?.filter((known) => known.level === m.level);
  return matches ? onlyOrFirst(matches, m) : null;
}

/** "la Lettonie reçoit les ministres de l'Otan": the body's one meeting of that level on record in the country names it. */
function knownInCountry(set: DaySet, m: MeetingTimeInput): KnownMeeting | null {
  const k = knowledge();
  const there = k.meetings.filter((known) => known.body === m.body && known.level === m.level && known.city && k.placeById.get(known.city)?.country === m.countryId && fitsSet(set, known));
  return onlyOrFirst(there, m);
}

/** With neither place nor level, a month holding a single meeting of the body on record names it ("the next meeting, in May"). */
const LEVELLESS_RECORD_WINDOW = 40;

function knownInMonth(set: DaySet, m: MeetingTimeInput): KnownMeeting | null {
  const matches = onRecordWithin(set, m, LEVELLESS_RECORD_WINDOW);
  return matches?.length === 1 ? matches[0] : null;
}

/** A place and the city it lies by ("Skhirat" near Rabat): either names the other's meetings. */
function placeAndNear(id: string | null): string[] {
  if (!id) return [];
  return [id, knowledge().placeById.get(id)?.near].filter(Boolean) as string[];
}

const sameOrNear = (a: string | null, b: string | null) => placeAndNear(a).some((c) => placeAndNear(b).includes(c));

function knownInCity(set: DaySet, m: MeetingTimeInput): KnownMeeting | null {
  const here = knowledge().meetings.filter((known) => known.body === m.body && known.city && sameOrNear(known.city, m.cityId) && fitsSet(set, known));
  const sameLevel = here.filter((known) => !m.level || m.level === 'other' || known.level === m.level);
  // A level read wrong ("summit" for ministers on a summit's margins) still finds the body's only meeting there.
  if (sameLevel.length > 0) return onlyOrFirst(sameLevel, m);
  return here.length === 1 ? here[0] : null;
}

/** Meetings held online were few (2020–2021 mostly): the body's only one on record that fits names it. */
function knownOnline(set: DaySet, m: MeetingTimeInput): KnownMeeting | null {
  const online = knowledge().meetings.filter((known) => known.body === m.body && known.city === null && fitsSet(set, known));
  const sameLevel = online.filter((known) => !m.level || m.level === 'other' || known.level === m.level);
  if (sameLevel.length > 0) return onlyOrFirst(sameLevel, m);
  return online.length === 1 ? online[0] : null;
}

function onlyOrFirst(matches: KnownMeeting[], m: MeetingTimeInput): KnownMeeting | null {
  if (matches.length === 1) return matches[0];
  // "with President Barack Obama in the chair": of several that fit, the one the record says he chaired.
  const chairedBy = matches.filter((k) => k.chairs?.some((c) => m.chairs.some((p) => p.id === c)));
  if (chairedBy.length === 1) return chairedBy[0];
  if (!m.inaugural || matches.length === 0) return null;
  return [...matches].sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** "adopted resolution 2253": the meeting on record that adopted it. */
function adoptedResolution(net: TimeNetwork, m: MeetingTimeInput): KnownMeeting | null {
  if (!m.resolutions?.length) return null;
  const known = knowledge().meetings.find((k) => k.body === m.body && k.resolutions?.some((r) => m.resolutions!.includes(r)));
  if (!known) return null;
  const [first, last] = daysOfKnown(known);
  return net.restrict(m.key, DaySet.range(first, last), `adopted resolution ${known.resolutions!.join(', ')}: ${known.date} (${known.source})`) ? known : null;
}

/** The one meeting on record that fits what the text leaves open, if there is exactly one. */
function tieBreakWithKnownMeetings(net: TimeNetwork, m: MeetingTimeInput): KnownMeeting | null {
  const set = net.get(m.key);
  if (commonValue(set)?.precision === 'day' || !m.body) return null;
  const inCountry = !m.cityId && !m.virtual && m.countryId && m.level ? knownInCountry(set, m) : null;
  const known = inCountry ?? (m.cityId ? knownInCity(set, m) : m.virtual ? knownOnline(set, m) : m.level && m.level !== 'other' ? knownWithoutCity(set, m) : knownInMonth(set, m));
  if (!known) return null;
  const [first, last] = daysOfKnown(known);
  // Called the first, the earliest of several that fit: "the only" would overstate it.
  const which = m.inaugural ? 'the only or earliest' : 'the only';
  const why = inCountry
    ? `${which} ${m.body} ${m.level} meeting on record in ${m.countryId} among the remaining days`
    : m.cityId
    ? `${which} ${m.body} ${m.level ?? ''} meeting on record in this city among the remaining days`
    : m.virtual
      ? `${which} ${m.body} meeting held online on record among the remaining days`
    : m.level && m.level !== 'other'
      ? `${which} ${m.body} ${m.level} meeting on record among the remaining days (within about a year)`
      : `the only ${m.body} meeting on record among the remaining days (within about a month)`;
  return net.restrict(m.key, DaySet.range(first, last), `${why}: ${known.date}${known.endDate ? ` to ${known.endDate}` : ''} (${known.source})`) ? known : null;
}

/** "vendredi, la seconde et dernière journée du sommet": a later day of a meeting on record in this city dates it from its first. */
function laterDayOfKnown(net: TimeNetwork, m: MeetingTimeInput): KnownMeeting | null {
  const value = commonValue(net.get(m.key));
  if (value?.precision !== 'day' || !m.cityId || !m.body) return null;
  const day = rangeOf(value)[0];
  return (
    knowledge().meetings.find((known) => {
      if (known.body !== m.body || !known.city || !known.endDate || !sameOrNear(known.city, m.cityId)) return false;
      const [first, last] = daysOfKnown(known);
      return first < day && day <= last;
    }) ?? null
  );
}

export function resolveTime(input: TimeInput): TimeOutput {
  const net = new TimeNetwork();
  const now = Math.floor(input.now.getTime() / 86_400_000);
  net.variable(D, DaySet.range(DOMAIN_START, now));
  let source: PublicationSource = 'inferred';

  if (input.publishedHint) {
    const [lo, hi] = rangeOf(input.publishedHint);
    if (net.restrict(D, DaySet.range(lo, hi), `published ${input.publishedHint.iso} (${input.publishedHint.source})`)) source = input.publishedHint.source;
  }
  if (input.crawlDate) {
    const [, hi] = rangeOf(input.crawlDate);
    net.restrict(D, DaySet.range(DOMAIN_START, hi), `crawled ${input.crawlDate.iso}: published no later`);
  }
  for (const e of input.announcementExpressions) {
    const stated = statedFields(e);
    if (!stated) continue;
    const today = e.weekdayRelation === 'this' && e.day !== undefined && e.year !== undefined;
    const reason = today
      ? `${describe(e)} is the day of writing`
      : e.rule === 'dateline'
        ? `dateline ${describe(e)}`
        : `${describe(e)} names the day of the news reported in the lead: a dispatch is dated that day`;
    if (net.restrict(D, stated, reason) && source === 'inferred') source = today ? 'stated-today' : e.rule === 'dateline' ? 'dateline' : 'inferred';
  }
  for (const p of input.people) {
    if (!p.official || p.former || p.titles.length === 0) continue;
    const terms = termsOf(p.official, p.titles);
    if (terms) net.restrict(D, terms.set, `written while in office: ${terms.text}`);
  }
  const k = knowledge();
  for (const m of input.meetings) {
    const founded = m.body ? k.organisationById.get(m.body)?.founded : undefined;
    const lo = founded ? rangeOf({ iso: founded, precision: 'day' })[0] : DOMAIN_START;
    net.variable(m.key, DaySet.range(lo, now + 3 * YEAR), founded ? `${m.body} exists since ${founded}` : undefined);
  }
  // A resolution's number names its meeting more surely than any word of time: first, so that those yield.
  const adopted = new Map(input.meetings.map((m) => [m.key, adoptedResolution(net, m)]));
  const expressionsOf = new Map(input.meetings.map((m) => [m.key, spanOfWeekdays(m.expressions)]));
  for (const m of input.meetings) {
    // The most specific statements first, so that a contradiction sets aside the vaguer one
    // ("a appelé mercredi" against "la réunion, tenue mardi et mercredi").
    for (const e of [...expressionsOf.get(m.key)!].sort((a, b) => specificity(b) - specificity(a))) {
      if (e.fromMeeting) {
        const { days, slack } = e.fromMeeting;
        // Of the meeting itself, the count runs from the day of writing ("réunis la veille").
        net.relate(m.reference ?? D, m.key, window(days - slack, days + slack), `${describe(e)} counted from ${m.reference ? `meeting ${m.reference}` : 'the day of writing'}`);
        continue;
      }
      const stated = statedFields(e);
      if (stated) net.restrict(m.key, stated, `${describe(e)} states ${[e.day && 'the day', e.month && 'the month', e.year && 'the year', e.weekday !== undefined && 'the weekday'].filter(Boolean).join(', ')}`);
      if (e.year === undefined) net.relate(D, m.key, relativeWindow(e, m.tense), `${describe(e)} read from the day of writing (${m.tense ?? 'tense unknown'})`);
    }
    const terms = m.body && m.members ? k.organisationById.get(m.body)?.memberships?.filter((t) => t.count === m.members) : undefined;
    if (terms?.length) {
      const days = terms.map((t) => DaySet.range(rangeOf({ iso: t.from, precision: 'day' })[0], t.to ? rangeOf({ iso: t.to, precision: 'day' })[0] : now + 3 * YEAR)).reduce((a, b) => a.union(b));
      net.restrict(m.key, days, `${m.body} had ${m.members} members ${terms.map((t) => `${t.from} – ${t.to ?? 'today'}`).join(', ')}`);
    }
    for (const chair of m.chairs) {
      if (!chair.official || chair.former) continue;
      const terms = termsOf(chair.official, chair.titles);
      if (terms) net.restrict(m.key, terms.set, `chaired while in office: ${terms.text}`);
    }
    for (const person of m.attendees) {
      if (!person.official || person.former || m.chairs.includes(person)) continue;
      const terms = termsOf(person.official, person.titles);
      if (terms) net.restrict(m.key, terms.set, `attended while in office: ${terms.text}`);
    }
    if (m.heldDuring) net.relate(m.heldDuring, m.key, window(0, MAX_MARGIN_DAYS), `on the margins of meeting ${m.heldDuring}, during its days`);
    if (m.hostsReference && m.reference) net.relate(m.reference, m.key, window(-MAX_MARGIN_DAYS, 0), `under way on the day of meeting ${m.reference}, held on its margins`);
    if (m.justBeforeWriting) net.relate(D, m.key, window(-6, 0), 'the news the lead reports: held in the days before the writing');
    else if (m.tense === 'past') net.relate(D, m.key, window(-100 * YEAR, 0), 'told as past');
    if (m.tense === 'future') net.relate(D, m.key, window(-1, 100 * YEAR), 'told as to come');
  }
  // After what the text states of each meeting: "dix jours après la chute de Ramadi" is looser than "le 2 juin".
  const firstAfterEvent = applyEvents(net, input, findEvents(input.text, input.folded, input.lex, input.sentences));
  for (const m of input.meetings) {
    if (!m.relation) continue;
    // Bodies seldom go more than a few years between meetings (the Arab League's summits: three and a half, through Covid).
    if (m.relation.kind === 'previous') net.relate(m.relation.to, m.key, window(-RELATED_MEETINGS_YEARS * YEAR, -1), `an earlier meeting than ${m.relation.to}`);
    else net.relate(m.relation.to, m.key, window(1, RELATED_MEETINGS_YEARS * YEAR), `a later meeting than ${m.relation.to}`);
  }
  const onRecord = new Map<string, KnownMeeting | null>();
  // A meeting the record names narrows the day of writing, and so the others: a second pass may name them too
  // ("next Wednesday" is the Security Council summit of 24 September 2014, so "Friday" falls in that month).
  // Only worth its cost when the first pass named some meetings but not all.
  const tieBreak = (m: MeetingTimeInput) => adopted.get(m.key) ?? tieBreakWithKnownMeetings(net, firstAfterEvent.has(m.key) ? { ...m, inaugural: true } : m);
  for (const m of input.meetings) onRecord.set(m.key, tieBreak(m));
  const named = input.meetings.filter((m) => onRecord.get(m.key)).length;
  if (named > 0 && named < input.meetings.length) {
    for (const m of input.meetings) if (!onRecord.get(m.key)) onRecord.set(m.key, tieBreak(m));
  }
  const laterDay = new Map(input.meetings.filter((m) => !onRecord.get(m.key)).map((m) => [m.key, laterDayOfKnown(net, m)]));

  const meetings = new Map<string, ResolvedDate>();
  for (const m of input.meetings) {
    const known = onRecord.get(m.key) ?? laterDay.get(m.key);
    const duration = expressionsOf.get(m.key)!.map(durationOf).find((d) => d !== null) ?? null;
    // A meeting on record is dated from its first day, though the text may name a later one ("mercredi").
    let value: DateValue | null = known ? { iso: known.date, precision: 'day' } : commonValue(net.get(m.key));
    // Nothing on record says which day of its host a margin meeting took: the host's first, as reports date it.
    const hostDay = m.heldDuring ? commonValue(net.get(m.heldDuring)) : null;
    const marginFirstDay = !known && value?.precision !== 'day' && hostDay?.precision === 'day' && net.get(m.key).has(rangeOf(hostDay)[0]);
    if (marginFirstDay) value = hostDay;
    const first = value?.precision === 'day' ? rangeOf(value)[0] : null;
    const endDate =
      first !== null && duration ? { iso: isoDay(first + duration), precision: 'day' as const } : known?.endDate ? { iso: known.endDate, precision: 'day' as const } : null;
    const reasons = [...net.reasons(m.key)];
    if (marginFirstDay) reasons.push(`on the first day of meeting ${m.heldDuring}, on whose margins it was held`);
    if (known && laterDay.get(m.key) === known) {
      reasons.push(`a later day of a ${known.body} meeting on record here, ${known.date} to ${known.endDate} (${known.source}): dated from its first day`);
    }
    reasons.push(value ? `⇒ ${value.iso} (${value.precision})` : '⇒ no single day, month or year fits every constraint: date left open');
    meetings.set(m.key, { date: value, endDate, reasons });
  }
  const published = commonValue(net.get(D));
  return {
    published: published && net.reasons(D).length ? { ...published, source, reasons: net.reasons(D) } : null,
    meetings,
  };
}
