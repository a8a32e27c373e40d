/**
 * Meetings as PLOVER event records (Open Event Data Alliance, PLOVER manual 0.7, "Data Fields"), one
 * JSON record per line. Every meeting is a CONSULT event in `multilateral` mode (plus `phone` when held
 * online); the body, its chairs and its participants are all `actor`s with no `recipient`, as PLOVER
 * codes meetings with no host/visitor distinction. `event` follows the manual, `event_type` POLECAT.
 * Deviations, said here: `date` keeps the meeting's precision (YYYY-MM or YYYY when no day is known,
 * with `date_precision`) rather than inventing a day; entity and location `code`s are ISO alpha-2 and
 * our organisation codes, not alpha-3.
 */
import { knowledge } from '../../knowledge/index.ts';
import type { MeetingRecord } from '../../store/index.ts';

/** Our agenda topics as PLOVER contexts. */
const CONTEXT: Record<string, string> = {
  military: 'military',
  stabilization: 'human_security',
  counter_finance: 'economic',
  foreign_fighters: 'terrorism',
  communications: 'misinformation',
  humanitarian: 'human_security',
  detention: 'legal',
};

/** PLOVER's auxiliary modes, which it records in `context`. */
const STATUS_CONTEXT: Record<string, string> = { planned: 'future', postponed: 'future', cancelled: 'negation' };

function bodyActor(body: string): object {
  const org = knowledge().organisationById.get(body);
  return { entity_text: org?.names.en?.[0] ?? body, code: org?.code ?? body.toUpperCase(), sector: 'IGO' };
}

export function ploverRecord(m: MeetingRecord): object {
  const context = [...new Set([...m.topics.map((t) => CONTEXT[t]).filter(Boolean), 'diplomatic', ...(STATUS_CONTEXT[m.status] ? [STATUS_CONTEXT[m.status]] : [])])];
  return {
    id: `chronicle-${m.id}`,
    event: ['CONSULT'],
    event_type: 'CONSULT',
    mode: m.format === 'virtual' ? ['multilateral', 'phone'] : ['multilateral'],
    context,
    date: m.date,
    date_precision: m.datePrecision,
    enddate: m.endDate,
    actor: [
      bodyActor(m.body),
      ...m.chairs.map((name) => ({ entity_name: name, office: 'chair', sector: 'GOV' })),
      ...m.participants.map((code) => ({ code })),
    ],
    recipient: [],
    event_loc:
      m.city || m.country
        ? { resolved_place: [m.venue, m.city].filter(Boolean).join(', ') || null, city: m.city, country_code: m.country, lat: m.lat, lon: m.lon }
        : null,
    cite_info: m.mentions.map((x) => ({ citation: x.doc })),
    coder: 'chronicle',
    comment: `${m.body} ${m.level}, ${m.status}`,
  };
}
