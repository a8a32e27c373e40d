/** Language data (JSON files per language) compiled into matchers. The data holds no logic. */
import type { Lang, MeetingLevel, Topic } from '../core/types.ts';
import { phraseMatcher, type PhraseMatcher } from './phrases.ts';
import frCalendar from './fr/calendar.json' with { type: 'json' };
import frMeetings from './fr/meetings.json' with { type: 'json' };
import frLevels from './fr/levels.json' with { type: 'json' };
import frTopics from './fr/topics.json' with { type: 'json' };
import frCues from './fr/cues.json' with { type: 'json' };
import frNumbers from './fr/numbers.json' with { type: 'json' };
import frTitles from './fr/titles.json' with { type: 'json' };
import enCalendar from './en/calendar.json' with { type: 'json' };
import enMeetings from './en/meetings.json' with { type: 'json' };
import enLevels from './en/levels.json' with { type: 'json' };
import enTopics from './en/topics.json' with { type: 'json' };
import enCues from './en/cues.json' with { type: 'json' };
import enNumbers from './en/numbers.json' with { type: 'json' };
import enTitles from './en/titles.json' with { type: 'json' };

type Cues = typeof frCues;
type CueName = Exclude<keyof Cues, 'futureSuffix' | 'imperfectSuffix' | 'pastCompound' | 'dayOffsetPhrases'>;

export interface Lexicon {
  lang: Lang;
  calendar: typeof frCalendar;
  numbers: typeof frNumbers;
  meetingNouns: PhraseMatcher;
  meetingVerbs: PhraseMatcher;
  /** Words standing for a meeting named just before ("celle des ministres de la Défense"). */
  meetingPronouns: PhraseMatcher;
  /** Level words; a group's name may also give its line of effort ("Counter-ISIL Finance Group"). */
  levels: { level: MeetingLevel; weight: number; topic?: Topic; matcher: PhraseMatcher }[];
  topics: { topic: Topic; matcher: PhraseMatcher }[];
  cues: Record<CueName, PhraseMatcher>;
  futureSuffix: RegExp;
  /** The imperfect ("recevait", "se tenaient"): the background of past news. */
  imperfectSuffix: RegExp;
  /** A compound past tense ("a adopté", "has agreed"): the clause tells of something done. */
  pastCompound: RegExp;
  dayOffsetPhrases: Record<string, number>;
  honorifics: PhraseMatcher;
  offices: { kind: string; matcher: PhraseMatcher }[];
  /** Any office title of any kind. */
  anyOffice: PhraseMatcher;
  /** "l'an dernier", "last year". */
  lastYear: PhraseMatcher;
  /** "deux semaines après (les)", at the end of a text: groups count, unit, direction. */
  eventOffset: RegExp;
}

const RAW = {
  fr: { calendar: frCalendar, meetings: frMeetings, levels: frLevels, topics: frTopics, cues: frCues, numbers: frNumbers, titles: frTitles },
  en: { calendar: enCalendar, meetings: enMeetings, levels: enLevels, topics: enTopics, cues: enCues, numbers: enNumbers, titles: enTitles },
} as const;

function eventOffsetPattern(calendar: { durationUnits: Record<string, number>; eventOffset: { after: string[]; before: string[]; articles: string[] } }): RegExp {
  const words = (xs: string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const { after, before, articles } = calendar.eventOffset;
  const article = articles.map((a) => (a.endsWith("'") ? a : `${a}\\s+`)).join('|');
  return new RegExp(
    `(\\d+|[\\p{L}-]+)\\s+(${words(Object.keys(calendar.durationUnits))})\\s+(${words([...after, ...before])})\\s+(?:${article})?$`,
    'u',
  );
}

function compile(lang: Lang): Lexicon {
  const raw = RAW[lang];
  const cues = {} as Record<CueName, PhraseMatcher>;
  for (const [name, value] of Object.entries(raw.cues)) {
    if (Array.isArray(value)) cues[name as CueName] = phraseMatcher(value);
  }
  const offices = Object.entries(raw.titles.offices).map(([kind, phrases]) => ({ kind, matcher: phraseMatcher(phrases) }));
  return {
    lang,
    calendar: raw.calendar as typeof frCalendar,
    numbers: raw.numbers as typeof frNumbers,
    meetingNouns: phraseMatcher(raw.meetings.nouns),
    meetingVerbs: phraseMatcher(raw.meetings.verbs),
    meetingPronouns: phraseMatcher(raw.meetings.pronouns),
    levels: raw.levels.map((l) => ({ level: l.level as MeetingLevel, weight: l.weight, topic: 'topic' in l ? (l.topic as Topic) : undefined, matcher: phraseMatcher(l.patterns) })),
    topics: raw.topics.map((t) => ({ topic: t.topic as Topic, matcher: phraseMatcher(t.patterns) })),
    cues,
    futureSuffix: new RegExp(raw.cues.futureSuffix),
    imperfectSuffix: new RegExp(raw.cues.imperfectSuffix),
    pastCompound: new RegExp(raw.cues.pastCompound, 'gu'),
    dayOffsetPhrases: raw.cues.dayOffsetPhrases as Record<string, number>,
    honorifics: phraseMatcher(raw.titles.honorifics),
    offices,
    anyOffice: phraseMatcher(Object.values(raw.titles.offices).flat()),
    lastYear: phraseMatcher(raw.calendar.relative.lastYear),
    eventOffset: eventOffsetPattern(raw.calendar),
  };
}

const compiled = new Map<Lang, Lexicon>();

/** The compiled lexicon of a language; compiled once, never mutated. */
export function lexicon(lang: Lang): Lexicon {
  let lex = compiled.get(lang);
  if (!lex) {
    lex = compile(lang);
    compiled.set(lang, lex);
  }
  return lex;
}
