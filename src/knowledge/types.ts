/**
 * Shapes of the knowledge data files in this folder. Data only: every entry cites its `source`.
 * Names are matched accent- and case-insensitively on word boundaries, except where `caseSensitive` is set.
 */

/** Names of a thing per language; `local` holds names in the local language when neither French nor English. */
export interface Names {
  fr?: string[];
  en?: string[];
  local?: string[];
}

/** countries.json */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English short name. */
  name: string;
  names: Names;
  /** Adjectives of nationality, all inflections ("américain", "américaine", "américains", "américaines"). */
  demonyms: Names;
  /** Names that only match with exact case (e.g. "US", "UK", "EAU"). */
  caseSensitive?: string[];
  source: string;
}

/** places.json: cities and venues. */
export interface Place {
  /** Stable lower-case ASCII id, e.g. "washington", "lancaster-house". */
  id: string;
  kind: 'city' | 'venue';
  /** English name as written in output (`Washington`, `Kuwait City`, `Lancaster House`, `NATO headquarters`). */
  name: string;
  /** ISO alpha-2 of the country. */
  country: string;
  /** The country's capital: "la capitale saoudienne", "the Belgian capital" name it. */
  capital?: boolean;
  lat: number;
  lon: number;
  names: Names;
  /** For a venue: the id of its city. */
  city?: string;
  /** For a city that is a suburb or resort near another (Skhirat near Rabat): the id of the larger city. */
  near?: string;
  /** GeoNames id where one exists. */
  geonames?: number;
  source: string;
}

/** organisations.json: bodies that meet, participants, and the adversary. */
export interface Organisation {
  /** Lower-case id; for a body that meets, the `body` value of the output (`coalition`, `nato`, `eu`, `un`, `g7`). */
  id: string;
  /** Upper-case participant code (`NATO`, `EU`, `UN`, `INTERPOL`, `ARAB_LEAGUE`), absent for the adversary. */
  code?: string;
  /** True for ISIS/EI/Daech and its aliases: never a participant, never a body. */
  adversary?: boolean;
  /** True when it is a multilateral body whose meetings Chronicle records. */
  meets?: boolean;
  names: Names;
  caseSensitive?: string[];
  /** First day the body existed (ISO), bounds its meetings' dates. */
  founded?: string;
  /** How many members it had, and when: "les 29 pays membres de l'Otan" dates a text to 2017–2020. */
  memberships?: { count: number; from: string; to: string | null }[];
  /** Place id of its headquarters: "UNITED NATIONS (AP) —" is a dateline from New York. */
  seat?: string;
  /** Its organs meet at the seat (the Security Council, the General Assembly): a meeting placed nowhere is held there. */
  meetsAtSeat?: boolean;
  /** The one level all its meetings have (a pledging conference is 'other', whoever attends). */
  level?: string;
  source: string;
}

/** officials.json */
export interface Official {
  /** Canonical full name in its usual Latin spelling (output value of `chairs`). */
  name: string;
  /** Other spellings of the full name (without diacritics handled automatically). */
  aliases?: string[];
  /** Surname as used alone after a title ("M. Hammond", "Mr Kerry"). */
  surname: string;
  offices: Office[];
  source: string;
}

export type OfficeKind =
  | 'head_of_state'
  | 'head_of_government'
  | 'foreign_minister'
  | 'defence_minister'
  | 'nato_secretary_general'
  | 'eu_high_representative'
  | 'un_secretary_general'
  | 'arab_league_secretary_general'
  | 'coalition_envoy'
  | 'other';

export interface Office {
  kind: OfficeKind;
  /** ISO alpha-2 for national offices; organisation id (`nato`, `eu`, `un`, `arab_league`) for international ones. */
  of: string;
  /** First and last day in office, ISO; `to` null while in office. */
  from: string;
  to: string | null;
  /** Bodies whose meetings this office usually chairs or convenes (e.g. the coalition envoy: ["coalition"]). */
  convenes?: string[];
}

/** events.json: notable dated events a text may refer to, which bound its date. */
export interface NotableEvent {
  id: string;
  /** First day, ISO at day precision. */
  date: string;
  endDate?: string;
  /** Phrases naming the event, per language. */
  names: Names;
  /** Words that, when near a name, pick this event over another with the same name (e.g. "17 morts"). */
  cues?: Names;
  source: string;
}

/** meetings.json: meetings on the public record, used to place dates a text leaves ambiguous. */
export interface KnownMeeting {
  body: string;
  level: string;
  date: string;
  endDate?: string;
  /** Place id in places.json, null for a virtual meeting. */
  city: string | null;
  chairs?: string[];
  /** Numbers of the Security Council resolutions adopted there: a text naming one names the meeting. */
  resolutions?: number[];
  source: string;
}
