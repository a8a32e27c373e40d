/** Slot readers: each takes the spans that speak of one meeting and returns values with evidence. */
import type { DateValue, Evidence, MeetingFormat, MeetingLevel, MemberCount, Slot, Span, Topic } from '../../core/types.ts';
import { knowledge } from '../../knowledge/index.ts';
import type { KnownMeeting } from '../../knowledge/types.ts';
import type { Entity, PersonEntity } from '../entities/index.ts';
import { cityNamedLike, organisationOf, placeOf } from '../entities/index.ts';
import { sinceCity, type DocContext } from './frames.ts';
import { sentenceOf } from '../../core/text.ts';
import { countedNoun, countPattern, numberAt } from './counts.ts';

const evidence = (ctx: DocContext, span: Span, rule: string): Evidence => ({ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end), rule });
const inside = (e: Span, spans: Span[]) => spans.some((s) => e.start >= s.start && e.end <= s.end);

export function levelOf(ctx: DocContext, spans: Span[]): Slot<MeetingLevel> | null {
  let best: { level: MeetingLevel; weight: number; ev: Evidence } | null = null;
  let foreign: Evidence | undefined;
  let defence: Evidence | undefined;
  for (const span of spans) {
    // "military leaders", "religious leaders": people of no summit.
    const blocked = ctx.lex.cues.notLevel.all(ctx.folded, span.start, span.end);
    for (const { level, weight, matcher } of ctx.lex.levels) {
      for (const m of matcher.all(ctx.folded, span.start, span.end)) {
        if (blocked.some((b) => b.start <= m.start && m.end <= b.end)) continue;
        const ev = evidence(ctx, m, `level:${level}`);
        if (level === 'ministerial' && weight === 4) foreign ??= ev;
        if (level === 'defence_ministerial') defence ??= ev;
        if (!best || weight > best.weight) best = { level, weight, ev };
      }
    }
  }
  if (!best) return null;
  // Foreign and defence ministers named for the same meeting make it a joint ministerial.
  if (foreign && defence && best.weight <= 4) {
    return { value: 'joint_ministerial', evidence: [foreign, defence], confidence: 0.7 };
  }
  // A phrase naming who meets ("defence ministers") says more than "ministerial" alone.
  return { value: best.level, evidence: [best.ev], confidence: best.weight >= 5 ? 0.9 : best.weight === 4 ? 0.8 : 0.7 };
}

export interface PlaceSlots {
  /** Place id of the city, for lookups in the knowledge. */
  cityId: string | null;
  city: Slot<string> | null;
  country: Slot<string> | null;
  venue: Slot<string> | null;
  coordinates: { lat: number; lon: number } | null;
}

function endsWithPhrase(matcher: { all: (t: string) => { end: number }[] }, text: string): boolean {
  const trimmed = text.trimEnd();
  return matcher.all(trimmed).some((m) => m.end === trimmed.length);
}

export function introducedAsLocation(ctx: DocContext, e: Entity): boolean {
  const before = ctx.folded.slice(Math.max(0, e.start - 30), e.start);
  // "sur la base aérienne d'Andrews", "aboard the USS ...": said of a site, never of a city.
  if (e.kind === 'venue' && endsWithPhrase(ctx.lex.cues.venuePrepositions, before.replace(/(?:\s|^)(?:l'|la|le|les|the)\s*$/, ' '))) return true;
  if (endsWithPhrase(ctx.lex.cues.notLocationBefore, before)) return false;
  // The place of an event ("les attentats du 13 novembre 2015 à Paris") is not where a meeting is.
  const eventWord = ctx.lex.cues.eventNouns.all(ctx.folded, Math.max(0, e.start - 45), e.start).at(-1);
  if (eventWord && !/[,;:()]/.test(ctx.folded.slice(eventWord.end, e.start))) return false;
  // "Août 2019, Biarritz.": the place of a heading, right after its date.
  if (/\b(?:19|20)\d{2},\s*$/.test(before) && (e.kind === 'city' || e.kind === 'venue')) return true;
  // "Bruxelles, 25 mai 2017.": a heading of a city and a date alone (a dateline goes on with its news).
  if (e.kind === 'city' && headingPlace(ctx, e)) return true;
  // "since London in January": the place of the earlier meeting the "since" names.
  const sinceCue = ctx.lex.cues.since.all(before).find((m) => /^\s*$/.test(before.slice(m.end)));
  if (sinceCue && e.kind === 'city' && ctx.dates.some((d) => d.start >= e.end && d.start - e.end <= 6 && sinceCity(ctx, e.start - (before.length - sinceCue.end), d.start))) return true;
  // "à Londres", "au siège de l'OTAN", "in London", "at the State Department"; "in the Japanese city of
  // Hiroshima", "dans la ville de Mossoul": the settlement noun and its adjective stand between.
  const settlement = ctx.lex.cues.settlementNouns.all(before).find((m) => /^[\s,]*$/.test(before.slice(m.end)));
  const lead = settlement ? before.slice(0, settlement.start).replace(/(?:\s[\p{L}-]+)?\s*$/u, (adj) => (ctx.lex.cues.locationPrepositions.all(adj).length ? adj : ' ')) : before;
  const withoutArticle = lead.replace(/(?:\s|^)(?:l'|la|le|les|the)\s*$/, ' ');
  if (endsWithPhrase(ctx.lex.cues.locationPrepositions, withoutArticle)) return true;
  // "la réunion de Paris", "celle de Bruxelles", "the Brussels summit": a city naming a meeting is where it was.
  const genitive = ctx.lex.cues.meetingPlaceGenitives.all(before).find((m) => /^\s*$/.test(before.slice(m.end)));
  if (genitive && e.kind === 'city') {
    const lead = before.slice(0, genitive.start).trimEnd();
    if ([ctx.lex.meetingNouns, ctx.lex.meetingPronouns].some((matcher) => matcher.all(lead).some((m) => m.end === lead.length))) return true;
  }
  const next = ctx.lex.meetingNouns.all(ctx.folded, e.end, Math.min(ctx.folded.length, e.end + 25))[0];
  // "the Brussels summit", but not a summit's name in quotes ("named the \"Jerusalem Summit\"").
  const quoted = /["“«‘']\s*$/.test(ctx.text.slice(Math.max(0, e.start - 2), e.start));
  if (e.kind === 'city' && next && !quoted && /^\s+$/.test(ctx.folded.slice(e.end, next.start))) return true;
  // "Washington accueille", "London will host": a city as the subject of a host verb.
  const after = ctx.folded.slice(e.end, e.end + 30);
  return ctx.lex.cues.hostVerbs.all(after).some((m) => m.start <= 14);
}

function headingPlace(ctx: DocContext, e: Entity): boolean {
  const sentence = sentenceOf(ctx.sentences, e);
  if (!sentence || !/^[\s"«]*$/.test(ctx.folded.slice(sentence.start, e.start))) return false;
  const date = ctx.dates.find((d) => d.start > e.end && /^,\s*$/.test(ctx.folded.slice(e.end, d.start)));
  return date !== undefined && /^[\s.]*$/.test(ctx.folded.slice(date.end, sentence.end));
}

export function placeOfMeeting(ctx: DocContext, spans: Span[], virtual: boolean): PlaceSlots {
  const result: PlaceSlots = { cityId: null, city: null, country: null, venue: null, coordinates: null };
  const entities = ctx.entities.filter((e) => inside(e, spans));
  const venue = entities.find((e) => e.kind === 'venue' && introducedAsLocation(ctx, e));
  if (venue) {
    const place = placeOf(venue.id)!;
    result.venue = { value: place.name, evidence: [evidence(ctx, venue, 'venue:gazetteer')], confidence: 0.9 };
    const city = place.city ? placeOf(place.city) : undefined;
    if (city && !virtual) {
      result.cityId = city.id;
      result.city = { value: city.name, evidence: [evidence(ctx, venue, 'city:of-venue')], confidence: 0.8 };
      result.coordinates = { lat: place.lat, lon: place.lon };
    }
    result.country = { value: place.country, evidence: [evidence(ctx, venue, 'country:of-venue')], confidence: 0.8 };
  }
  if (virtual) return { ...result, cityId: null, city: null, coordinates: null };
  const city = entities.find((e) => e.kind === 'city' && introducedAsLocation(ctx, e));
  if (city) {
    const place = placeOf(city.id)!;
    const cityName = place.name;
    if (!result.city || result.city.value !== cityName) {
      result.cityId = place.id;
      result.city = { value: cityName, evidence: [evidence(ctx, city, 'city:located')], confidence: 0.9 };
      result.coordinates = { lat: place.lat, lon: place.lon };
    }
    result.country = { value: place.country, evidence: [evidence(ctx, city, 'country:of-city')], confidence: 0.9 };
    return result;
  }
  if (!result.country) {
    const country = entities.find((e) => e.kind === 'country' && introducedAsLocation(ctx, e));
    if (country) {
      result.country = { value: country.id, evidence: [evidence(ctx, country, 'country:located')], confidence: 0.8 };
      // A meeting "au Koweït" or "in Singapore" is in the city that shares the country's name.
      const place = cityNamedLike(country.id, country.text);
      if (place && !result.city) {
        result.cityId = place.id;
        result.city = { value: place.name, evidence: [evidence(ctx, country, 'city:city-state')], confidence: 0.7 };
        result.coordinates = { lat: place.lat, lon: place.lon };
      }
    }
  }
  return result;
}

/** The meeting on record a resolved day, body and city name, if any. */
export function meetingOnRecord(body: string, cityId: string | null, date: DateValue | null): KnownMeeting | undefined {
  if (date?.precision !== 'day') return undefined;
  const k = knowledge();
  const cityOf = (id: string | null) => (id ? (k.placeById.get(id)?.near ?? id) : null);
  return k.meetings.find(
    (m) => m.body === body && m.date <= date.iso && date.iso <= (m.endDate ?? m.date) && (!cityId || !m.city || cityOf(m.city) === cityOf(cityId)),
  );
}

/** "en l'absence du secrétaire d'Etat américain John Kerry", "without Kerry": named as missing, so not chairing there. */
function absent(ctx: DocContext, p: PersonEntity): boolean {
  const from = Math.max(0, (p.titleSpan && p.titleSpan.start < p.start ? p.titleSpan.start : p.start) - 30);
  return ctx.lex.cues.absenceLeads.all(ctx.folded, from, p.start).some((m) => !/[,;.]/.test(ctx.folded.slice(m.end, p.start)));
}

/**
 * Chairs the record gives the meeting a text names, when the text names them where it speaks of that
 * meeting: "John Kerry" in a report of the London meeting of 22 January 2015 co-chaired it, though no cue says so.
 */
export function chairsOnRecord(ctx: DocContext, spans: Span[], people: PersonEntity[], known: KnownMeeting | undefined, chairs: Slot<string>[]): Slot<string>[] {
  const added = new Map<string, Slot<string>>();
  for (const p of people) {
    if (p.former || !inside(p, spans) || !known?.chairs?.includes(p.id) || chairs.some((c) => c.value === p.id) || added.has(p.id) || absent(ctx, p)) continue;
    added.set(p.id, { value: p.id, evidence: [evidence(ctx, p, 'chair:on-record')], confidence: 0.6 });
  }
  return [...added.values()];
}

/** How far after "accueillis" its agent ("par …") may come, past the place it names. */
const HOST_AGENT_REACH = 80;

/** People named as hosts or chairs: after "sous la présidence de", before "accueilleront", and envoys who convene the body. */
export function chairsOf(ctx: DocContext, spans: Span[], people: PersonEntity[], body: string | null): Slot<string>[] {
  const chairs = new Map<string, Slot<string>>();
  const add = (p: PersonEntity, rule: string, confidence: number) => {
    if (p.former) return;
    const existing = chairs.get(p.id);
    if (existing) existing.evidence.push(evidence(ctx, p, rule));
    else chairs.set(p.id, { value: p.id, evidence: [evidence(ctx, p, rule)], confidence });
  };
  for (const span of spans) {
    const local = people.filter((p) => inside(p, [span]));
    for (const cue of ctx.lex.cues.chairBefore.all(ctx.folded, span.start, span.end)) {
      // "Shinzo Abe, hôte du sommet, Barack Obama, …": an apposition to the name before it, not a lead to the next one.
      if (cue.phrase.endsWith(',') && local.some((p) => p.end <= cue.start && /^\s*,\s*$/.test(ctx.folded.slice(p.end, cue.start)))) continue;
      // Names governed by "sous la présidence de": the next one, then each one coordinated to it ("X, et du secrétaire d'Etat Y").
      const after = local.filter((p) => p.start >= cue.end);
      // "hosted by Spain, …": a state or an organisation hosts, unless it is the title of the name that follows ("hosted by NATO Secretary General X").
      const hostIsState = ctx.entities.some((e) => (e.kind === 'country' || e.kind === 'organisation') && e.start >= cue.end && e.start - cue.end <= 5);
      if (hostIsState && (!after.length || after[0].start - cue.end > 45)) continue;
      if (after.length && after[0].start - cue.end < 110) {
        add(after[0], 'chair:introduced', 0.85);
        let last = after[0];
        for (const p of after.slice(1)) {
          const gap = ctx.folded.slice(last.end, p.start);
          if (!/(^|\s)(et|and|ainsi que|with|avec)\s/.test(gap) || gap.length >= 90) break;
          add(p, 'chair:coordinated', 0.8);
          last = p;
        }
      }
    }
    // "Accueillis au Celtic Manor, un vaste complexe hôtelier, par le Premier ministre David Cameron": the agent of the hosting.
    for (const cue of ctx.lex.cues.hostParticiples.all(ctx.folded, span.start, span.end)) {
      const agent = ctx.lex.cues.agentWord.all(ctx.folded, cue.end, Math.min(span.end, cue.end + HOST_AGENT_REACH)).find((a) => !/[.;:!?]/.test(ctx.folded.slice(cue.end, a.start)));
      const p = agent && local.find((q) => q.start >= agent.end && q.start - agent.end < 60);
      if (p) add(p, 'chair:hosted-by', 0.75);
    }
    // "Shinzo Abe, hôte du sommet": the person the apposition follows.
    for (const cue of ctx.lex.cues.chairApposition.all(ctx.folded, span.start, span.end)) {
      const p = local.find((q) => q.end <= cue.start && /^\s*[,(]?\s*$/.test(ctx.folded.slice(q.end, cue.start)));
      if (p) add(p, 'chair:apposition', 0.8);
    }
    for (const cue of ctx.lex.cues.chairAfter.all(ctx.folded, span.start, span.end)) {
      // "the talks, hosted by von der Leyen": a passive names its chair after it, not before.
      if (ctx.lex.cues.agentWord.all(ctx.folded, cue.end, cue.end + 5).some((a) => /^\s+$/.test(ctx.folded.slice(cue.end, a.start)))) continue;
      // "the EU-hosted aid conference": a compound adjective, not a verb with a subject.
      if (ctx.folded[cue.start - 1] === '-') continue;
      // Subjects of "accueilleront": names before the verb in the same clause, none after another verb.
      // "Mattis' predecessor, Ash Carter, hosted": a possessor is not the one who hosts.
      const before = local.filter((p) => p.end <= cue.start && cue.start - p.end < 160 && !/^(?:'s|’s|'|’)\s/.test(ctx.text.slice(p.end, p.end + 4)));
      for (const p of before) add(p, 'chair:subject-of-host-verb', 0.8);
      // "qui coprésidait la réunion avec le secrétaire d'Etat John Kerry": the partner is a chair too.
      if (before.length) {
        const partner = ctx.lex.cues.chairPartner.all(ctx.folded, cue.end, Math.min(span.end, cue.end + 40))[0];
        const p = partner && local.find((q) => q.start >= partner.end && q.start - partner.end < 60);
        if (p) add(p, 'chair:partner', 0.75);
      }
    }
  }
  // An envoy who convenes the body chairs only where no minister or head of state is named as chair.
  if (body && chairs.size === 0) {
    for (const p of people) {
      if (!inside(p, spans) || chairs.has(p.id) || !p.official) continue;
      if (p.official.offices.some((o) => o.convenes?.includes(body))) add(p, 'chair:convenes-body', 0.7);
    }
  }
  return [...chairs.values()];
}

/** The state or body an official attends for: the office the text names, else the one held on the meeting's day
 * (Mogherini in 2017 speaks for the EU, no longer for Italy). */
function representedBy(p: PersonEntity, on: string | null): string | null {
  const offices = p.official?.offices ?? [];
  const held = (o: (typeof offices)[number]) => on !== null && o.from.slice(0, on.length) <= on && (!o.to || on <= o.to.slice(0, on.length));
  const office = offices.find((o) => p.titles.includes(o.kind)) ?? offices.find(held) ?? offices.find(() => p.titles.length === 0);
  if (!office) return null;
  const org = organisationOf(office.of);
  return org?.code ?? (office.of.length === 2 ? office.of : null);
}

/** How far before "dont"/"including" the counted noun it lists may be ("pays de la coalition, dont"). */
const LIST_AFTER_COUNT_REACH = 60;

/** What may stand between the items of a list of states: commas, "et", "and", articles. */
const LIST_GAP = /^[\s,]*(?:(?:et|and|ainsi que|as well as)\s+)?(?:(?:le|la|les|l'|the|du|des|de la|de l'|d')\s*)?$/;

/** The states and bodies listed right after a position ("par la France, l'Irak et l'ONU"), until something else comes. */
function listedAfter(ctx: DocContext, from: number, to: number): DocContext['entities'] {
  const out: DocContext['entities'] = [];
  let at = from;
  // Entities come sorted by their start (entities stage).
  for (const e of ctx.entities) {
    if (e.start < at) continue;
    if (e.end > to || !LIST_GAP.test(ctx.folded.slice(at, e.start))) break;
    if (e.kind !== 'country' && e.kind !== 'organisation') break;
    out.push(e);
    at = e.end;
  }
  return out;
}

export function participantsOf(ctx: DocContext, spans: Span[], ownSpans: Span[], people: PersonEntity[], chairs: Slot<string>[], body: string | null, on: string | null): Slot<string>[] {
  const out = new Map<string, Slot<string>>();
  const chairCountries = new Set(
    chairs.flatMap((c) => knowledge().officialByName.get(c.value)?.offices.map((o) => o.of) ?? []),
  );
  const bodyCode = body ? organisationOf(body)?.code : undefined;
  const add = (code: string | null | undefined, span: Span, rule: string) => {
    if (!code || code === bodyCode || chairCountries.has(code) || out.has(code)) return;
    out.set(code, { value: code, evidence: [evidence(ctx, span, rule)], confidence: 0.7 });
  };
  const addListed = (entities: DocContext['entities'], rule: string) => {
    for (const e of entities) add(e.kind === 'organisation' ? organisationOf(e.id)?.code : e.id, e, rule);
  };
  for (const span of spans) {
    // The subject of "participe à" (what precedes the cue in its clause), or what follows "en présence de".
    const cues = [
      ...[...ctx.lex.cues.participation.all(ctx.folded, span.start, span.end), ...ctx.lex.cues.tookPart.all(ctx.folded, span.start, span.end)].map((cue) => ({
        start: span.start,
        end: cue.start,
      })),
      ...ctx.lex.cues.participationIntro.all(ctx.folded, span.start, span.end).map((cue) => ({ start: cue.end, end: Math.min(span.end, cue.end + 120) })),
    ];
    for (const window of cues) {
      for (const p of people) {
        if (p.start >= window.start && p.end <= window.end && !chairs.some((c) => c.value === p.id)) add(representedBy(p, on), p, 'participant:person');
      }
      for (const e of ctx.entities) {
        if (e.start < window.start || e.end > window.end) continue;
        if (people.some((p) => p.start <= e.start && e.end <= p.end)) continue;
        if (e.kind === 'organisation') add(organisationOf(e.id)?.code, e, 'participant:organisation');
        if (e.kind === 'country' || e.kind === 'demonym') add(e.id, e, `participant:${e.kind}`);
      }
    }
  }
  // "coprésidée par le Royaume-Uni, l'Allemagne et l'ONU": hosts named without a person take part as states and bodies.
  for (const span of ownSpans) {
    for (const cue of ctx.lex.cues.chairBefore.all(ctx.folded, span.start, span.end)) {
      addListed(listedAfter(ctx, cue.end, span.end), 'participant:host');
    }
  }
  // "les ministres d'une dizaine de pays, dont la France et le Royaume-Uni": the states a count is made of.
  for (const span of ownSpans) {
    for (const cue of ctx.lex.cues.listIntro.all(ctx.folded, span.start, span.end)) {
      if (!ctx.lex.cues.countNouns.test(ctx.folded, Math.max(span.start, cue.start - LIST_AFTER_COUNT_REACH), cue.start)) continue;
      addListed(listedAfter(ctx, cue.end, span.end), 'participant:listed');
    }
  }
  // "leurs homologues de neuf pays - Royaume-Uni, France, Allemagne … -", "ten countries: …": the list a count opens.
  for (const span of [...ownSpans, ...spans.filter((s) => !ownSpans.includes(s))]) {
    for (const noun of ctx.lex.cues.countNouns.all(ctx.folded, span.start, span.end)) {
      const dash = /^\s*[-–—:(]\s*/.exec(ctx.folded.slice(noun.end, Math.min(span.end, noun.end + 4)));
      // "Ministers from Canada, France and Japan", "les ministres d'Allemagne, du Canada et des Etats-Unis": two at least.
      const from = /^\s+(?:from|of|de|d'|des|du)\s*/.exec(ctx.folded.slice(noun.end, Math.min(span.end, noun.end + 8)));
      const opener = dash ?? from;
      if (!opener) continue;
      const listed = listedAfter(ctx, noun.end + opener[0].length, span.end);
      if (!dash && listed.length < 2) continue;
      addListed(listed, 'participant:listed');
    }
  }
  // An official in office named where the text speaks of the meeting attends it for the state or body they serve.
  for (const p of people) {
    if (p.official && !p.former && p.titles.length > 0 && inside(p, ownSpans) && !chairs.some((c) => c.value === p.id)) add(representedBy(p, on), p, 'participant:official');
  }
  return [...out.values()];
}

/** How far before "rassemble", "compte" the subject they count may be ("Ce sommet, le premier présidé par …, a rassemblé"). */
const SIZE_CUE_SUBJECT_REACH = 100;

export function memberCountOf(ctx: DocContext, spans: Span[]): Slot<MemberCount> | null {
  const nums = ctx.lex.numbers;
  const nouns = ctx.lex.cues.countNouns;
  const re = countPattern(ctx.lex);
  for (const span of spans) {
    const slice = ctx.folded.slice(span.start, span.end);
    for (const m of slice.matchAll(re)) {
      const start = span.start + m.index!;
      const end = start + m[0].length;
      const noun = countedNoun(ctx, end, span.end);
      if (!noun) continue;
      // "composée d'une soixantaine de pays" is the size of the coalition, not of a meeting, unless a meeting is
      // what the cue's clause is about ("Cette réunion, qui rassemble 74 membres").
      const sizeCue = ctx.lex.cues.coalitionSize.all(ctx.folded, Math.max(span.start, start - 30), start).at(-1);
      if (sizeCue) {
        const lead = { start: Math.max(span.start, sizeCue.start - SIZE_CUE_SUBJECT_REACH), end: sizeCue.start };
        const meetingWord = ctx.lex.meetingNouns.all(ctx.folded, lead.start, lead.end).at(-1);
        // "la réunion de la coalition, qui compte 60 pays": a body word just before the cue is what it counts.
        const tail = ctx.folded.slice(lead.start, lead.end).replace(/[^\p{L}]*$/u, '');
        const relative = ctx.lex.cues.relativePronouns.all(tail).find((m) => m.end === tail.length);
        const subject = (relative ? tail.slice(0, relative.start) : tail).replace(/[^\p{L}]*$/u, '');
        if (!meetingWord || ctx.lex.cues.bodyNouns.all(subject).some((m) => m.end === subject.length)) continue;
      }
      if (!ctx.lex.cues.countMeetingVerbs.test(ctx.folded, span.start, span.end) && !ctx.lex.meetingNouns.test(ctx.folded, span.start, span.end)) continue;
      const value = m[1] ? (nums.approximateNouns as Record<string, number>)[m[1]] : numberAt(ctx, m[2]);
      if (!value || value < 2 || value > 200) continue;
      const pre = ' ' + ctx.folded.slice(Math.max(0, start - 22), start).trimEnd();
      const stated = (Object.entries(nums.qualifiers) as [MemberCount['qualifier'], string[]][]).find(([, phrases]) =>
        phrases.some((p) => pre.endsWith(` ${p}`) || (p.endsWith("'") && pre.endsWith(` ${p.slice(0, -1)}`))),
      );
      const qualifier: MemberCount['qualifier'] = stated?.[0] ?? (m[1] ? 'about' : 'exact');
      const evStart = stated ? Math.max(0, start - 12) : start;
      return { value: { value, qualifier }, evidence: [evidence(ctx, { start: evStart, end: noun.end }, 'member-count')], confidence: 0.8 };
    }
  }
  return wholeMembershipCount(ctx, spans);
}

/** "The full 79-member Coalition will meet": the body's size counts the meeting when all its members attend. */
function wholeMembershipCount(ctx: DocContext, spans: Span[]): Slot<MemberCount> | null {
  for (const span of spans) {
    if (!ctx.lex.cues.countMeetingVerbs.test(ctx.folded, span.start, span.end)) continue;
    for (const m of ctx.folded.slice(span.start, span.end).matchAll(/(?<![\p{L}\p{N}])(\d{1,3})-(?=\p{L})/gu)) {
      const start = span.start + m.index!;
      const noun = ctx.lex.cues.sizeCompounds.all(ctx.folded, start + m[0].length, Math.min(span.end, start + m[0].length + 12)).find((n) => n.start === start + m[0].length);
      const lead = ctx.folded.slice(Math.max(span.start, start - 16), start).trimEnd();
      const whole = ctx.lex.cues.wholeMembership.all(lead).some((w) => w.end === lead.length);
      if (!noun || !whole) continue;
      return { value: { value: Number(m[1]), qualifier: 'exact' }, evidence: [evidence(ctx, { start, end: noun.end }, 'member-count:whole-membership')], confidence: 0.7 };
    }
  }
  return null;
}

/** A clause opened by "après", "malgré", "amid" tells what came before or around the meeting, not its agenda
 * ("sept mois après la proclamation de la victoire militaire", "despite the air strikes"). */
function inBackground(ctx: DocContext, span: Span, hit: Span): boolean {
  const before = ctx.folded.slice(span.start, hit.start);
  const clauseStart = span.start + Math.max(...[',', ';', ':', '(', '.'].map((c) => before.lastIndexOf(c))) + 1;
  return ctx.lex.cues.backgroundLeads.test(ctx.folded, Math.max(span.start, clauseStart), hit.start);
}

/** "la présence de l'EI en Afrique", "ISIS in Afghanistan": a place right after the adversary is where the campaign runs, not another matter. */
function adversaryGround(ctx: DocContext, hit: Span): boolean {
  return ctx.entities.some((e) => {
    if (e.kind !== 'adversary' || e.end > hit.start || hit.start - e.end > ADVERSARY_GROUND_REACH) return false;
    const gap = ctx.folded.slice(e.end, hit.start).trim();
    return ctx.lex.cues.adversaryLocatives.all(gap).some((m) => m.start === 0 && m.end === gap.length);
  });
}

/** Room for "en", "dans les" between the adversary and the place. */
const ADVERSARY_GROUND_REACH = 12;

function topicHits(ctx: DocContext, span: Span): { topic: Topic; hit: Span }[] {
  const out: { topic: Topic; hit: Span }[] = [];
  // A word inside a name ("Conseil de sécurité", "Coalition to Defeat ISIS") is no line of effort, nor one inside
  // a phrase that is none ("la paix et la sécurité", "food security"). A country can be the matter itself ("la guerre en Ukraine").
  const blockers = [
    ...ctx.entities.filter((e) => e.start < span.end && span.start < e.end && e.kind !== 'country'),
    ...ctx.lex.cues.notTopic.all(ctx.folded, span.start, span.end),
  ];
  // "une séance du Conseil de sécurité consacrée à l'Irak", "talks focused on Syria": a country named as what the meeting is about.
  const matter = ctx.lex.cues.matterLeads.all(ctx.folded, span.start, span.end).flatMap((lead) => {
    const country = ctx.entities.find((e) => e.kind === 'country' && e.start >= lead.end && /^\s*(?:(?:l'|la|le|les|the)\s*)?$/.test(ctx.folded.slice(lead.end, e.start)));
    return country ? [{ start: country.start, end: country.end }] : [];
  })[0];
  if (matter && !inBackground(ctx, span, matter)) out.push({ topic: 'other', hit: matter });
  for (const { topic, matcher } of ctx.lex.topics) {
    if (topic === 'other' && matter) continue;
    const hit = matcher
      .all(ctx.folded, span.start, span.end)
      .find((h) => !blockers.some((e) => e.start < h.end && h.start < e.end) && !inBackground(ctx, span, h) && !(topic === 'other' && adversaryGround(ctx, h)));
    if (hit) out.push({ topic, hit });
  }
  return out;
}

/** A sentence that lists several lines of effort ("pression militaire, lutte contre le financement et contre-discours") sets out an agenda. */
const LISTED_TOPICS = 2;

export function listsTopics(ctx: DocContext, span: Span): boolean {
  return topicHits(ctx, span).length >= LISTED_TOPICS;
}

/** Topics from the text's agenda for the meeting, and from the name of a group that meets ("Counter-ISIL Finance Group"). */
export function topicsOf(ctx: DocContext, spans: Span[], ownSpans: Span[]): Slot<Topic>[] {
  const out = new Map<Topic, Slot<Topic>>();
  for (const { topic, matcher } of ctx.lex.levels) {
    if (!topic) continue;
    const hit = ownSpans.map((s) => matcher.all(ctx.folded, s.start, s.end)[0]).find(Boolean);
    if (hit && !out.has(topic)) out.set(topic, { value: topic, evidence: [evidence(ctx, hit, `topic:${topic}:group-name`)], confidence: 0.8 });
  }
  for (const span of spans) {
    const hits = topicHits(ctx, span);
    const agenda = ctx.lex.cues.agenda.test(ctx.folded, span.start, span.end);
    // A sentence that speaks of the meeting itself tells what it dealt with; sentences that only support it must say it is the agenda.
    const own = ownSpans.includes(span);
    if (!agenda && !own && hits.length < LISTED_TOPICS) continue;
    const rule = agenda ? '' : own ? ':meeting-sentence' : ':listed';
    for (const { topic, hit } of hits) {
      // Matters beyond the lines of effort ("en Afghanistan") count only where the text says they are this meeting's.
      if (topic === 'other' && !agenda && !own) continue;
      if (!out.has(topic)) out.set(topic, { value: topic, evidence: [evidence(ctx, hit, `topic:${topic}${rule}`)], confidence: agenda ? 0.7 : 0.6 });
    }
  }
  return [...out.values()];
}

/** A donor conference raises aid: the humanitarian line, whatever words the text uses ("5,8 milliards d'euros pour la Syrie"). */
export function withAidAgenda(topics: Slot<Topic>[], body: Slot<string>): Slot<Topic>[] {
  if (body.value !== 'donor_conference' || topics.some((t) => t.value === 'humanitarian')) return topics;
  return [...topics, { value: 'humanitarian', evidence: body.evidence.map((e) => ({ ...e, rule: 'topic:humanitarian:donor-conference' })), confidence: 0.5 }];
}

const DEFENCE_LEVELS: readonly MeetingLevel[] = ['defence_ministerial', 'chiefs_of_defence'];

/** A text about a meeting of defence ministers or chiefs of defence tells of the military line of effort, whatever words it uses
 * ("coordonner les contributions", "more flight time for AWACS"). */
export function withDefenceAgenda(topics: Slot<Topic>[], level: Slot<MeetingLevel>): Slot<Topic>[] {
  if (!DEFENCE_LEVELS.includes(level.value) || topics.some((t) => t.value === 'military')) return topics;
  return [...topics, { value: 'military', evidence: level.evidence.map((e) => ({ ...e, rule: 'topic:military:defence-level' })), confidence: 0.5 }];
}

/** How far before "online" the meeting word it qualifies may be ("met online", "réunion tenue en ligne"). */
const FORMAT_WORD_REACH = 25;

function saysOfMeeting(ctx: DocContext, span: Span, cue: Span): boolean {
  const from = Math.max(span.start, cue.start - FORMAT_WORD_REACH);
  const held = ctx.lex.cues.heldParticiples.all(ctx.folded, from, cue.start).some((m) => /^\s*$/.test(ctx.folded.slice(m.end, cue.start)));
  return held || ctx.lex.meetingNouns.test(ctx.folded, from, cue.start) || ctx.lex.meetingVerbs.test(ctx.folded, from, cue.start);
}

/** How far before a virtual cue the verb of one speaker's remote attendance reaches. */
const REMOTE_SPEAKER_REACH = 45;

function remoteSpeaker(ctx: DocContext, span: Span, cue: Span): boolean {
  const from = Math.max(span.start, cue.start - REMOTE_SPEAKER_REACH);
  return ctx.lex.cues.remoteAttendance.test(ctx.folded, from, cue.start);
}

export function formatOf(ctx: DocContext, spans: Span[]): Slot<MeetingFormat> | null {
  for (const span of spans) {
    // "Bourita est intervenu par visioconférence": one speaker's link, not the meeting's format.
    const hit = [
      ...ctx.lex.cues.virtual.all(ctx.folded, span.start, span.end),
      // "en ligne", "online" say how a meeting was held only right after it ("réunis en ligne"), not of "propagande en ligne".
      ...ctx.lex.cues.virtualIfMeeting.all(ctx.folded, span.start, span.end).filter((v) => saysOfMeeting(ctx, span, v)),
    ].find((v) => !remoteSpeaker(ctx, span, v));
    // "in person and online": a hybrid meeting still has its place.
    const inPerson = ctx.lex.cues.inPerson.all(ctx.folded, span.start, span.end)[0];
    if (hit && inPerson) return { value: 'in_person', evidence: [evidence(ctx, inPerson, 'format:in-person')], confidence: 0.7 };
    if (hit) return { value: 'virtual', evidence: [evidence(ctx, hit, 'format:virtual')], confidence: 0.8 };
  }
  return null;
}
