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
  const named: Entity[] = matches.map((m) => ({ kind: m.value.kind, id: m.value.id, start: m.start, end: m.end, text: m.text }));
  const people = findPeople(text, folded, tokens, named, lexicon(lang));
  const covered = (e: Entity) => people.some((p) => p.start <= e.start && e.end <= p.end);
  const all = [...named.filter((e) => !covered(e)), ...people].sort((a, b) => a.start - b.start);
  return { all, people };
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
