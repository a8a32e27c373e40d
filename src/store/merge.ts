/**
 * Merging rules: whether a mention may be about a meeting already in the store, and how well it fits.
 * Pure functions over language-neutral values; the SQL that finds candidates lives in ingest.ts.
 */
import { fold } from '../core/text.ts';
import { knowledge } from '../knowledge/index.ts';

/** Cities closer than this are one place for merging (Skhirat and Rabat: 26 km). */
export const NEARBY_KM = 50;
/** A day date also matches the days either side of it: multi-day meetings, time zones, datelines. */
const DAY_TOLERANCE = 1;

/** What merging compares, for a meeting (its resolved values) or for a mention. */
export interface MatchView {
  body: string;
  level: string;
  date: string | null;
  endDate: string | null;
  city: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  format: string | null;
  chairs: string[];
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** First and last day an ISO date at any precision denotes, as epoch milliseconds. */
function span(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/** The days a meeting's date covers: from its first day (any precision) to its end date. */
export function meetingWindow(date: string | null, endDate: string | null): { lo: string; hi: string } | null {
  if (!date) return null;
  const [lo, hi] = span(date);
  const end = endDate && endDate >= date ? span(endDate)[1] : hi;
  return { lo: isoDay(lo), hi: isoDay(Math.max(hi, end)) };
}

/** The days a mention's date may fall on: a day date widened by DAY_TOLERANCE, a month or year whole. */
export function mentionWindow(date: string | null, endDate: string | null): { lo: string; hi: string } | null {
  const window = meetingWindow(date, endDate);
  if (!window || date!.length < 10) return window;
  return { lo: isoDay(Date.parse(window.lo) - DAY_TOLERANCE * DAY_MS), hi: isoDay(Date.parse(window.hi) + DAY_TOLERANCE * DAY_MS) };
}

/** Whether two dates can denote the same meeting: their windows overlap ('2018-06' and '2018-06-26' do). */
export function datesCompatible(meeting: Pick<MatchView, 'date' | 'endDate'>, mention: Pick<MatchView, 'date' | 'endDate'>): boolean {
  const a = meetingWindow(meeting.date, meeting.endDate);
  const b = mentionWindow(mention.date, mention.endDate);
  return a !== null && b !== null && a.lo <= b.hi && b.lo <= a.hi;
}

const LEVEL_FAMILIES = [
  ['ministerial', 'joint_ministerial'],
  ['defence_ministerial', 'joint_ministerial'],
  ['political_directors', 'senior_officials'],
];

/** Equal levels, 'other' on either side, or two names texts use for the same rank of meeting. */
export function levelsCompatible(a: string, b: string): boolean {
  if (a === b || a === 'other' || b === 'other') return true;
  return LEVEL_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

let cityCoordinates: Map<string, { lat: number; lon: number }> | undefined;

/** Coordinates of a city from the knowledge base, by its English name as slots write it. */
export function coordinatesOf(city: string | null): { lat: number; lon: number } | null {
  if (!city) return null;
  cityCoordinates ??= new Map(knowledge().places.filter((p) => p.kind === 'city').map((p) => [fold(p.name), { lat: p.lat, lon: p.lon }]));
  return cityCoordinates.get(fold(city)) ?? null;
}

/** Names of the known cities within NEARBY_KM of a city, itself included. */
export function nearbyCities(city: string): string[] {
  const here = coordinatesOf(city);
  const names = new Set([city]);
  if (!here) return [...names];
  for (const p of knowledge().places) if (p.kind === 'city' && distanceKm(here, p) <= NEARBY_KM) names.add(p.name);
  return [...names];
}

function point(v: MatchView): { lat: number; lon: number } | null {
  return v.lat !== null && v.lon !== null ? { lat: v.lat, lon: v.lon } : coordinatesOf(v.city);
}

/**
 * 'same' city (or both held online), 'near' (cities within NEARBY_KM), 'country' (a city unknown on
 * one side, the same country on both), 'unknown', or null when the places differ.
 */
export function placeMatch(a: MatchView, b: MatchView): 'same' | 'near' | 'country' | 'unknown' | null {
  if (a.format && b.format && a.format !== b.format) return null;
  if (a.city && b.city) {
    if (fold(a.city) === fold(b.city)) return 'same';
    const p = point(a);
    const q = point(b);
    return p && q && distanceKm(p, q) <= NEARBY_KM ? 'near' : null;
  }
  if (a.country && b.country) return a.country === b.country ? 'country' : null;
  return a.format === 'virtual' && b.format === 'virtual' ? 'same' : 'unknown';
}

/**
 * Whether a mention may join a meeting, and how well it fits (higher is better), or null.
 * Same body; compatible levels; compatible places; compatible dates. Vague references need more:
 * when either side is undated, the same (or a nearby) city and the same named level; when the
 * common precision is a year, some agreement on the place (city, nearby city or country). The score
 * adds: date agreement (same day 4, within a day or inside a multi-day meeting 3, month 2, year 1),
 * place (same 2, near or same country 1), equal level 1, chairs (shared +1, both named and disjoint −1).
 */
export function matchScore(meeting: MatchView, mention: MatchView): number | null {
  if (meeting.body !== mention.body || !levelsCompatible(meeting.level, mention.level)) return null;
  const place = placeMatch(meeting, mention);
  if (place === null) return null;
  let score = 0;
  if (meeting.date === null || mention.date === null) {
    if ((place !== 'same' && place !== 'near') || meeting.level !== mention.level || mention.level === 'other') return null;
  } else {
    if (!datesCompatible(meeting, mention)) return null;
    const coarsest = Math.min(meeting.date.length, mention.date.length);
    if (coarsest === 4 && place === 'unknown') return null;
    score += meeting.date === mention.date && coarsest === 10 ? 4 : coarsest === 10 ? 3 : coarsest === 7 ? 2 : 1;
  }
  score += place === 'same' ? 2 : place === 'unknown' ? 0 : 1;
  if (meeting.level === mention.level) score += 1;
  if (meeting.chairs.length > 0 && mention.chairs.length > 0) {
    const chairs = new Set(meeting.chairs.map(fold));
    score += mention.chairs.some((c) => chairs.has(fold(c))) ? 1 : -1;
  }
  return score;
}

/**
 * The best-fitting meeting, or undefined when none fits or when several fit equally well: like a date
 * the evidence cannot decide, an ambiguous reference is not resolved by picking one.
 */
export function bestMatch<T extends MatchView & { id: number }>(candidates: T[], mention: MatchView): { meeting: T; score: number } | undefined {
  const scored = candidates.map((meeting) => ({ meeting, score: matchScore(meeting, mention) })).filter((c): c is { meeting: T; score: number } => c.score !== null);
  const top = Math.max(...scored.map((c) => c.score));
  const best = scored.filter((c) => c.score === top);
  return best.length === 1 ? best[0] : undefined;
}
