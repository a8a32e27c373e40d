/**
 * Date expressions: what a text states about a date, as components marked stated, never implied.
 * chrono-node reads calendar dates (day and month, with or without year, and ranges); our rules,
 * driven by the language's calendar data, read weekdays, relative words, month-only forms and years.
 */
import * as chrono from 'chrono-node';
import type { Lang } from '../../core/types.ts';
import { fold, sentenceOf, type Sentence } from '../../core/text.ts';
import { lexicon } from '../../lang/index.ts';

export type WeekdayRelation = 'this' | 'last' | 'next' | 'bare';
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  day?: number;
  month?: number;
  year?: number;
  weekday?: number;
  weekdayRelation?: WeekdayRelation;
  /** Last day of a range ("du 11 au 12 décembre"). */
  endDay?: number;
  endMonth?: number;
  endYear?: number;
  monthPart?: 'early' | 'mid' | 'late';
  /** Days from the first to the last day of a span of weekdays ("jeudi et vendredi" = 1). */
  durationDays?: number;
  /** "hier", "la semaine prochaine", "l'an dernier": an offset from the time of writing. */
  relative?: { unit: RelativeUnit; offset: number };
  /**
   * "la veille", "trois semaines plus tôt", "the next day": days counted from the meeting the text is
   * about, with the slack an approximate count leaves.
   */
  fromMeeting?: { days: number; slack: number };
  /** "8/9/2014" in English: the US reads 9 August, most of the world 8 September; either may be meant. */
  dayMonthAmbiguous?: boolean;
  rule: string;
}

// chrono needs a reference; we read only the components it marks as stated, so any date will do.
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function namesMonth(text: string, lang: Lang): boolean {
  const months = Object.keys(lexicon(lang).calendar.months);
  return fold(text).split(/[^\p{L}]+/u).some((word) => months.includes(word));
}

function chronoExpressions(text: string, lang: Lang): DateExpression[] {
  const parser = lang === 'fr' ? chrono.fr : chrono.en;
  const out: DateExpression[] = [];
  for (const r of parser.parse(text, CHRONO_REFERENCE)) {
    const s = r.start;
    if (!(s.isCertain('day') && s.isCertain('month'))) continue;
    // chrono resolves "demain", "la semaine prochaine" or "2 days earlier" against its reference: those are
    // ours to read. A calendar date names its month or writes it in figures.
    if (!/\d/.test(r.text) || !(namesMonth(r.text, lang) || /\d{1,4}[/.-]\d{1,2}/.test(r.text))) continue;
    const expr: DateExpression = {
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      day: s.get('day') ?? undefined,
      month: s.get('month') ?? undefined,
      year: s.isCertain('year') ? (s.get('year') ?? undefined) : undefined,
      rule: 'chrono:calendar-date',
    };
    // "11-06-2025", "11.06.2025": outside the US slash, figures joined by dashes or dots put the day first.
    const dayFirst = /^(\d{1,2})[.-](\d{1,2})[.-]\d{4}$/.exec(r.text.trim());
    if (lang === 'en' && dayFirst && Number(dayFirst[2]) <= 12) {
      expr.day = Number(dayFirst[1]);
      expr.month = Number(dayFirst[2]);
    }
    const slash = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(r.text.trim());
    if (lang === 'en' && slash && Number(slash[1]) <= 12 && Number(slash[2]) <= 12 && slash[1] !== slash[2]) expr.dayMonthAmbiguous = true;
    if (r.end && r.end.isCertain('day')) {
      expr.endDay = r.end.get('day') ?? undefined;
      expr.endMonth = r.end.isCertain('month') ? (r.end.get('month') ?? undefined) : expr.month;
      expr.endYear = r.end.isCertain('year') ? (r.end.get('year') ?? undefined) : expr.year;
      expr.rule = 'chrono:date-range';
    }
    // chrono sometimes swallows words before the date ("last Tuesday, next week, July 21"): keep the calendar part.
    const trimmed = /(\d{1,2}|\p{L}+\.?\s+\d{1,2})[^]*$/u.exec(r.text);
    if (trimmed && trimmed.index > 0 && /[,;]/.test(r.text.slice(0, trimmed.index))) {
      expr.start += trimmed.index;
      expr.text = r.text.slice(trimmed.index);
    }
    // "les 1er et 2 mars", "du 30 au 31 mai": chrono reads only the last day; the first is just before.
    const first = expr.endDay === undefined ? /(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:et|au|à|and|to|-|–)\s+$/u.exec(text.slice(Math.max(0, expr.start - 14), expr.start)) : null;
    if (first && Number(first[1]) < expr.day!) {
      expr.start -= first[0].length;
      expr.text = text.slice(expr.start, expr.end);
      expr.endDay = expr.day;
      expr.endMonth = expr.month;
      expr.endYear = expr.year;
      expr.day = Number(first[1]);
      expr.rule = 'chrono:date-range';
    }
    out.push(expr);
  }
  return out;
}

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

interface RuleSet {
  weekday: RegExp;
  monthOnly: RegExp;
  year: RegExp;
  relative: { re: RegExp; unit: RelativeUnit; offset: number }[];
  /** "over the next year", "d'ici l'an prochain": a stretch of time, not a day something happens. */
  spanOpener: RegExp;
  /** "la veille" (-1), "le lendemain" (+1), unless they govern a noun ("la veille du sommet": a link, read elsewhere). */
  dayFromMeeting: { re: RegExp; days: number }[];
  /** "trois semaines plus tôt", "two days later": groups count, unit, direction. */
  countFromMeeting: RegExp;
}

const ruleSets = new Map<Lang, RuleSet>();

function rules(lang: Lang): RuleSet {
  const cached = ruleSets.get(lang);
  if (cached) return cached;
  const cal = lexicon(lang).calendar;
  const rel = cal.relative;
  const weekdays = alternation(Object.keys(cal.weekdays));
  const months = alternation(Object.keys(cal.months).filter((m) => m.length > 3 || m === 'mai' || m === 'may'));
  const parts = alternation(Object.keys(cal.monthParts));
  const before = alternation([...rel.weekdayThis, ...rel.weekdayLast, ...rel.weekdayNext]);
  const after = alternation([...rel.weekdayLast, ...rel.weekdayNext]);
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const relative: RuleSet['relative'] = [];
  const add = (phrases: string[], unit: RelativeUnit, offset: number) => {
    if (phrases.length) relative.push({ re: new RegExp(`${B}(?:${alternation(phrases.map(fold))})${E}`, 'gu'), unit, offset });
  };
  add(rel.today, 'day', 0);
  add(rel.yesterday, 'day', -1);
  add(rel.tomorrow, 'day', 1);
  add(rel.dayAfterTomorrow, 'day', 2);
  add(rel.dayBeforeYesterday, 'day', -2);
  add(rel.nextWeek, 'week', 1);
  add(rel.lastWeek, 'week', -1);
  add(rel.thisWeek, 'week', 0);
  add(rel.nextMonth, 'month', 1);
  add(rel.lastMonth, 'month', -1);
  add(rel.nextYear, 'year', 1);
  add(rel.lastYear, 'year', -1);
  add(rel.thisYear, 'year', 0);
  const fm = cal.fromMeeting;
  const stop = `(?!\\s+(?:${alternation(fm.notFollowedBy.filter((w) => !w.endsWith("'")).map(fold))})${E})${fm.notFollowedBy.some((w) => w.endsWith("'")) ? `(?!\\s+(?:${alternation(fm.notFollowedBy.filter((w) => w.endsWith("'")).map(fold))}))` : ''}`;
  const dayFromMeeting = [
    { re: new RegExp(`${B}(?:${alternation(fm.dayBefore.map(fold))})${E}${stop}`, 'gu'), days: -1 },
    { re: new RegExp(`${B}(?:${alternation(fm.dayAfter.map(fold))})${E}${stop}`, 'gu'), days: 1 },
  ];
  const counts = `\\d{1,2}|${alternation(Object.keys(lexicon(lang).numbers.words))}`;
  const countFromMeeting = new RegExp(
    `${B}(${counts})\\s+(${alternation(Object.keys(cal.durationUnits))})\\s+(${alternation([...fm.earlier, ...fm.later].map(fold))})${E}${stop}`,
    'gu',
  );
  const set: RuleSet = {
    dayFromMeeting,
    countFromMeeting,
    // "Wednesday next week": "next" belongs to the week, read by the relative rules.
    weekday: new RegExp(`${B}(?:(${before})\\s+)?(${weekdays})(?:\\s+(${after})(?!\\s+(?:week|month|year|semaine|mois|annee)))?${E}`, 'gu'),
    // "en mai", "début février", "mi-mars", "mai 2017", "in May", "early February", "late July 2016".
    monthOnly: new RegExp(`${B}(?:(${parts})[\\s-]+(?:(?:de|d'|of)\\s*)?)?(?:(?:en|au mois de|in|next|last|this|le mois de)\\s+)?(${months})(?:\\s+(?:de\\s+l'annee\\s+)?((?:19|20)\\d\\d))?${E}`, 'gu'),
    year: new RegExp(`${B}((?:19[5-9]|20[0-3])\\d)${E}`, 'gu'),
    relative,
    spanOpener: new RegExp(`${B}(?:${alternation(cal.spanOpeners.map(fold))})\\s*$`, 'u'),
  };
  ruleSets.set(lang, set);
  return set;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Longest meeting told as a span of weekdays ("du lundi au jeudi"). */
const MAX_WEEKDAY_SPAN = 4;

/**
 * "réunis jeudi et vendredi", "from Monday to Wednesday": one meeting over consecutive days, so the
 * second weekday is its last day, not a date that contradicts the first.
 */
function mergeWeekdayRanges(found: DateExpression[], text: string, folded: string, joiners: string[]): void {
  const weekdays = found.filter((e) => e.weekday !== undefined && e.day === undefined && e.weekdayRelation !== 'last' && e.weekdayRelation !== 'next').sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < weekdays.length; i++) {
    const [first, second] = [weekdays[i], weekdays[i + 1]];
    const gap = folded.slice(first.end, second.start).trim();
    const days = (second.weekday! - first.weekday! + 7) % 7;
    if (!joiners.includes(gap) || days < 1 || days > MAX_WEEKDAY_SPAN) continue;
    first.end = second.end;
    first.text = text.slice(first.start, first.end);
    first.durationDays = days;
    found.splice(found.indexOf(second), 1);
    i++;
  }
}

/**
 * "à Rome les 19 et 20 mars 2015, puis à Djeddah le 7 mai", "le 28 juin 2021 … Le 2 décembre, …": a day told
 * after a dated one in the same paragraph, in a later month, is in the same year.
 */
export function carryYears(folded: string, lang: Lang, dates: DateExpression[], sentences: Sentence[]): DateExpression[] {
  const { cues } = lexicon(lang);
  let last: { sentence: Sentence; year: number; month: number; end: number } | null = null;
  // "depuis février 2019", "the last gathering … in April 2019": a reference back, not the year the story is in.
  const since = (e: DateExpression) => cues.since.test(folded, Math.max(0, e.start - 30), e.start) || cues.previous.test(folded, Math.max(0, e.start - 60), e.start);
  // "… in April 2019, prepares the Leaders' Summit … on 11 to 13 June": another meeting in between.
  const linked = (from: number, to: number) =>
    [cues.linksToLater, cues.linksToEarlier, cues.weakLinksToLater, cues.weakLinksToEarlier, cues.next].some((m) => m.test(folded, from, to));
  // "PARIS, 1 janvier 2026 (AFP) -": the day of the dispatch, not of the story it tells.
  const dateline = (e: DateExpression) => /^\s*(?:\([^)]{2,25}\)\s*)?(?:--|[-–—:])/.test(folded.slice(e.end, e.end + 30));
  return [...dates]
    .sort((a, b) => a.start - b.start)
    .map((e) => {
      const sentence = sentenceOf(sentences, e);
      if (!sentence || e.relative || e.fromMeeting) return e;
      if (e.year !== undefined && e.month !== undefined) {
        last = dateline(e) || since(e) ? null : { sentence, year: e.year, month: e.month, end: e.end };
        return e;
      }
      // "le 21 juillet dernier" is read from the day of writing; an earlier month may be a year on, or not.
      if (!last || last.sentence.paragraph !== sentence.paragraph || e.day === undefined || e.month === undefined || e.month < last.month) return e;
      if (e.weekdayRelation === 'last' || e.weekdayRelation === 'next') return e;
      if (linked(last.end, e.start)) return e;
      // Into the next sentence only when it goes on telling the past: "se retrouveront le 15 février" is read from the writing.
      if (last.sentence !== sentence && cues.future.test(folded, sentence.start, sentence.end)) return e;
      return { ...e, year: last.year, rule: `${e.rule}+year-of-sentence` };
    });
}

export function findDateExpressions(text: string, lang: Lang): DateExpression[] {
  const folded = fold(text);
  const cal = lexicon(lang).calendar;
  const r = rules(lang);
  const found = chronoExpressions(text, lang);
  const free = (s: number, e: number) => !found.some((x) => overlaps(x, { start: s, end: e }));

  for (const m of folded.matchAll(r.weekday)) {
    const start = m.index!;
    const end = start + m[0].length;
    const weekday = (cal.weekdays as Record<string, number>)[m[2]];
    // A weekday that names a calendar date ("mercredi 22 mars") belongs to that date.
    const host = found.find((x) => x.day !== undefined && (overlaps(x, { start, end }) || (x.start >= end && x.start - end <= 2)));
    const pre = m[1] ? fold(m[1]) : undefined;
    const post = m[3] ? fold(m[3]) : undefined;
    const rel = cal.relative;
    if (host) {
      // "jeudi 4 et vendredi 5 avril": a weekday inside a range names its last day, not its first.
      if (host.endDay !== undefined && start > host.start) continue;
      host.weekday = weekday;
      if (pre && rel.weekdayThis.includes(pre)) host.weekdayRelation = 'this';
      continue;
    }
    const relation: WeekdayRelation = rel.weekdayLast.includes(post ?? pre ?? '')
      ? 'last'
      : rel.weekdayNext.includes(post ?? pre ?? '')
        ? 'next'
        : pre && rel.weekdayThis.includes(pre)
          ? 'this'
          : 'bare';
    found.push({ start, end, text: text.slice(start, end), weekday, weekdayRelation: relation, rule: `weekday:${relation}` });
  }

  mergeWeekdayRanges(found, text, folded, cal.rangeJoiners);

  for (const m of folded.matchAll(r.monthOnly)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const raw = text.slice(start, end);
    // English "may" is a verb unless capitalised.
    if (lang === 'en' && m[2] === 'may' && !/May/.test(raw)) continue;
    // A bare month word must be introduced ("en mai", "in May") or carry a year or a part.
    if (!m[1] && !m[3] && !/^(en|au mois de|in|next|last|this|le mois de)\s/.test(m[0])) continue;
    const part = m[1] ? (cal.monthParts as Record<string, string>)[m[1]] : undefined;
    found.push({
      start,
      end,
      text: raw,
      month: (cal.months as Record<string, number>)[m[2]],
      year: m[3] ? Number(m[3]) : undefined,
      monthPart: part === 'early' || part === 'mid' || part === 'late' ? part : undefined,
      rule: 'month-only',
    });
  }

  for (const { re, unit, offset } of r.relative) {
    for (const m of folded.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (unit !== 'day' && r.spanOpener.test(folded.slice(Math.max(0, start - 25), start))) continue;
      if (free(start, end)) found.push({ start, end, text: text.slice(start, end), relative: { unit, offset }, rule: `relative:${unit}${offset >= 0 ? '+' : ''}${offset}` });
    }
  }

  for (const { re, days } of r.dayFromMeeting) {
    for (const m of folded.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (free(start, end)) found.push({ start, end, text: text.slice(start, end), fromMeeting: { days, slack: 0 }, rule: 'from-meeting:day' });
    }
  }
  for (const m of folded.matchAll(r.countFromMeeting)) {
    const start = m.index!;
    const end = start + m[0].length;
    const count = /^\d+$/.test(m[1]) ? Number(m[1]) : (lexicon(lang).numbers.words as Record<string, number>)[m[1]];
    const unit = (cal.durationUnits as Record<string, number>)[m[2]];
    if (!count || !unit || !free(start, end)) continue;
    const sign = cal.fromMeeting.earlier.map(fold).includes(m[3]) ? -1 : 1;
    // "trois semaines plus tôt" is a round figure: a few days either way.
    const days = sign * count * unit;
    found.push({ start, end, text: text.slice(start, end), fromMeeting: { days, slack: unit === 1 ? 0 : Math.ceil(Math.abs(days) * 0.2) }, rule: 'from-meeting:count' });
  }

  for (const m of folded.matchAll(r.year)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    // A span of years ("2018-2019") or a number in a list is not a date of an event.
    if (/[-–\/]\s*$/.test(text.slice(Math.max(0, start - 2), start)) || /^\s*[-–\/]\s*\d/.test(text.slice(end, end + 3))) continue;
    found.push({ start, end, text: m[0], year: Number(m[1]), rule: 'year' });
  }
  return withRelativeYears(text, found.sort((a, b) => a.start - b.start));
}

/** "en avril de l'année dernière", "in March of next year": a month, and the year counted from the writing. */
function withRelativeYears(text: string, found: DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  for (const e of found) {
    const before = out.at(-1);
    const joins = before && before.month !== undefined && before.year === undefined && !before.relative && !before.fromMeeting;
    if (joins && e.relative?.unit === 'year' && /^\s*(?:de|d'|of)?\s*$/i.test(text.slice(before.end, e.start))) {
      out[out.length - 1] = { ...before, end: e.end, text: text.slice(before.start, e.end), relative: e.relative, rule: `${before.rule}+${e.rule}` };
      continue;
    }
    out.push(e);
  }
  return out;
}
