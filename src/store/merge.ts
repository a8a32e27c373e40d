/** Merging rules v1: when a mention is about a meeting already in the store. Pure functions, no SQL. */
import type { MemberCount, Mention, MeetingStatus } from '../core/types.ts';

export interface MeetingSlots {
  body: string;
  level: string;
  date: string | null;
  datePrecision: string | null;
  endDate: string | null;
  city: string | null;
  country: string | null;
  venue: string | null;
  lat: number | null;
  lon: number | null;
  status: string;
  chairs: string[];
  participants: string[];
  topics: string[];
  memberCount: MemberCount | null;
}

const RANK: Record<string, number> = { year: 1, month: 2, day: 3 };

/** Equal at the coarser of the two precisions: '2018-06' is compatible with '2018-06-26'. */
export function datesCompatible(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

export function slotsOf(m: Mention): MeetingSlots {
  return {
    body: m.body.value,
    level: m.level.value,
    date: m.date?.value.iso ?? null,
    datePrecision: m.date?.value.precision ?? null,
    endDate: m.endDate?.value.iso ?? null,
    city: m.city?.value ?? null,
    country: m.country?.value ?? null,
    venue: m.venue?.value ?? null,
    lat: m.coordinates?.lat ?? null,
    lon: m.coordinates?.lon ?? null,
    status: m.status.value,
    chairs: m.chairs.map((s) => s.value),
    participants: m.participants.map((s) => s.value),
    topics: m.topics.map((s) => s.value),
    memberCount: m.memberCount?.value ?? null,
  };
}

/** Whether a mention may join a meeting; a score (higher is a better match) or null. */
export function matchScore(meeting: MeetingSlots, mention: MeetingSlots): number | null {
  if (meeting.body !== mention.body) return null;
  if (meeting.level !== mention.level && meeting.level !== 'other' && mention.level !== 'other') return null;
  const cityEqual = meeting.city !== null && meeting.city === mention.city;
  if (meeting.city !== null && mention.city !== null && !cityEqual) return null;
  if (meeting.date === null || mention.date === null) {
    if (!cityEqual) return null;
  } else if (!datesCompatible(meeting.date, mention.date)) return null;
  let score = 0;
  if (meeting.date !== null && meeting.date === mention.date) score += 4;
  else if (meeting.date !== null && mention.date !== null) score += 2;
  if (cityEqual) score += 2;
  if (meeting.level === mention.level) score += 1;
  return score;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function morePrecise(a: string | null, b: string | null): boolean {
  return (RANK[a ?? ''] ?? 0) > (RANK[b ?? ''] ?? 0);
}

/** The meeting after a mention joins it: the more precise date, nulls filled, lists united. */
export function mergeSlots(meeting: MeetingSlots, mention: MeetingSlots): MeetingSlots {
  const takeDate = mention.date !== null && (meeting.date === null || morePrecise(mention.datePrecision, meeting.datePrecision));
  return {
    body: meeting.body,
    level: meeting.level === 'other' ? mention.level : meeting.level,
    date: takeDate ? mention.date : meeting.date,
    datePrecision: takeDate ? mention.datePrecision : meeting.datePrecision,
    endDate: meeting.endDate ?? mention.endDate,
    city: meeting.city ?? mention.city,
    country: meeting.country ?? mention.country,
    venue: meeting.venue ?? mention.venue,
    lat: meeting.lat ?? mention.lat,
    lon: meeting.lon ?? mention.lon,
    status: mergeStatus(meeting.status as MeetingStatus, mention.status as MeetingStatus),
    chairs: union(meeting.chairs, mention.chairs),
    participants: union(meeting.participants, mention.participants),
    topics: union(meeting.topics, mention.topics),
    memberCount: meeting.memberCount ?? mention.memberCount,
  };
}

/** A report that the meeting was held outweighs announcements; otherwise the newer report wins. */
function mergeStatus(current: MeetingStatus, incoming: MeetingStatus): MeetingStatus {
  if (current === 'held' || incoming === 'held') return 'held';
  return incoming;
}
