/** The gold annotation format of corpus/ANNOTATION.md: what `extract --format gold` prints and `eval` reads. */
import type { ExtractedDoc, MemberCount } from './types.ts';
import { fold } from './text.ts';

export interface GoldMeeting {
  id: string;
  role: string;
  status: string;
  body: string;
  date: string | null;
  endDate?: string | null;
  city: string | null;
  country: string | null;
  venue: string | null;
  level: string;
  chairs: string[];
  participants: string[];
  memberCount: MemberCount | null;
  topics: string[];
}

export interface GoldDoc {
  doc: string;
  lang: string;
  published: string | null;
  meetings: GoldMeeting[];
  /** Meetings named whose date nothing fixes (extraction output only; gold files leave it out). */
  undated?: GoldMeeting[];
}

export function meetingId(body: string, date: string | null, city: string | null): string {
  const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return [body, date ?? 'undated', city ?? 'unknown'].map(slug).join('-');
}

/**
 * The gold form lists under `meetings` the meetings a date identifies. A mention whose date nothing fixes
 * names no particular real-world meeting (its id would be `<body>-undated-…`), so it is listed apart
 * under `undated`, where a reader still sees it but a scorer does not count it as a meeting.
 */
export function toGold(x: ExtractedDoc): GoldDoc {
  const meetings = x.mentions.map(toGoldMeeting);
  return {
    doc: x.doc.id,
    lang: x.lang,
    published: x.published?.iso ?? null,
    meetings: meetings.filter((m) => m.date !== null),
    undated: meetings.filter((m) => m.date === null),
  };
}

function toGoldMeeting(m: ExtractedDoc['mentions'][number]): GoldMeeting {
  return {
    id: meetingId(m.body.value, m.date?.value.iso ?? null, m.city?.value ?? null),
    role: m.role,
    status: m.status.value,
    body: m.body.value,
    date: m.date?.value.iso ?? null,
    endDate: m.endDate?.value.iso ?? null,
    city: m.city?.value ?? null,
    country: m.country?.value ?? null,
    venue: m.venue?.value ?? null,
    level: m.level.value,
    chairs: m.chairs.map((c) => c.value),
    participants: m.participants.map((p) => p.value),
    memberCount: m.memberCount?.value ?? null,
    topics: m.topics.map((t) => t.value),
  };
}
