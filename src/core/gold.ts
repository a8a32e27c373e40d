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
}

export function meetingId(body: string, date: string | null, city: string | null): string {
  const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return [body, date ?? 'undated', city ?? 'unknown'].map(slug).join('-');
}

export function toGold(x: ExtractedDoc): GoldDoc {
  return {
    doc: x.doc.id,
    lang: x.lang,
    published: x.published?.iso ?? null,
    meetings: x.mentions.map((m) => ({
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
    })),
  };
}
