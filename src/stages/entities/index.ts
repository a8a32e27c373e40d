/**
 * Entities stage: countries, demonyms, cities, venues, organisations and people, found with gazetteers
 * built from the knowledge files, plus rules for people the knowledge does not list.
 */
import type { Lang } from '../../core/types.ts';
import { fold, tokenize, type Token } from '../../core/text.ts';
import { allNames, knowledge, type Official, type Organisation, type Place } from '../../knowledge/index.ts';
import { lexicon } from '../../lang/index.ts';
import { Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { findPeople } from './people.ts';

export type EntityKind = 'country' | 'demonym' | 'city' | 'venue' | 'organisation' | 'adversary' | 'person';

export interface Entity {
  kind: EntityKind;
  /** Country code, place id, organisation id, or a person's canonical name. */
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface PersonEntity extends Entity {
  kind: 'person';
  /** The official this name refers to, when the knowledge lists one. */
  official?: Official;
  /** Office kinds named by a title next to the name ("le secrétaire d'Etat John Kerry"). */
  titles: string[];
  /** Span of the title, when one was found. */
  titleSpan?: { start: number; end: number };
  /** The title says the person no longer holds the office ("l'ancien ministre"). */
  former: boolean;
  /** Country or organisation the person represents, when a demonym or a title says so. */
  represents?: string;
  /** Set when only a surname was written and several officials share it. */
  candidates?: Official[];
}

export interface Entities {
  all: Entity[];
  people: PersonEntity[];
}

type Target = { kind: Exclude<EntityKind, 'person'>; id: string };

let gazetteer: Gazetteer<Target> | undefined;

function placeGazetteer(): Gazetteer<Target> {
  if (gazetteer) return gazetteer;
  const k = knowledge();
  const entries: GazetteerEntry<Target>[] = [];
  for (const c of k.countries) {
    const exact = new Set(c.caseSensitive ?? []);
    for (const name of allNames(c.names)) entries.push({ phrase: name, value: { kind: 'country', id: c.code }, caseSensitive: exact.has(name) });
    for (const name of exact) entries.push({ phrase: name, value: { kind: 'country', id: c.code }, caseSensitive: true });
    for (const name of allNames(c.demonyms)) entries.push({ phrase: name, value: { kind: 'demonym', id: c.code }, caseSensitive: exact.has(name) });
  }
  for (const p of k.places) {
    for (const name of new Set([p.name, ...allNames(p.names)])) {
      entries.push({ phrase: name, value: { kind: p.kind, id: p.id } });
    }
  }
  for (const o of k.organisations) {
    const exact = new Set(o.caseSensitive ?? []);
    const kind = o.adversary ? 'adversary' : 'organisation';
    for (const name of allNames(o.names)) entries.push({ phrase: name, value: { kind, id: o.id }, caseSensitive: exact.has(name) });
    for (const name of exact) entries.push({ phrase: name, value: { kind, id: o.id }, caseSensitive: true });
  }
  // Longer names win at the same position, so "Coalition mondiale contre Daech" is one organisation.
  gazetteer = new Gazetteer(entries);
  return gazetteer;
}

export function findEntities(text: string, lang: Lang, tokens: Token[] = tokenize(text)): Entities {
  const folded = fold(text);
  const matches = placeGazetteer().find(text, tokens);
  const gazetteered: Entity[] = matches.map((m) => ({ kind: m.value.kind, id: m.value.id, start: m.start, end: m.end, text: m.text }));
  const capitals = capitalsNamedByDemonym(text, folded, gazetteered, lexicon(lang));
  // The demonym inside "la capitale saoudienne" names the city, not a participant.
  const named = [...gazetteered.filter((e) => !capitals.some((c) => c.start <= e.start && e.end <= c.end)), ...capitals].sort((a, b) => a.start - b.start);
  const people = findPeople(text, folded, tokens, named, lexicon(lang));
  const covered = (e: Entity) => people.some((p) => p.start <= e.start && e.end <= p.end);
  const all = [...named.filter((e) => !covered(e)), ...people].sort((a, b) => a.start - b.start);
  return { all, people };
}

let capitalOf: Map<string, Place> | undefined;

/** "la capitale saoudienne", "the Belgian capital": the capital of the demonym's country, as a city. */
function capitalsNamedByDemonym(text: string, folded: string, named: Entity[], lex: ReturnType<typeof lexicon>): Entity[] {
  capitalOf ??= new Map(knowledge().places.filter((p) => p.capital).map((p) => [p.country, p]));
  const out: Entity[] = [];
  for (const d of named) {
    if (d.kind !== 'demonym') continue;
    const city = capitalOf.get(d.id);
    if (!city) continue;
    const before = lex.cues.capitalBeforeDemonym.all(folded, Math.max(0, d.start - 12), d.start).find((m) => /^\s+$/.test(folded.slice(m.end, d.start)));
    const after = lex.cues.capitalAfterDemonym.all(folded, d.end, Math.min(folded.length, d.end + 10)).find((m) => /^\s+$/.test(folded.slice(d.end, m.start)));
    const span = before ? { start: before.start, end: d.end } : after ? { start: d.start, end: after.end } : null;
    if (span) out.push({ kind: 'city', id: city.id, ...span, text: text.slice(span.start, span.end) });
  }
  return out;
}

let citiesByCountryName: Map<string, Place> | undefined;

/** The city of a country that bears the name a text gave the country ("Koweït" → Kuwait City), if one does. */
export function cityNamedLike(countryCode: string, name: string): Place | undefined {
  if (!citiesByCountryName) {
    citiesByCountryName = new Map();
    for (const p of knowledge().places) {
      if (p.kind !== 'city') continue;
      for (const n of new Set([p.name, ...allNames(p.names)])) citiesByCountryName.set(`${p.country}|${fold(n)}`, p);
    }
  }
  return citiesByCountryName.get(`${countryCode}|${fold(name)}`);
}

export function placeOf(id: string): Place | undefined {
  return knowledge().placeById.get(id);
}

export function organisationOf(id: string): Organisation | undefined {
  return knowledge().organisationById.get(id);
}
