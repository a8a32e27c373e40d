/** People: officials the knowledge lists, and names that a title or an honorific introduces. */
import type { Token } from '../../core/text.ts';
import { fold } from '../../core/text.ts';
import { knowledge, type Official } from '../../knowledge/index.ts';
import type { Lexicon } from '../../lang/index.ts';
import { Gazetteer } from './gazetteer.ts';
import type { Entity, PersonEntity } from './index.ts';

let officialNames: Gazetteer<Official> | undefined;
let bySurname: Map<string, Official[]> | undefined;

function officialIndexes() {
  if (!officialNames || !bySurname) {
    const officials = knowledge().officials;
    officialNames = new Gazetteer(officials.flatMap((o) => [o.name, ...(o.aliases ?? [])].map((phrase) => ({ phrase, value: o }))));
    bySurname = new Map();
    for (const o of officials) {
      const key = fold(o.surname);
      bySurname.set(key, [...(bySurname.get(key) ?? []), o]);
    }
  }
  return { officialNames, bySurname };
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}’'\-]*\p{L}`;
const PARTICLE = String.raw`(?:de|du|des|d'|von|van|der|den|al|el|ben|bin|ibn|Al|El|Ben|Bin|Le|La|di|da|dos|ould|Ould|bint)`;
// Two to four capitalised words, with particles ("Jean-Yves Le Drian", "Adel al-Jubeir").
const NAME_SEQUENCE = new RegExp(String.raw`${NAME_WORD}(?:(?:\s+|-)(?:${PARTICLE}[\s\-])?${NAME_WORD}){0,3}`, 'gu');
const TITLE_WINDOW = 90;
const TWO_NAMES = new RegExp(String.raw`${NAME_WORD}\s+${NAME_WORD}\s+\p{Ll}`, 'u');

function titlesBefore(text: string, folded: string, start: number, lex: Lexicon) {
  const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), start - TITLE_WINDOW);
  const from = Math.max(0, sentenceStart);
  const kinds = new Set<string>();
  let span: { start: number; end: number } | undefined;
  for (const { kind, matcher } of lex.offices) {
    for (const m of matcher.all(folded, from, start)) {
      // A title belongs to the next name only: none of another person's name or clause between them
      // ("Prime Minister Dick Schoof is the host, while Secretary General Mark Rutte").
      const between = text.slice(m.end, start);
      // A comma right after the title still introduces the name ("le ministre des Affaires étrangères, Ahmed Ould Teguedi").
      const appositive = /^\s*,\s*$/.test(between);
      if ((!appositive && /[,;:]/.test(between)) || TWO_NAMES.test(between)) continue;
      kinds.add(kind);
      if (!span || m.start > span.start) span = { start: m.start, end: m.end };
    }
  }
  return { kinds: [...kinds], span };
}

function titlesAfter(text: string, folded: string, end: number, lex: Lexicon) {
  // "Mike Pompeo, secrétaire d'Etat" / "John Kerry, the US secretary of state" / "Lloyd Austin as defense secretary".
  const rest = text.slice(end, end + 70);
  const m = /^\s*[,(–—-]\s*/.exec(rest);
  const word = /^\s+/.exec(rest);
  const cue = !m && word ? lex.cues.titleAfterName.all(folded, end + word[0].length, end + 40).find((c) => c.start === end + word[0].length) : undefined;
  if (!m && !cue) return { kinds: [] as string[], span: undefined };
  const from = cue ? cue.end : end + m![0].length;
  const stop = Math.min(text.length, from + 60);
  const kinds = new Set<string>();
  let span: { start: number; end: number } | undefined;
  for (const { kind, matcher } of lex.offices) {
    for (const hit of matcher.all(folded, from, stop)) {
      // "Mark Rutte – a former Dutch prime minister": an office once held says nothing of the text's date.
      if (isFormer(folded, hit.start, lex)) continue;
      kinds.add(kind);
      span ??= { start: hit.start, end: hit.end };
    }
  }
  return { kinds: [...kinds], span };
}

function isFormer(folded: string, titleStart: number, lex: Lexicon): boolean {
  return lex.cues.former.test(folded, Math.max(0, titleStart - 14), titleStart + 3);
}

const relativeWords = new WeakMap<Lexicon, Set<string>>();

function isCalendarWord(word: string, lex: Lexicon): boolean {
  let relative = relativeWords.get(lex);
  if (!relative) relativeWords.set(lex, (relative = new Set(Object.values(lex.calendar.relative).flat().map(fold))));
  return word in lex.calendar.weekdays || word in lex.calendar.months || relative.has(word);
}

export function findPeople(text: string, folded: string, tokens: Token[], named: Entity[], lex: Lexicon): PersonEntity[] {
  const { officialNames, bySurname } = officialIndexes();
  const people: PersonEntity[] = [];
  const taken = (start: number, end: number) => people.some((p) => p.start < end && start < p.end);

  const describe = (start: number, end: number, id: string, official?: Official, candidates?: Official[]): PersonEntity => {
    const before = titlesBefore(text, folded, start, lex);
    const after = titlesAfter(text, folded, end, lex);
    const titleSpan = before.span ?? after.span;
    return {
      kind: 'person',
      id,
      start,
      end,
      text: text.slice(start, end),
      official,
      candidates,
      titles: [...new Set([...before.kinds, ...after.kinds])],
      titleSpan,
      // "l'ancien ministre Laurent Fabius": the word may stand before the title or before the name.
      former: (titleSpan !== undefined && isFormer(folded, titleSpan.start, lex)) || lex.cues.former.test(folded, Math.max(0, start - 25), start),
    };
  };

  for (const m of officialNames.find(text, tokens)) {
    people.push(describe(m.start, m.end, m.value.name, m.value));
  }

  const overlapsNamed = (start: number, end: number) => named.some((e) => e.start < end && start < e.end && e.kind !== 'demonym');
  for (const m of text.matchAll(NAME_SEQUENCE)) {
    let start = m.index!;
    const end = start + m[0].length;
    let words = m[0].split(/\s+/);
    const dropFirstWord = () => {
      start += words[0].length + (m[0].slice(start - m.index! + words[0].length).match(/^\s+/)?.[0].length ?? 1);
      words = words.slice(1);
    };
    // "Yesterday Carter hosted", "Mardi Fabius a reçu": a capitalised word of time opening the sentence is no part of the name.
    while (words.length > 1 && isCalendarWord(fold(words[0]), lex)) dropFirstWord();
    // "Américaine Victoria Nuland": a capitalised nationality opening the run is the person's, not a name.
    let nationality = false;
    while (words.length > 2 && named.some((e) => e.kind === 'demonym' && e.start === start)) {
      dropFirstWord();
      nationality = true;
    }
    // "Secretary Blinken", "Minister Fallon": a capitalised honorific opening the run introduces the name after it.
    let titled = false;
    while (words.length > 1 && lex.honorifics.all(fold(words[0])).some((h) => h.start === 0 && h.end === fold(words[0]).length)) {
      dropFirstWord();
      titled = true;
    }
    if (taken(start, end)) continue;
    const honorific = titled || lex.honorifics.test(folded, Math.max(0, start - 12), start);
    if (words.length === 1) {
      // A lone surname: "M. Hammond", or a surname whose full name the text gave earlier.
      const surname = fold(words[0]);
      const earlier = people.find((p) => p.official && fold(p.official.surname) === surname);
      if (earlier) {
        people.push({ ...describe(start, end, earlier.id, earlier.official), titles: earlier.titles, former: earlier.former });
        continue;
      }
      const known = bySurname.get(surname);
      if (honorific && known && !overlapsNamed(start, end)) {
        people.push(describe(start, end, known.length === 1 ? known[0].name : words[0], known.length === 1 ? known[0] : undefined, known.length > 1 ? known : undefined));
      }
      continue;
    }
    // "l'Américaine Victoria Nuland", "the Iraqi Haider al-Abadi": a nationality right before two names is a person's,
    // though a place bear one of them ("Victoria").
    const demonym = nationality || (words.length >= 2 && named.some((e) => e.kind === 'demonym' && /^\s$/.test(text.slice(e.end, start))));
    if (!demonym && overlapsNamed(start, end)) continue;
    // "On Wednesday, the …", "Mardi 25 octobre": calendar words are never part of a name.
    if (words.some((w) => isCalendarWord(fold(w), lex))) continue;
    const before = titlesBefore(text, folded, start, lex);
    if (!honorific && !demonym && before.kinds.length === 0 && titlesAfter(text, folded, end, lex).kinds.length === 0) continue;
    // A title right before the name is often capitalised ("Secretary Pompeo"): keep it out of the name.
    while (start < end && lex.anyOffice.test(folded, start, folded.indexOf(' ', start) < 0 ? end : folded.indexOf(' ', start))) {
      const next = text.indexOf(' ', start);
      if (next < 0 || next >= end) break;
      start = next + 1;
    }
    const name = text.slice(start, end);
    if (name.split(/\s+/).length < 2) continue;
    const surname = fold(name.split(/\s+/).at(-1)!);
    const known = (bySurname.get(surname) ?? []).filter((o) => fold(o.name).split(/\s+/)[0] === fold(name.split(/\s+/)[0]));
    people.push(describe(start, end, known.length === 1 ? known[0].name : name, known.length === 1 ? known[0] : undefined));
  }
  return people.sort((a, b) => a.start - b.start);
}
