/** Loads the knowledge data files once and indexes them. The data is immutable after loading. */
import { readFileSync } from 'node:fs';
import type { Country, KnownMeeting, NotableEvent, Official, Organisation, Place } from './types.ts';

export type * from './types.ts';

export interface Knowledge {
  countries: Country[];
  places: Place[];
  organisations: Organisation[];
  officials: Official[];
  events: NotableEvent[];
  meetings: KnownMeeting[];
  countryByCode: Map<string, Country>;
  placeById: Map<string, Place>;
  organisationById: Map<string, Organisation>;
  officialByName: Map<string, Official>;
}

function load<T>(file: string): T[] {
  const url = new URL(`./${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T[];
}

let loaded: Knowledge | undefined;

export function knowledge(): Knowledge {
  if (loaded) return loaded;
  const countries = load<Country>('countries.json');
  const places = load<Place>('places.json');
  const organisations = load<Organisation>('organisations.json');
  const officials = load<Official>('officials.json');
  const events = load<NotableEvent>('events.json');
  const meetings = load<KnownMeeting>('meetings.json');
  loaded = {
    countries,
    places,
    organisations,
    officials,
    events,
    meetings,
    countryByCode: new Map(countries.map((c) => [c.code, c])),
    placeById: new Map(places.map((p) => [p.id, p])),
    organisationById: new Map(organisations.map((o) => [o.id, o])),
    officialByName: new Map(officials.map((o) => [o.name, o])),
  };
  return loaded;
}

/** Every name of a thing in every language. */
export function allNames(names: { fr?: string[]; en?: string[]; local?: string[] }): string[] {
  return [...(names.fr ?? []), ...(names.en ?? []), ...(names.local ?? [])];
}
