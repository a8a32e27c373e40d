// The meetings stage through extract(): frames, linking and slots on small texts written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/core/pipeline.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const meetings = (text: string, published?: string) => extract({ id: 't', origin: 't', text, published }, { now: NOW }).mentions;

test('one sentence, two meetings: "celle des ministres de la Défense" founds a second meeting', () => {
  const m = meetings(
    "La dernière réunion des ministres des Affaires étrangères de la coalition contre l'EI a eu lieu le 2 février à Rome, alors que celle des ministres de la Défense s'est tenue à Bruxelles le 11 février.",
    '2016-07-19',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.level.value, x.date?.value.iso]), [
    ['Rome', 'ministerial', '2016-02-02'],
    ['Brussels', 'defence_ministerial', '2016-02-11'],
  ]);
});

test('bilateral talks are not a meeting of a body', () => {
  assert.equal(meetings("Le ministre a rencontré mardi à Paris son homologue irakien lors d'un entretien bilatéral sur la coalition contre l'EI.").length, 0);
});

test('member counts: words, figures and qualifiers; the coalition size is not a count', () => {
  const [a] = meetings("Les ministres d'une vingtaine de pays de la coalition contre l'EI sont attendus jeudi à Londres.");
  assert.deepEqual(a.memberCount?.value, { value: 20, qualifier: 'about' });
  const [b] = meetings("Plus de 40 pays participeront à la réunion de la coalition anti-EI à Washington.");
  assert.deepEqual(b.memberCount?.value, { value: 40, qualifier: 'more_than' });
  const [c] = meetings("La coalition contre l'EI, composée d'une soixantaine de pays, se réunira à Rome.");
  assert.equal(c.memberCount, null);
});

test('chairs come from the cue that introduces them, with evidence', () => {
  const [m] = meetings("Sous la présidence du secrétaire d'Etat Mike Pompeo, les ministres de la coalition contre l'EI se retrouveront à Washington.");
  assert.deepEqual(m.chairs.map((c) => c.value), ['Mike Pompeo']);
  assert.equal(m.chairs[0].evidence[0].text, 'Mike Pompeo');
});

test('topics only from what the text gives as the agenda', () => {
  const [m] = meetings("Les ministres de la coalition contre l'EI se réuniront à Londres. Les discussions porteront sur les combattants étrangers et le financement de l'EI. La coalition mène aussi des frappes.");
  assert.deepEqual(m.topics.map((t) => t.value).sort(), ['counter_finance', 'foreign_fighters']);
});

test('a virtual meeting has no city', () => {
  const [m] = meetings('The coalition against ISIS held a virtual ministerial meeting by videoconference on Thursday.', '2020-06-05');
  assert.equal(m.city, null);
  assert.equal(m.format?.value, 'virtual');
});

test("a topic in the meeting's own sentence is its business; in a sentence about something else it is not", () => {
  const [m] = meetings(
    "Les ministres de la coalition contre l'EI se sont réunis mardi à Rome pour renforcer la stabilisation des zones libérées. Le ministre a ensuite rappelé que les frappes aériennes continuaient.",
    '2019-02-14',
  );
  assert.deepEqual(m.topics.map((t) => t.value), ['stabilization']);
  assert.match(m.topics[0].evidence[0].rule, /meeting-sentence/);
});

test('the day a spokesman told of a meeting is not its day ("told reporters on Thursday")', () => {
  const [m] = meetings('NATO leaders will gather in Vilnius on 11 and 12 July for a summit, Secretary General Jens Stoltenberg told reporters on Thursday.');
  assert.equal(m.date?.value.iso, '2023-07-11');
  // Named in between, the meeting takes the day.
  const [n] = meetings('The Secretary General announced a NATO summit on Thursday in Vilnius.', '2023-07-10');
  assert.equal(n.date?.value.iso, '2023-07-13');
});

test('a dateline with a double hyphen ("Kuwait City, Feb 14 (KUNA) --") gives the place and the day', () => {
  const doc = extract(
    { id: 't', origin: 't', text: 'Kuwait City, Feb 14 (KUNA) -- The International Conference for the Reconstruction of Iraq concluded here on Wednesday, Foreign Minister Sabah Khaled Al-Hamad Al-Sabah announced.' },
    { now: NOW },
  );
  assert.equal(doc.published?.iso, '2018-02-14');
  assert.equal(doc.mentions[0].city?.value, 'Kuwait City');
  assert.equal(doc.mentions[0].date?.value.iso, '2018-02-12');
});

test('an event with two candidates dates a meeting near one of them, not in the months between', () => {
  const [m] = meetings(
    "Le Conseil de sécurité de l'ONU a adopté vendredi une résolution contre le groupe Etat islamique, une semaine après les attentats de Paris, lors d'une séance à New York.",
  );
  assert.equal(m.date?.value.iso, '2015-11-20');
});

test('a topic word inside a name is no line of effort', () => {
  const [m] = meetings('The Global Coalition to Defeat ISIS met in Rome on Tuesday to discuss stabilization.', '2019-02-14');
  assert.deepEqual(m.topics.map((t) => t.value), ['stabilization']);
});

test('hosts named without a person take part as states and bodies; a person host keeps the chair', () => {
  const [fr] = meetings("Londres accueille jeudi une conférence des donateurs pour la Syrie, coprésidée par le Royaume-Uni, l'Allemagne, le Koweït, la Norvège et l'ONU.", '2016-02-03');
  assert.deepEqual(fr.participants.map((p) => p.value), ['GB', 'DE', 'KW', 'NO', 'UN']);
  const [en] = meetings('The coalition against ISIS held its finance group meeting in Rome on Wednesday, co-led by Italy, Saudi Arabia and the United States. Turkey also spoke.', '2024-03-21');
  assert.deepEqual(en.participants.map((p) => p.value), ['IT', 'SA', 'US']);
  const [chaired] = meetings("Le sommet de l'Otan, présidé par le secrétaire général Jens Stoltenberg, s'est ouvert mardi à Vilnius.", '2023-07-11');
  assert.deepEqual(chaired.chairs.map((c) => c.value), ['Jens Stoltenberg']);
});

test('"la dernière journée du sommet" is a day of this summit, not an earlier summit', () => {
  const m = meetings(
    "Newport (Royaume-Uni) - La menace jihadiste a dominé vendredi la seconde et dernière journée du sommet de l'Otan. Le sommet, présidé par le secrétaire général Anders Fogh Rasmussen, s'est conclu par un plan face à la Russie.",
    '2014-09-05',
  );
  assert.equal(m.length, 1);
  assert.equal(m[0].city?.value, 'Newport');
  assert.equal(m[0].date?.value.iso, '2014-09-04');
  assert.deepEqual(m[0].chairs.map((c) => c.value), ['Anders Fogh Rasmussen']);
});

test('"y participent": a count in the next sentence is the meeting\'s', () => {
  const [m] = meetings(
    "La réunion des ministres des Affaires étrangères de la coalition contre l'EI s'est ouverte ce mercredi à Washington. Quelque 68 délégations y participent, a indiqué le département d'Etat.",
    '2017-03-22',
  );
  assert.deepEqual(m.memberCount?.value, { value: 68, qualifier: 'about' });
  assert.equal(meetings("La coalition contre l'EI s'est réunie à Washington. Quelque 68 délégations y participent.", '2017-03-22').length, 1);
});

test('compound number words count ("Twenty-one countries", "vingt et un pays"); a number after a hyphen is no count', () => {
  const [en] = meetings('Foreign ministers of the coalition against ISIS met in London on Thursday. Twenty-one countries attended.', '2015-01-23');
  assert.deepEqual(en.memberCount?.value, { value: 21, qualifier: 'exact' });
  const [fr] = meetings("Les ministres de vingt et un pays de la coalition contre l'EI se sont réunis jeudi à Londres.", '2015-01-23');
  assert.deepEqual(fr.memberCount?.value, { value: 21, qualifier: 'exact' });
  const [seventy] = meetings("Les représentants de soixante-douze pays de la coalition contre l'EI se sont réunis jeudi à Rome.", '2015-01-23');
  assert.deepEqual(seventy.memberCount?.value, { value: 72, qualifier: 'exact' });
});

test('"étaient présents": an attendance sentence after the meeting\'s gives its count', () => {
  const [m] = meetings(
    "Les ministres des Affaires étrangères de la coalition mondiale contre Daech se sont réunis jeudi au département d'Etat. Une trentaine de ministres étaient présents.",
    '2019-11-14',
  );
  assert.deepEqual(m.memberCount?.value, { value: 30, qualifier: 'about' });
});

test('"the first meeting since" an event is the earliest on record after it', () => {
  const [m] = meetings(
    "NATO foreign ministers meet in Brussels on Tuesday and Wednesday, their first meeting since Russia's annexation of Crimea, with Secretary General Anders Fogh Rasmussen presiding.",
  );
  assert.equal(m.date?.value.iso, '2014-04-01');
  assert.ok(m.dateReasons.some((r) => r.startsWith('the first since annexation of Crimea')));
});

test('"in the Japanese city of Hiroshima", "dans la ville de Mossoul": the settlement noun stands between preposition and city', () => {
  const [m] = meetings('G7 foreign ministers gathered in the Japanese city of Hiroshima on Sunday for two days of talks.', '2016-04-10');
  assert.equal(m.city?.value, 'Hiroshima');
  const [fr] = meetings("Les ministres de la coalition contre l'EI se sont réunis dans la ville de Rome mardi.", '2016-02-03');
  assert.equal(fr.city?.value, 'Rome');
});

test('with no level word, the offices of the chairs give the level', () => {
  const [m] = meetings(
    "Le secrétaire d'Etat américain John Kerry a réuni mercredi au siège de l'Otan à Bruxelles les représentants d'une soixantaine de pays de la coalition contre le groupe Etat islamique.",
  );
  assert.equal(m.level.value, 'ministerial');
  assert.equal(m.level.evidence[0].rule, 'level:chair-office');
  assert.equal(m.date?.value.iso, '2014-12-03');
});

test('"dont la France et le Royaume-Uni", "including Japan": the states a count is made of take part', () => {
  const [fr] = meetings("Les ministres de la Défense d'une dizaine de pays de la coalition contre l'EI, dont la France, les Etats-Unis et le Royaume-Uni, se sont retrouvés mercredi à Rome.", '2016-01-21');
  assert.deepEqual(fr.participants.map((p) => p.value), ['FR', 'US', 'GB']);
  const [en] = meetings('Ministers from 20 countries of the coalition against ISIS, including Japan and Canada, met in London on Thursday. Turkey, meanwhile, stayed away.', '2015-01-23');
  assert.deepEqual(en.participants.map((p) => p.value), ['JP', 'CA']);
});

test('"since London in January" names an earlier meeting there; "over the next year" dates nothing', () => {
  const m = meetings(
    'PARIS, June 2 (Reuters) - Ministers of the coalition against Islamic State met on Tuesday, for the first time at ministerial level since London in January. They pledged aid over the next year.',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.date?.value.iso]), [
    ['Paris', '2015-06-02'],
    ['London', '2015-01-22'],
  ]);
  const [summit] = meetings('G7 leaders committed to provide vaccine doses over the next year, Boris Johnson announced today at the close of the summit he hosted in Carbis Bay.', '2021-06-13');
  assert.equal(summit.date?.value.iso, '2021-06-11');
});

test('a body named among those who attend ("including the European Union", "as an observer, the UN") is no meeting of its own', () => {
  const m = meetings(
    'Ministers of the coalition against Islamic State met in Paris on Tuesday. Twenty-four delegations attended, including the European Union and, as an observer, the United Nations.',
    '2015-06-02',
  );
  assert.equal(m.length, 1);
  assert.deepEqual(m[0].memberCount?.value, { value: 24, qualifier: 'exact' });
  assert.deepEqual(m[0].participants.map((p) => p.value).sort(), ['EU', 'UN']);
});

test('"propagande en ligne" is no online meeting; "réunis en ligne" is', () => {
  const [fr] = meetings("ISE-SHIMA (Japon), 27 mai 2016 (AFP) - Les dirigeants du G7 ont clos vendredi leur sommet au Japon, s'engageant à contrer la propagande extrémiste en ligne.");
  assert.notEqual(fr.format?.value, 'virtual');
  assert.equal(fr.city?.value, 'Shima');
  const [online] = meetings("Les ministres de la coalition contre l'EI se sont réunis en ligne jeudi.", '2020-06-05');
  assert.equal(online.format?.value, 'virtual');
});

test('"Shinzo Abe, hôte du sommet" chairs it; "rejoints par le Conseil européen" attends', () => {
  const [m] = meetings(
    "Réunis depuis jeudi autour du Premier ministre japonais Shinzo Abe, hôte du sommet, les dirigeants du G7, rejoints par les présidents du Conseil européen et de la Commission, ont adopté un plan contre le terrorisme.",
    '2016-05-27',
  );
  assert.equal(m.body.value, 'g7');
  assert.deepEqual(m.chairs.map((c) => c.value), ['Shinzo Abe']);
});

test('a second meeting word with a city of its own in one clause is a second meeting', () => {
  const m = meetings(
    "La réunion des chefs de la diplomatie du G7 à Lucques, ouverte lundi, prépare le sommet des chefs d'Etat et de gouvernement du G7 à Taormina, fin mai.",
    '2017-04-11',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.level.value, x.date?.value.iso]), [
    ['Lucca', 'ministerial', '2017-04-10'],
    ['Taormina', 'summit', '2017-05-26'],
  ]);
});

test('who meets, where and when, with no meeting word, is a meeting', () => {
  const m = meetings(
    "Les donateurs réunis ce jeudi à Londres ont promis 10 milliards de dollars pour la Syrie. Deux jours plus tôt, à Rome, les chefs de la diplomatie de la coalition contre Daech avaient fait le point sur la campagne.",
    '2016-02-04',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.level.value]).at(-1), ['Rome', 'ministerial']);
  // Without a place, a level phrase is only talk of ministers.
  assert.equal(meetings("Les ministres des Affaires étrangères de la coalition contre l'EI ont condamné mardi l'attentat.", '2016-02-04').length, 0);
});

test('the imperfect tells past news ("recevait")', () => {
  const [held] = meetings("Les ministres de la coalition contre l'EI se réunissaient mercredi à Rome, où le ministre italien recevait ses homologues.", '2016-02-04');
  assert.equal(held.status.value, 'held');
  // A noun in -ait ("le retrait") is no imperfect.
  const [planned] = meetings("Les ministres de la coalition contre l'EI se réuniront à Rome pour parler du retrait.", '2016-02-04');
  assert.equal(planned.status.value, 'planned');
});

test('"21 of the most engaged members" is a count and a gathering', () => {
  const [m] = meetings('At Lancaster House on 22 January 2015, Philip Hammond and John Kerry of the coalition against ISIS brought together 21 of the most engaged members.');
  assert.deepEqual(m.memberCount?.value, { value: 21, qualifier: 'exact' });
  assert.equal(m.city?.value, 'London');
});

test('a day told after a dated one in the same sentence is in its year; "le 21 juillet dernier" is not', () => {
  const m = meetings('The coalition against ISIS finance group met in Rome on 19-20 March 2015; 25 members met again in Jeddah on 7 May.', '2017-03-14');
  assert.deepEqual(m.map((x) => x.date?.value.iso), ['2015-03-19', '2015-05-07']);
  const [later] = meetings(
    "La dernière réunion de la coalition contre l'EI remonte à décembre 2014, même si les ministres s'étaient retrouvés à Washington le 21 juillet dernier.",
    '2016-10-27',
  ).filter((x) => x.city?.value === 'Washington');
  assert.equal(later.date?.value.iso, '2016-07-21');
});

test('the year of a paragraph carries to the next sentence told in the past, not from "since February 2019" nor into the future', () => {
  const past = meetings(
    "Le virage s'est amorcé à Rome, le 28 juin 2021, lors d'une ministérielle de la coalition contre Daech. Le 2 décembre, une réunion des directeurs politiques à Bruxelles a lancé l'Africa Focus Group.",
    '2024-09-27',
  );
  assert.deepEqual(past.map((x) => x.date?.value.iso), ['2021-06-28', '2021-12-02']);
  const since = meetings(
    'On Monday, June 28, in Rome, the Secretary will co-host a ministerial of the coalition against ISIS, the first since February 2019. The following day, June 29, he will join G20 foreign ministers in Matera.',
    '2021-06-25',
  );
  assert.equal(since.find((x) => x.city?.value === 'Matera')?.date?.value.iso, '2021-06-29');
});

test('a short byline whose last part is the date gives the day of publication', () => {
  const doc = extract({ id: 't', origin: 't', text: 'How the coalition learned to meet\n\nCommentary | Counter-Terrorism Programme | 14 March 2017\n\nRex Tillerson will host the coalition against ISIS in Washington on 22 March.' }, { now: NOW });
  assert.equal(doc.published?.iso, '2017-03-14');
  assert.equal(doc.mentions[0].date?.value.iso, '2017-03-22');
});

test('"then-Defense Secretary" is no office at the time of writing; "his last NATO summit" is this one', () => {
  const m = meetings(
    "WARSAW, Poland (AP) — NATO leaders agreed Friday to station battalions in Poland as their two-day summit got underway. President Barack Obama, at what is likely to be his last NATO summit, said the United States would lead. The coalition owes much to then-Defense Secretary Chuck Hagel.",
  );
  assert.equal(m.length, 1);
  assert.equal(m[0].date?.value.iso, '2016-07-08');
});

test('"a meeting here today" and "a wider meeting in Brussels next month" are two; states that "took part" attend', () => {
  const m = meetings(
    'PARIS, Jan. 20, 2016 — Ash Carter and Jean-Yves Le Drian co-chaired a meeting here today of the defense ministers of the coalition against ISIL. Ministers from Australia, Germany, Italy and the Netherlands took part. Carter invited defense ministers from 26 countries to a wider meeting in Brussels next month.',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.date?.value.iso]), [
    ['Paris', '2016-01-20'],
    ['Brussels', '2016-02-11'],
  ]);
  assert.deepEqual(m[0].participants.map((p) => p.value), ['AU', 'DE', 'IT', 'NL']);
});

test('"Yesterday Carter hosted": a word of time opening the sentence is no part of a name; "donors meeting" is a donor conference', () => {
  const m = meetings(
    'Defense Secretary Ash Carter convened coalition against ISIS ministers in Washington today. Yesterday Carter hosted coalition defence ministers at Joint Base Andrews, while donors meeting in Washington pledged more than two billion dollars for Iraq.',
    '2016-07-21',
  );
  const andrews = m.find((x) => x.venue?.value === 'Joint Base Andrews');
  assert.deepEqual(andrews?.chairs.map((c) => c.value), ['Ash Carter']);
  assert.ok(m.some((x) => x.body.value === 'donor_conference' && x.city?.value === 'Washington'));
});

test('on the margins of a conference "ouverte lundi", a meeting is held during its days, not on its first', () => {
  const m = meetings(
    "Les ministres des Affaires étrangères de la coalition contre l'EI se retrouvent à Koweït, en marge de la conférence internationale pour la reconstruction de l'Irak ouverte lundi.",
    '2018-02-13',
  );
  const coalition = m.find((x) => x.body.value === 'coalition');
  assert.equal(coalition?.date?.value.iso, '2018-02-13');
});

test('"a rassemblé les 32 Alliés": the count of a summit named earlier in its sentence; "se sont joints" attend', () => {
  const [m] = meetings("Ce sommet de l'Otan à La Haye, le premier présidé par le secrétaire général Mark Rutte, a rassemblé les 32 Alliés.", '2025-06-25');
  assert.deepEqual(m.memberCount?.value, { value: 32, qualifier: 'exact' });
  const [g7] = meetings("Les chefs de la diplomatie du G7 se sont réunis mardi à Lucques. Les ministres de Turquie, de Jordanie et du Qatar se sont joints aux discussions.", '2017-04-11');
  assert.deepEqual(g7.participants.map((p) => p.value), ['TR', 'JO', 'QA']);
});

test('paragraphs headed by a date and a place ("Août 2019, Biarritz.") are meetings of their own', () => {
  const m = meetings(
    "Dix ans de sommets du G7.\n\nJuin 2015, château d'Elmau (Bavière). Angela Merkel reçoit ses homologues au pied des Alpes.\n\nAoût 2019, Biarritz. Emmanuel Macron renonce au communiqué final du sommet.",
    '2024-03-01',
  );
  assert.deepEqual(m.filter((x) => x.date).map((x) => [x.city?.value, x.date?.value.iso]), [
    ['Elmau', '2015-06-07'],
    ['Biarritz', '2019-08-24'],
  ]);
  assert.deepEqual(m.find((x) => x.city?.value === 'Elmau')?.chairs.map((c) => c.value), ['Angela Merkel']);
});

test('a resolution the meeting adopted names it on record; "UNITED NATIONS (AFP) -" is a dateline from New York', () => {
  const [m] = meetings(
    'UNITED NATIONS, United States (AFP) - Finance ministers of the UN Security Council on Thursday unanimously adopted a resolution against the Islamic State group.\n\nDrafted by the United States and Russia, resolution 2253 extends the sanctions regime.',
  );
  assert.equal(m.date?.value.iso, '2015-12-17');
  assert.equal(m.city?.value, 'New York');
  assert.ok(m.dateReasons.some((r) => r.startsWith('adopted resolution 2253')));
});

test('"avant la conférence" links a later meeting; "parmi lesquels … la Ligue arabe" attends', () => {
  const m = meetings(
    "Les ministres de la coalition contre l'EI se sont réunis jeudi à Djeddah, avant la conférence de Paris, lundi. Une trentaine de pays y sont représentés, parmi lesquels les Etats-Unis, la Chine, mais aussi la Ligue arabe.",
    '2014-09-12',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.city?.value ?? null, x.date?.value.iso]), [
    ['coalition', 'Jeddah', '2014-09-11'],
    ['coalition', null, '2014-09-15'],
  ]);
  // The Arab League is listed among those who attend: no meeting of its own, and the meeting stays the coalition's.
  assert.ok(!m.some((x) => x.body.value === 'arab_league'));
});

test('a meeting verb, then a meeting word with a city of its own, are two meetings', () => {
  const m = meetings(
    "Les ministres de la Défense de la coalition contre l'EI réunis mardi à Rome ont salué la réunion des directeurs politiques à Berlin.",
    '2016-11-23',
  );
  assert.deepEqual(m.map((x) => [x.level.value, x.city?.value]), [
    ['defence_ministerial', 'Rome'],
    ['political_directors', 'Berlin'],
  ]);
});

test('"les 29 pays membres de l\'Otan" dates a NATO meeting to the years the alliance had 29 members', () => {
  const [m] = meetings("Les ministres de la Défense des 29 pays membres de l'Otan se retrouveront le 15 février au siège de l'Alliance à Bruxelles.");
  assert.ok(m.dateReasons.includes('nato had 29 members 2017-06-05 – 2020-03-26'));
  // Of the February meetings on record in those years, only the one of 14–15 February 2018 holds the 15th.
  assert.equal(m.date?.value.iso, '2018-02-14');
});

test('"ministres et hauts responsables" under two defence ministers is a defence ministerial; "accueillies par Bahreïn" takes part', () => {
  const [m] = meetings(
    "Le secrétaire américain à la Défense Jim Mattis et son homologue danois Claus Hjort Frederiksen ont coprésidé mardi à Copenhague une réunion des ministres et hauts responsables de quinze pays de la coalition contre l'EI.",
    '2017-05-10',
  );
  assert.equal(m.level.value, 'defence_ministerial');
  const [wg] = meetings(
    "Le groupe de travail de la coalition contre l'EI sur le financement a clos mercredi à Manama deux journées de discussions accueillies par Bahreïn, pour couper les vivres aux jihadistes.",
    '2019-04-17',
  );
  assert.deepEqual(wg.participants.map((p) => p.value), ['BH']);
  assert.deepEqual(wg.topics.map((t) => t.value), ['counter_finance']);
});

test('"en avril de l\'année dernière" is a month of the year before the writing; "cette session" is the text\'s own meeting', () => {
  const m = meetings(
    "Tunis, 31 mars (TAP) - Les travaux du 30e sommet de la Ligue arabe se sont ouverts dimanche au Palais des congrès de Tunis. Le roi Salmane assurait la présidence du sommet depuis la réunion de Dhahran, en avril de l'année dernière. Vingt et une délégations prennent part à cette session. Le secrétaire général de l'ONU, António Guterres, assiste à la séance inaugurale.",
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.date?.value.iso]), [
    ['Tunis', '2019-03-31'],
    ['Dhahran', '2018-04-15'],
  ]);
  assert.deepEqual(m[0].memberCount?.value, { value: 21, qualifier: 'exact' });
  assert.equal(m[0].venue, null);
});

test('"le premier depuis le sommet de Tunis de mars 2019" is the earliest meeting on record after it', () => {
  const [m] = meetings(
    "ALGER - Les travaux du sommet de la Ligue arabe se sont ouverts mardi à Alger. Ce rendez-vous, le premier depuis le sommet de Tunis de mars 2019, intervient après une longue interruption.",
  );
  assert.equal(m.date?.value.iso, '2022-11-01');
});

test('of several meetings on record that fit, the one the record says the named chair chaired', () => {
  const [m] = meetings('UNITED NATIONS (AP) — The U.N. Security Council, meeting at the level of heads of state with President Barack Obama in the chair, adopted a resolution on Wednesday.');
  assert.equal(m.date?.value.iso, '2014-09-24');
});

test('a relative clause telling of one meeting ends at its comma; a meeting told before any body is named is the coalition\'s', () => {
  const m = meetings(
    "PARIS, 15 sept 2014 (AFP) - La conférence internationale sur l'Irak s'est ouverte lundi à Paris pour coordonner la riposte à l'Etat islamique. Le secrétaire d'Etat John Kerry, qui avait réuni jeudi à Djeddah ses homologues arabes, doit présider vendredi à New York une séance du Conseil de sécurité.",
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.city?.value, x.date?.value.iso]), [
    ['coalition', 'Paris', '2014-09-15'],
    ['coalition', 'Jeddah', '2014-09-11'],
    ['un', 'New York', '2014-09-19'],
  ]);
});

test('"since February 2019, when Pompeo hosted it in Washington" places the earlier meeting; a vague level yields to the record', () => {
  const m = meetings(
    'On Monday, June 28, in Rome, the Secretary will co-host a ministerial meeting of the coalition against ISIS, the first in person since February 2019, when Secretary Pompeo hosted it in Washington.',
    '2021-06-24',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.level.value, x.date?.value.iso]), [
    ['Rome', 'ministerial', '2021-06-28'],
    ['Washington', 'ministerial', '2019-02-06'],
  ]);
});

test('"la paix et la sécurité", "food security" are no military line of effort', () => {
  const [m] = meetings("Les ministres de la coalition contre l'EI se sont réunis mardi à Rome pour parler de la paix et la sécurité dans la région et de la stabilisation.", '2019-02-14');
  assert.deepEqual(m.topics.map((t) => t.value), ['stabilization']);
});

test("the subject's agenda may be told in a sentence of its own; sentences describing the body are not its agenda", () => {
  const [m] = meetings(
    "Les directeurs politiques de la coalition contre l'EI se réunissent mardi à Rabat.\n\nLes discussions porteront sur la stabilisation et les combattants terroristes étrangers.\n\nLa Coalition, dont les actions ont amoindri les capacités militaires de Daech, fournit aussi une aide humanitaire.",
    '2018-06-25',
  );
  assert.deepEqual(m.topics.map((t) => t.value).sort(), ['foreign_fighters', 'stabilization']);
});

test('the envoy who convenes the coalition chairs only where no minister is named as chair', () => {
  const [m] = meetings("Le secrétaire d'Etat John Kerry et le ministre italien Paolo Gentiloni ont coprésidé mardi à Rome la réunion de la coalition contre l'EI, en présence de l'envoyé spécial Brett McGurk.", '2016-02-03');
  assert.deepEqual(m.chairs.map((c) => c.value).sort(), ['John Kerry', 'Paolo Gentiloni']);
});

test('"de l\'Américaine Victoria Nuland": a nationality before two names introduces a person, though a city bears one', () => {
  const [m] = meetings("La ministérielle de la coalition contre Daech s'est tenue le 11 mai 2022 à Marrakech, sous la coprésidence de Nasser Bourita et de l'Américaine Victoria Nuland.");
  assert.deepEqual(m.chairs.map((c) => c.value), ['Nasser Bourita', 'Victoria Nuland']);
});

test('"after the talks" with no place or day of its own is no earlier meeting; a summit named in quotes is no place', () => {
  const m = meetings(
    'MUNICH, Feb 15 (Reuters) - Defence ministers of the coalition against Islamic State met in Munich on Friday. Patrick Shanahan said after the talks, hosted by Ursula von der Leyen, that Washington remained committed.',
  );
  assert.equal(m.length, 1);
  const [summit] = meetings('DHAHRAN: Arab heads of state met on Sunday for the 29th Arab League summit, which King Salman named the "Jerusalem Summit."', '2018-04-15');
  assert.equal(summit.city?.value, 'Dhahran');
});

test('"from more than 30 nations, as well as NATO": NATO attends; "after their first session in Brussels in February" is the earlier one', () => {
  const m = meetings(
    'JOINT BASE ANDREWS, Md., July 20, 2016 — Ash Carter today hosted defense ministers from more than 30 nations, as well as NATO, for a session on the campaign against ISIL. It was the second meeting of these defense ministers, after their first session in Brussels in February.',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.date?.value.iso]), [
    ['coalition', '2016-07-20'],
    ['coalition', '2016-02-11'],
  ]);
});

test('a headline naming who meets beside their body, under a town alone before a full stop, is the meeting there', () => {
  const m = meetings(
    "Dinard. Le G7 des chefs de la diplomatie sous haute protection\n\nDepuis vendredi, la cité balnéaire vit à l'heure du G7. Jean-Yves Le Drian y accueille ses homologues d'Allemagne, du Canada et du Japon. La rencontre prépare le sommet du G7 programmé du 24 au 26 août à Biarritz.",
    '2019-04-06',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.level.value, x.city?.value, x.date?.value.iso]), [
    ['g7', 'ministerial', 'Dinard', '2019-04-05'],
    ['g7', 'summit', 'Biarritz', '2019-08-24'],
  ]);
});

test('the subject named by its day on record, with no place in the text, is held where the record says; "consacrée à l\'Irak" is no place', () => {
  const [m] = meetings("Les ministres des Affaires étrangères de la coalition contre l'EI se sont réunis le 13 février 2018 pour une séance consacrée à l'Irak.");
  assert.equal(m.city?.value, 'Kuwait City');
  assert.equal(m.country?.value, 'KW');
  assert.equal(m.city?.evidence[0].rule, 'city:on-record');
});

test('a count followed by its list ("de neuf pays - Royaume-Uni, France, Allemagne -") names who takes part', () => {
  const [m] = meetings("En marge du sommet, John Kerry a réuni ses homologues de la coalition contre l'EI de trois pays - Royaume-Uni, France et Allemagne - à Newport.", '2014-09-05');
  assert.deepEqual(m.participants.map((p) => p.value), ['GB', 'FR', 'DE']);
});

test('a Security Council meeting with no place is dated by the record at the UN seat', () => {
  const [m] = meetings("Le Conseil de sécurité de l'ONU, réuni au niveau des chefs d'Etat sous la présidence de Barack Obama, a adopté mercredi à l'unanimité une résolution sur les combattants étrangers.");
  assert.equal(m.date?.value.iso, '2014-09-24');
});

test('"the last gathering … in April 2019, prepares the summit … on 11 to 13 June": no year carried across a link; "Ministers from Canada, France and Japan" attend; a count to another event yields to the weekday', () => {
  const m = meetings(
    "G7 foreign ministers met in London today. Ministers from Canada, France and Japan discussed Russia. The meeting, which follows the last gathering of G7 foreign ministers in Dinard in April 2019, prepares the Leaders' Summit in Carbis Bay on 11 to 13 June.",
    '2021-05-05',
  );
  assert.equal(m.find((x) => x.city?.value === 'Carbis Bay')?.date?.value.iso, '2021-06-11');
  assert.deepEqual(m[0].participants.map((p) => p.value), ['CA', 'FR', 'JP']);
  const [parly] = meetings("Nommée ministre une semaine plus tôt, Florence Parly a participé jeudi à Bruxelles à la réunion des ministres de la Défense de l'Otan.", '2017-06-30');
  assert.equal(parly.date?.value.iso, '2017-06-29');
});

test('"reçoit les chefs de la diplomatie des trente pays" receives a gathering; "met Italian Foreign Minister X" one person', () => {
  const [m] = meetings("Pour la première fois, la Lettonie reçoit à Riga les chefs de la diplomatie des pays de l'Otan.", '2021-11-30');
  assert.equal(m.level.value, 'ministerial');
  assert.equal(meetings("Antony Blinken met Italian Foreign Minister Luigi Di Maio on Sunday in Rome to discuss the coalition against ISIS.", '2021-06-27').length, 0);
});

test('"les ministres des trente pays de l\'Alliance" counts the alliance\'s members', () => {
  const [m] = meetings("Les ministres de la Défense des trente pays de l'Alliance se retrouvent le 22 octobre à Bruxelles au siège de l'Otan.");
  assert.ok(m.dateReasons.includes('nato had 30 members 2020-03-27 – 2023-04-03'));
});

test('"Accueillis au Celtic Manor, un vaste complexe hôtelier, par le Premier ministre David Cameron": the host chairs', () => {
  const [m] = meetings("Le sommet des dirigeants de l'Otan s'ouvre jeudi à Newport. Accueillis au Celtic Manor, un vaste complexe hôtelier, par le Premier ministre britannique David Cameron, les dirigeants du sommet doivent valider une force de réaction.", '2014-09-04');
  assert.deepEqual(m.chairs.map((c) => c.value), ['David Cameron']);
});

test('with neither place nor level, a month holding a single meeting of the body on record names it', () => {
  const m = meetings('The Counter-ISIL Finance Group of the coalition against ISIS met for the first time in Rome on 19-20 March 2015. Its next meeting is scheduled to take place in early May.', '2015-03-21');
  const next = m.find((x) => x.date?.value.iso.startsWith('2015-05'));
  assert.equal(next?.date?.value.iso, '2015-05-07');
  assert.equal(next?.level.value, 'working_group');
});

test('"sous la houlette du secrétaire général Jens Stoltenberg" chairs', () => {
  const [m] = meetings("Les ministres de la Défense de l'Otan se sont réunis jeudi à Bruxelles, sous la houlette du secrétaire général Jens Stoltenberg.", '2017-06-30');
  assert.deepEqual(m.chairs.map((c) => c.value), ['Jens Stoltenberg']);
});

test('a country can be the matter of a meeting; matters beyond the lines of effort need the meeting\'s own sentence', () => {
  const [a] = meetings("Les dirigeants de l'Otan ont ouvert mardi à Vilnius un sommet dominé par l'avenir de l'Ukraine.", '2023-07-11');
  assert.deepEqual(a.topics.map((t) => t.value), ['other']);
  const [b] = meetings(
    "Les ministres de la Défense de l'Otan se réunissent jeudi à Bruxelles. Depuis des années, l'Alliance forme des troupes en Afghanistan et mène des opérations de sécurité.",
    '2017-06-29',
  );
  assert.ok(!b.topics.some((t) => t.value === 'other'), JSON.stringify(b.topics));
});

test('a clause opened by "après", "malgré", "amid" is background, not the agenda', () => {
  const [a] = meetings(
    "La réunion des ministres de la coalition contre l'EI se tiendra mardi à Paris, dix jours après la chute de Ramadi malgré les frappes aériennes.",
    '2015-05-27',
  );
  assert.deepEqual(a.topics.map((t) => t.value), []);
  const [b] = meetings("Coalition against ISIS ministers met in Washington on Thursday amid the offensive, and discussed the military campaign.", '2019-11-15');
  assert.deepEqual(b.topics.map((t) => t.value), ['military']);
  assert.match(b.topics[0].evidence[0].text, /military campaign/);
});

test('a meeting of defence ministers or chiefs of defence, the text\'s subject, has the military line of effort', () => {
  const [a] = meetings(
    "Les chefs d'état-major de 21 pays de la coalition contre l'EI se sont réunis mardi près de Washington pour coordonner les contributions des pays engagés.",
    '2014-10-15',
  );
  assert.equal(a.level.value, 'chiefs_of_defence');
  assert.deepEqual(a.topics.map((t) => [t.value, t.evidence[0].rule]), [['military', 'topic:military:defence-level']]);
  const [b] = meetings("Les ministres des Affaires étrangères de la coalition contre l'EI se sont réunis mardi à Paris.", '2015-06-03');
  assert.deepEqual(b.topics, []);
});

test('the states "that contribute to the campaign against" the adversary are the coalition, whatever body was named before', () => {
  const [a] = meetings(
    'BRUSSELS — Defense Secretary Jim Mattis closed his first visit to NATO on Thursday by hosting a meeting of the countries that contribute to the military campaign against the Islamic State group.',
    '2017-02-17',
  );
  assert.equal(a.body.value, 'coalition');
  assert.equal(a.date?.value.iso, '2017-02-16');
});

test("a quote's future is the speaker's, not the meeting's", () => {
  const [a] = meetings(
    'BRUSSELS, Feb. 11, 2016 — Defense Secretary Ash Carter today brought together the defense ministers of the coalition against ISIL. "The campaign will go even faster if all of the nations in this room do more," the secretary said before the meeting.',
    '2016-02-11',
  );
  assert.equal(a.status.value, 'held');
});

test('"a similar gathering", "une autre réunion" is a meeting besides the one told of; a possessor does not host', () => {
  const m = meetings(
    "Defense Secretary Jim Mattis hosted on Thursday in Brussels a meeting of the defense ministers of the coalition against ISIS. In February of last year, Mattis' predecessor, Ash Carter, hosted a similar gathering in the same building.",
    '2017-02-17',
  );
  assert.equal(m.length, 2);
  assert.deepEqual(m[0].chairs.map((c) => c.value), ['Jim Mattis']);
  assert.deepEqual(m[1].chairs.map((c) => c.value), ['Ash Carter']);
  assert.equal(m[1].date?.value.iso.slice(0, 7), '2016-02');
});

test('"its thirteenth meeting" and "it first met in Rome" are two meetings of one body', () => {
  const m = meetings(
    'Last Wednesday, the Counter ISIS Finance Group of the Global Coalition to Defeat ISIS held its thirteenth meeting by conference call. It first met in Rome in March 2015 with 26 countries around the table.',
    '2020-08-03',
  );
  assert.equal(m.length, 2);
  assert.deepEqual(m.map((x) => x.date?.value.iso), ['2020-07-29', '2015-03-19']);
});

test('"First published on Wed 25 Apr 2018 08.40 BST" is the page\'s date stamp', () => {
  const doc = extract({ id: 't', origin: 't', text: "Donors gather in Brussels\n\nFirst published on Wed 25 Apr 2018 08.40 BST\n\nThe second Brussels conference on Syria, co-chaired by the European Union, opened on Tuesday." }, { now: NOW });
  assert.equal(doc.published?.iso, '2018-04-25');
  assert.equal(doc.mentions[0].date?.value.iso, '2018-04-24');
});

test('a second meeting word opens its clause with what qualifies it ("the 2023 summit in Jeddah")', () => {
  const m = meetings(
    "Arab leaders gathered in Baghdad on Saturday for the summit of the Arab League. Sudani had invited Arab states to hold this year's summit in Baghdad when he addressed the 2023 summit in Jeddah.",
    '2025-05-18',
  );
  assert.deepEqual(m.map((x) => [x.city?.value, x.date?.value.iso]), [
    ['Baghdad', '2025-05-17'],
    ['Jeddah', '2023-05-19'],
  ]);
});

test('"The meeting came five months after … the ministerial in Marrakech": the count runs back to the other meeting', () => {
  const m = meetings(
    "Senior officials of the Global Coalition to Defeat ISIS met in Niamey on Wednesday. The meeting came five months after foreign ministers gathered at the coalition's ministerial meeting in Marrakech, co-hosted by Nasser Bourita.",
    '2022-10-27',
  );
  assert.equal(m.length, 2);
  assert.equal(m[0].date?.value.iso, '2022-10-26');
  assert.equal(m[1].date?.value.iso, '2022-05-11');
  assert.deepEqual(m[1].chairs.map((c) => c.value), ['Nasser Bourita']);
});

test('"the EU-hosted aid conference" has no host in the word "hosted"', () => {
  const m = meetings(
    "Senior officials of the Global Coalition to Defeat ISIS met in Madrid on Tuesday. The meeting came three months after Syria's foreign minister, Asaad al-Shaibani, spoke at the EU-hosted aid conference for Syria in Brussels, chaired by Kaja Kallas.",
    '2025-06-11',
  );
  assert.equal(m[1].body.value, 'eu');
  assert.deepEqual(m[1].chairs.map((c) => c.value), ['Kaja Kallas']);
});

test('a political director named by title does not make the meeting one of political directors', () => {
  const [a] = meetings(
    'Italy hosted senior diplomatic representatives of the Small Group of the Global Coalition to Defeat ISIS today in Rome. Pasquale Ferrara, Political Director of the Italian Ministry of Foreign Affairs, chaired the meeting.',
    '2023-12-05',
  );
  assert.equal(a.level.value, 'senior_officials');
  const [b] = meetings('The group was launched in Brussels in December 2021 at a meeting of senior coalition diplomats against ISIS.', '2022-10-27');
  assert.equal(b.level.value, 'senior_officials');
});

test('in a text about a forum, a verb with no body named after the forum is the forum\'s business', () => {
  const m = meetings(
    "MANAMA // US Defence Secretary Jim Mattis told an audience of Arab ministers in Bahrain on Saturday that those responsible must be held to account.\n\nSpeaking at the 14th Manama Dialogue, the annual regional security forum, Mr Mattis said Russian vetoes at the UN kept Assad in power.\n\nJordan's Foreign Minister Ayman Safadi opened the day's proceedings, telling delegates that the region was engaged in a fight against extremism.",
    '2018-10-28',
  );
  assert.equal(m.length, 0);
});

test('"donors gather in Brussels as UN warns": the body that warns is not the one that meets', () => {
  const [a] = meetings(
    'Syria crisis: donors gather in Brussels as UN warns of funding gap\n\nThe second Brussels conference on Syria, which the European Union co-chairs, opened on Tuesday.',
    '2018-04-25',
  );
  assert.equal(a.body.value, 'eu');
  assert.equal(a.date?.value.iso, '2018-04-24');
});

test("topics: Africa as the meeting's matter is `other`; the adversary's ground ('Daech en Afrique') is not", () => {
  const [a] = meetings("Les ministres de la coalition contre l'EI se sont réunis jeudi à Rome, une réunion largement consacrée à l'Afrique.", '2021-06-29');
  assert.deepEqual(a.topics.map((t) => t.value), ['other']);
  const [b] = meetings("Les directeurs politiques de la coalition contre Daech se réuniront lundi à Rabat pour évoquer la présence de Daech en Afrique.", '2018-06-22');
  assert.deepEqual(b.topics.map((t) => t.value), []);
  const [c] = meetings('Coalition ministers met in Marrakech on Wednesday to discuss the threat ISIS poses in the Sahel and across Africa.', '2022-05-12');
  assert.deepEqual(c.topics.map((t) => t.value), ['other']);
});

test("a participle on the meeting word gives its tense: 'ont dévoilé le logo du sommet prévu en juillet' is a summit to come", () => {
  const m = meetings("Les ministres des Affaires étrangères de l'Otan se sont réunis mardi à Bruxelles. En soirée, le secrétaire général et le premier ministre belge ont dévoilé le logo du sommet des dirigeants prévu à Bruxelles en juillet.", '2017-12-05');
  const summit = m.find((x) => x.level.value === 'summit');
  assert.equal(summit?.status.value, 'planned');
  assert.match(summit?.date?.value.iso ?? '', /^2018-07/);
});

test("a body the meeting speaks of is not the body that meets: 'la séance portait sur les liens avec l'Union européenne'", () => {
  const m = meetings("Les ministres des Affaires étrangères de l'Otan se sont réunis mardi à Bruxelles. La première séance portait sur les liens avec l'Union européenne.", '2017-12-05');
  assert.deepEqual(m.map((x) => x.body.value), ['nato']);
});

test('an official with no title attends for the office held on the meeting day (Mogherini in 2017 for the EU)', () => {
  const [m] = meetings("Les ministres des Affaires étrangères de l'Otan se sont réunis mardi à Bruxelles, en présence de Federica Mogherini.", '2017-12-05');
  assert.deepEqual(m.participants.map((x) => x.value), ['EU']);
});

test('a heading of a city and a date alone ("Bruxelles, 11 et 12 juillet 2018.") places the meeting it opens', () => {
  const m = meetings("L'Otan a renforcé son rôle au fil des sommets.\n\nBruxelles, 11 et 12 juillet 2018. Le sommet lance une mission de formation en Irak.");
  assert.deepEqual(m.map((x) => [x.city?.value, x.country?.value, x.date?.value.iso]), [['Brussels', 'BE', '2018-07-11']]);
});

test('"Mis en ligne le 18/02/2021 à 19:30" dates the text', () => {
  const [m] = meetings("Mis en ligne le 18/02/2021 à 19:30\n\nLes ministres de la Défense de l'Otan, réunis mercredi et jeudi par visioconférence, ont élargi la mission en Irak.");
  assert.equal(m.date?.value.iso, '2021-02-17');
});

test('"au sommet de Madrid" places the summit; "les travaux sur le concept" are no meeting', () => {
  const m = meetings("Les ministres ont lancé les premiers travaux sur le futur concept stratégique de l'Otan, qui doit être adopté au sommet de Madrid en juin prochain.", '2021-11-30');
  assert.deepEqual(m.map((x) => [x.level.value, x.city?.value, x.status.value]), [['summit', 'Madrid', 'planned']]);
});

test('a host country with no city finds the one meeting on record there; "se poursuit demain" is a later day', () => {
  const [m] = meetings(" date 2021-12\n\nPour la première fois, la Lettonie reçoit les chefs de la diplomatie des trente pays de l'Alliance atlantique. La réunion s'ouvre ce mardi et se poursuit demain.");
  assert.deepEqual([m.date?.value.iso, m.city?.value, m.country?.value], ['2021-11-30', 'Riga', 'LV']);
});

test("bodies listed after a count attend: 'des représentants de plus de 75 pays, ainsi que de l'OTAN et de l'Union européenne'", () => {
  const [m] = meetings("Les chefs d'état-major de la coalition contre l'EI se sont réunis mardi près de Washington. Selon le général, des représentants de plus de 75 pays, ainsi que de l'OTAN et de l'Union européenne, étaient présents.", '2017-10-25');
  assert.equal(m.body.value, 'coalition');
  assert.deepEqual(m.participants.map((x) => x.value).sort(), ['EU', 'NATO']);
});

test("'une mission de formation et de conseil' is no council meeting", () => {
  const m = meetings("Ottawa a retiré ses avions en février 2016, mais conserve en Irak une mission de formation et de conseil auprès des forces kurdes de la coalition contre l'EI.", '2017-10-25');
  assert.equal(m.length, 0);
});

test('a chair who took up every office of theirs after the meeting did not chair it', () => {
  const [m] = meetings("En octobre 2014, le prédécesseur du général Dunford, Martin Dempsey, avait réuni à la base d'Andrews les chefs militaires de 21 pays de la coalition contre l'EI.", '2017-10-25');
  assert.deepEqual(m.chairs.map((c) => c.value), ['Martin Dempsey']);
});

test("a weekday and a day without a year do not join a meeting of a year they cannot fall in ('mercredi', '30 sept' vs 'septembre 2014')", () => {
  const m = meetings("NEW YORK, 30 sept (AFP) - Le ministre russe des Affaires étrangères Sergueï Lavrov a présidé mercredi une réunion ministérielle du Conseil de sécurité consacrée à la menace terroriste.\n\nLes Occidentaux rappellent que la résolution 2178, adoptée en septembre 2014 dans cette même salle lors d'un sommet du Conseil présidé par Barack Obama, oblige les Etats à empêcher le départ de leurs ressortissants.");
  assert.deepEqual(m.map((x) => [x.date?.value.iso, x.chairs.map((c) => c.value)]), [['2015-09-30', ['Sergey Lavrov']], ['2014-09-24', ['Barack Obama']]]);
});

test("a day once planned ('initialement prévu le 16 décembre') dates nothing; 'président du Conseil européen' and 'une « Coalition pour le Sahel »' are no meetings", () => {
  const m = meetings("Le sommet de Pau s'est achevé ce lundi. Emmanuel Macron y recevait ses homologues du G5 Sahel. Le président du Conseil européen, Charles Michel, était également présent. Le sommet lance aussi une « Coalition pour le Sahel ». Initialement prévu le 16 décembre, ce rendez-vous avait été repoussé après l'attaque d'Inatès.", '2020-01-13');
  assert.deepEqual(m.map((x) => [x.body.value, x.city?.value, x.date?.value.iso]), [['g5_sahel', 'Pau', '2020-01-13']]);
});

test("a guest body attends ('la Ligue arabe invitée'); 'le secrétaire général de la Ligue arabe' is an office, not the body that meets", () => {
  const m = meetings("Terrorisme : les ministres européens des Affaires étrangères à Bruxelles lundi, la Ligue arabe invitée\n\nLes ministres des Affaires étrangères des Vingt-Huit se retrouveront lundi prochain à Bruxelles pour leur premier Conseil depuis les attentats de Paris. La Haute représentante de l'Union, Federica Mogherini, qui présidera la réunion, a invité le secrétaire général de la Ligue arabe, Nabil al-Arabi, à un échange avec les ministres.", '2015-01-16');
  assert.deepEqual(m.map((x) => [x.body.value, x.date?.value.iso, x.chairs.map((c) => c.value)]), [['eu', '2015-01-19', ['Federica Mogherini']]]);
});

test("chairs: 'que le président du Conseil européen, Donald Tusk, a convoquée'; 'l'hôtesse, la ministre Mélanie Joly'", () => {
  const [a] = meetings("La réunion informelle des chefs d'Etat et de gouvernement de l'UE que le président du Conseil européen, Donald Tusk, a convoquée le 12 février à Bruxelles sera consacrée au terrorisme.", '2015-01-16');
  assert.deepEqual(a.chairs.map((c) => c.value), ['Donald Tusk']);
  const [b] = meetings("La réunion des ministres des Affaires étrangères du G7 s'est ouverte mercredi dans le Charlevoix. Vendredi, l'hôtesse, la ministre Mélanie Joly, a annoncé une déclaration conjointe.", '2025-03-14');
  assert.deepEqual(b.chairs.map((c) => c.value), ['Mélanie Joly']);
});

test("topics: 'des camps opposés' are sides, not detention camps; terrorist use of the internet is communications", () => {
  const [a] = meetings("Les ministres du Groupe international de soutien à la Syrie se sont réunis vendredi à New York. L'Iran, l'Arabie saoudite et la Turquie, qui soutiennent des camps opposés, étaient autour de la table.", '2015-12-19');
  assert.deepEqual(a.topics.map((t) => t.value), []);
  const [b] = meetings('G20 leaders meeting in Osaka on Saturday adopted a statement on preventing the exploitation of the internet for terrorist purposes and removing terrorist content.', '2019-06-29');
  assert.deepEqual(b.topics.map((t) => t.value), ['communications']);
});

test("member counts: 'recevait les ministres des 79 membres de la coalition' and 'the full 79-member Coalition will meet'; the size alone is no count", () => {
  const [a] = meetings("WASHINGTON — Le secrétaire d'Etat Mike Pompeo recevait mercredi les ministres et hauts responsables des 79 membres de la coalition contre l'EI.", '2019-02-07');
  assert.deepEqual(a.memberCount?.value, { value: 79, qualifier: 'exact' });
  const [b] = meetings('Secretary Pompeo will host a ministerial meeting of the Global Coalition to Defeat ISIS in Washington on February 6. The full 79-member Coalition will meet for in-depth discussions.', '2019-01-30');
  assert.deepEqual(b.memberCount?.value, { value: 79, qualifier: 'exact' });
  const [c] = meetings('Ministers of the 79-member Coalition to Defeat ISIS will meet in Washington on February 6.', '2019-01-30');
  assert.equal(c.memberCount, null);
});

test("'Autour de Mike Pompeo, qui présidait, étaient réunis … une trentaine d'Etats': a chair and a count; 'a déclaré ouvert le sommet' names its chair", () => {
  const m = meetings("La réunion ministérielle de la coalition contre l'EI s'est tenue jeudi 14 novembre à Washington.\n\nAutour de Mike Pompeo, qui présidait, étaient réunis les représentants d'une trentaine d'Etats et d'organisations internationales.", '2019-11-15');
  assert.deepEqual([m.length, m[0].chairs.map((c) => c.value), m[0].memberCount?.value], [1, ['Mike Pompeo'], { value: 30, qualifier: 'about' }]);
  const [g] = meetings("HANGZHOU, 4 septembre (Xinhua) -- Le président chinois Xi Jinping a déclaré ouvert dimanche après-midi le 11e sommet du Groupe des vingt (G20).");
  assert.deepEqual(g.chairs.map((c) => c.value), ['Xi Jinping']);
});

test("a capitalised name ('Ankara') is no verb in the future; 'ont participé aux travaux' makes the UN a participant", () => {
  const [m] = meetings("Ankara, 07.05.2019 (AA) - Le groupe de travail de la coalition internationale contre Daech sur les combattants terroristes étrangers a tenu mardi à Ankara sa réunion annuelle. Plus de 50 pays et plusieurs organisations, parmi lesquelles les Nations unies, ont participé aux travaux.");
  assert.deepEqual([m.status.value, m.body.value, m.participants.map((p) => p.value)], ['held', 'coalition', ['UN']]);
});

test("'la fin programmée de sa mission' does not make the meeting one to come", () => {
  const [m] = meetings("Réunis lundi au département d'État à l'invitation d'Antony Blinken, les ministres de la coalition contre l'EI ont entériné la fin programmée de sa mission militaire en Irak.", '2024-10-01');
  assert.equal(m.status.value, 'held');
});

test("'(Paris, 3 avril 2017)' credits the communiqué, not the meeting; 'la résolution 2254 du Conseil de sécurité' is no meeting", () => {
  const m = meetings("Conférence de Bruxelles sur l'avenir de la Syrie – Participation de M. Jean-Marc Ayrault (Paris, 3 avril 2017)\n\nM. Jean-Marc Ayrault se rendra à Bruxelles le mercredi 5 avril pour prendre part à la séance ministérielle de la conférence organisée par l'Union européenne les 4 et 5 avril. Il rappellera que seule une transition conforme à la résolution 2254 du Conseil de sécurité permettra de sortir du conflit.");
  assert.deepEqual(m.map((x) => [x.body.value, x.date?.value.iso, x.status.value]), [['eu', '2017-04-04', 'planned']]);
});

test("chairs: 'Hôte de la réunion, le général X' leads to its name; 'Shinzo Abe, hôte du sommet, Barack Obama' does not make Obama the host", () => {
  const [a] = meetings("Les chefs d'état-major de la coalition contre l'EI se sont réunis lundi à Koweït. Hôte de la réunion, le chef d'état-major koweïtien, le général Mohammad al-Khader, a exhorté ses homologues à redoubler d'efforts.", '2016-02-23');
  assert.deepEqual(a.chairs.map((c) => c.value), ['Mohammad al-Khader']);
  const [b] = meetings("Réunis depuis jeudi autour du Premier ministre japonais Shinzo Abe, hôte du sommet, Barack Obama, François Hollande et Angela Merkel se sont engagés à tarir les financements des groupes jihadistes lors du sommet du G7.", '2016-05-27');
  assert.deepEqual(b.chairs.map((c) => c.value), ['Shinzo Abe']);
});

test("topics: 'funding' and 'rebuild' alone name no line of effort", () => {
  const [m] = meetings('Ministers of the coalition against ISIS met in Kuwait on Tuesday and pledged funding to rebuild Mosul.', '2018-02-14');
  assert.deepEqual(m.topics.map((t) => t.value), []);
});

test("a meeting told as past and one told as to come 'next Wednesday' are two; the one the record names dates the other", () => {
  const m = meetings("UNITED NATIONS (AP) — The U.N. Security Council called on the world Friday to back Iraq's new government against the Islamic State group, at a ministerial meeting at U.N. headquarters chaired by U.S. Secretary of State John Kerry. Iraq's new foreign minister, Ibrahim al-Jaafari, told the council that defeating the militants was Iraq's responsibility. French Foreign Minister Laurent Fabius spoke after French jets carried out their first strikes in Iraq.\n\nOn Monday, about 30 countries attending a conference in Paris, opened by French President Francois Hollande, promised to help Baghdad. President Barack Obama will chair a rare summit-level meeting of the council next Wednesday.");
  assert.deepEqual(m.map((x) => [x.level.value, x.date?.value.iso]), [['ministerial', '2014-09-19'], ['other', '2014-09'], ['summit', '2014-09-24']]);
});

test("an event's days told in its relative clause ('the attacks in Paris, in which gunmen killed 17 people … between 7 and 9 January') do not date the meeting", () => {
  const [m] = meetings("16 January 2015\n\nForeign ministers of the coalition against Islamic State will meet in London next Thursday. The meeting comes little more than a week after the attacks in Paris, in which gunmen killed 17 people at the offices of the satirical magazine Charlie Hebdo, at a kosher supermarket and on the streets of the city between 7 and 9 January.");
  assert.equal(m.date?.value.iso, '2015-01-22');
});

test("'the defeat-ISIS session' is the coalition's; 'NATO defense ministers meet tomorrow' is another meeting; 'the security conference in Munich' is a forum", () => {
  const m = meetings("Transcript | Feb. 13, 2018\n\nWe've just come out of the defeat-ISIS session here at Villa Madama. Minister Pinotti and I co-chaired it, and around the table were defense ministers from 15 nations.\n\nBrussels tonight. NATO defense ministers meet tomorrow and Thursday. Then I'll finish the week at the security conference in Munich.");
  assert.deepEqual(m.map((x) => [x.body.value, x.date?.value.iso, x.status.value]), [['coalition', '2018-02-13', 'held'], ['nato', '2018-02-14', 'planned']]);
});

test("'military leaders' are no summit; 'Lieutenant General X, who hosted the gathering' chairs; 'two weeks after defence ministers … convened' counts back to another meeting", () => {
  const m = meetings("KUWAIT, Feb 22 (KUNA) -- Chiefs of staff from 30 countries of the coalition against Daesh met here on Monday.\n\nOpening the meeting, Kuwait's Chief of the General Staff, Lieutenant General Mohammad Al-Khader, who hosted the gathering, told his counterparts that military leaders bore a responsibility to redouble their efforts.\n\nThe meeting comes less than two weeks after defence ministers of the coalition, convened by US Defense Secretary Ashton Carter at NATO headquarters in Brussels, agreed to accelerate the campaign.");
  assert.deepEqual(m.map((x) => [x.level.value, x.date?.value.iso, x.chairs.map((c) => c.value)]), [
    ['chiefs_of_defence', '2016-02-22', ['Mohammad Al-Khader']],
    ['defence_ministerial', '2016-02-11', ['Ash Carter']],
  ]);
});

test("British spellings ('Nato', 'Isis'); 'a meeting of ministers from ten countries on how to take on Isis' is the coalition's; 'before handing over … next month' dates the handover", () => {
  const m = meetings("Friday 5 September 2014\n\nDay two at the Celtic Manor resort, where David Cameron is hosting the leaders of Nato's 28 member states. Anders Fogh Rasmussen, who chairs the summit, is presiding over his last one before handing over to Jens Stoltenberg next month.\n\nOn the sidelines of the summit, John Kerry and Philip Hammond have co-chaired a meeting of foreign and defence ministers from ten countries on how to take on Isis.");
  assert.deepEqual(m.map((x) => [x.body.value, x.date?.value.iso]), [['nato', '2014-09-04'], ['coalition', '2014-09-05']]);
});

test("an English '8/9/2014' may be 8 September: the meeting on record on a Sunday before either reading settles it", () => {
  const [m] = meetings("Rudaw | 8/9/2014\n\nERBIL – Arab foreign ministers meeting in Cairo on Sunday agreed to take all necessary measures to confront the Islamic State, at the Arab League headquarters.");
  assert.equal(m.date?.value.iso, '2014-09-07');
});

test("'Al Arabiya English | Thursday, 21 April 2016' dates the text; 'following the gathering … at Camp David last May' and 'was preceded on Wednesday by a meeting' are other meetings", () => {
  const m = meetings("Al Arabiya English | Thursday, 21 April 2016\n\nRIYADH: US President Barack Obama and the leaders of the Gulf Cooperation Council agreed on Thursday to step up their campaign against ISIS at a summit in the Saudi capital.\n\nThe summit was preceded on Wednesday by a meeting of GCC defence ministers with Carter.\n\nThursday's summit was the second of its kind, following the gathering Obama hosted at Camp David last May.");
  assert.deepEqual(m.map((x) => [x.level.value, x.date?.value.iso]), [['summit', '2016-04-21'], ['defence_ministerial', '2016-04-20'], ['summit', '2015-05-14']]);
});

test("'the sixth EU-hosted conference' is the EU's, dated from its first day on record", () => {
  const [m] = meetings("May 10, 2022\n\nMinisters from 55 countries gathered in Brussels on Tuesday for the sixth EU-hosted conference on Supporting the future of Syria, the main annual pledging event for Syrians.");
  assert.deepEqual([m.body.value, m.date?.value.iso], ['eu', '2022-05-09']);
});

test("topics: the fight against terrorism in general is a matter beyond the lines of effort ('other')", () => {
  const [m] = meetings("Dimanche et lundi, à Antalya, en Turquie, les dirigeants du G20 ont consacré une large part de leurs échanges à la lutte contre le terrorisme.", '2015-11-17');
  assert.deepEqual(m.topics.map((t) => t.value), ['other']);
});

test("topics: a country named as what the meeting is about ('une séance du Conseil de sécurité consacrée à l'Irak') is 'other'; a country elsewhere is not", () => {
  const [a] = meetings("John Kerry doit présider vendredi à New York une séance du Conseil de sécurité consacrée à l'Irak.", '2014-09-17');
  assert.deepEqual(a.topics.map((t) => t.value), ['other']);
  const [b] = meetings("Les ministres du Conseil de sécurité se réuniront vendredi à New York, deux semaines après la chute de Mossoul en Irak.", '2014-06-24');
  assert.deepEqual(b.topics.map((t) => t.value), []);
});

test("topics: a donor conference raises aid (humanitarian); 'venir en aide aux Syriens' is humanitarian too", () => {
  const [a] = meetings('Britain, Germany, Kuwait, Norway and the United Nations are hosting a donor conference for Syria in London on Thursday.', '2016-02-02');
  assert.deepEqual(a.topics.map((t) => t.value), ['humanitarian']);
  const [b] = meetings("Les ministres de la coalition contre l'EI se sont réunis jeudi à Londres pour venir en aide aux Syriens déplacés par les combats.", '2016-02-05');
  assert.ok(b.topics.some((t) => t.value === 'humanitarian'));
});

test("topics: a truce is a matter beyond the lines of effort ('other')", () => {
  const [m] = meetings("Les membres du Groupe international de soutien à la Syrie, réunis jeudi soir à Munich, se sont entendus sur une cessation des hostilités.", '2016-02-12');
  assert.deepEqual(m.topics.map((t) => t.value), ['other']);
});

test("topics: arms for the Kurds, 'all necessary measures' and a training mission are the military line", () => {
  const [a] = meetings("Les ministres des Affaires étrangères de l'UE, réunis vendredi à Bruxelles, ont laissé à chaque capitale le soin de livrer des armes aux combattants kurdes.", '2014-08-16');
  assert.deepEqual(a.topics.map((t) => t.value), ['military']);
  const [b] = meetings('NATO leaders meeting in Brussels on Wednesday launched a training mission in Iraq.', '2018-07-12');
  assert.ok(b.topics.some((t) => t.value === 'military'));
});

test("a chair on record named as absent ('en l'absence du secrétaire d'Etat américain John Kerry') is not a chair there", () => {
  const [m] = meetings("La coalition internationale contre le groupe Etat islamique s'est réunie mardi 2 juin au Quai d'Orsay, à Paris, en l'absence du secrétaire d'Etat américain John Kerry, sous la présidence de Laurent Fabius et de Haider al-Abadi.", '2015-06-03');
  assert.deepEqual(m.chairs.map((c) => c.value).sort(), ['Haider al-Abadi', 'Laurent Fabius']);
});

test("'Paris, le 5 avril 2019' dates a communiqué; 'jeudi 4 et vendredi 5 avril' is a Thursday and a Friday", () => {
  const [m] = meetings("COMMUNIQUÉ DE PRESSE\nParis, le 5 avril 2019\n\nLe ministre de l'Intérieur a présidé jeudi 4 et vendredi 5 avril, place Beauvau, la réunion des ministres de l'Intérieur du G7.");
  assert.deepEqual([m.date?.value.iso, m.endDate?.value.iso], ['2019-04-04', '2019-04-05']);
});

test("a lead that names and dates who met ('Les ministres de la Défense de l'Otan ont donné mercredi leur accord') tells of their meeting", () => {
  const m = meetings("L'Otan accepte d'étoffer sa mission en Irak\n\nBRUXELLES, 12 fév 2020 (AFP) - Les ministres de la Défense de l'Otan ont donné mercredi leur accord de principe à un renforcement de la mission de formation de l'Alliance.");
  assert.deepEqual(m.map((x) => [x.body.value, x.level.value, x.date?.value.iso]), [['nato', 'defence_ministerial', '2020-02-12']]);
});

test('one speaker linked by video does not make the meeting virtual', () => {
  const [fr] = meetings(
    "Les directeurs politiques de la coalition contre l'EI se sont réunis le 2 décembre à Oslo. Le ministre marocain est intervenu par visioconférence lors de la session.",
    '2021-12-13',
  );
  assert.equal(fr.city?.value, 'Oslo');
  assert.notEqual(fr.format?.value, 'virtual');
  const [en] = meetings('Defence ministers of the coalition against ISIS met in Rome on Tuesday. The Iraqi prime minister joined by video link from Baghdad.', '2019-02-14');
  assert.equal(en.city?.value, 'Rome');
  // The whole meeting online is still virtual.
  const [online] = meetings("Les ministres de la coalition contre l'EI se sont réunis mardi par visioconférence.", '2020-06-05');
  assert.equal(online.format?.value, 'virtual');
  assert.equal(online.city, null);
});

test('the noun "l\'annonce" does not make a held meeting one to come', () => {
  const [m] = meetings(
    "L'annonce a été faite lors d'une réunion des directeurs politiques de la coalition contre l'EI, le 2 décembre à Oslo.",
    '2021-12-13',
  );
  assert.equal(m.status.value, 'held');
  assert.equal(m.date?.value.iso, '2021-12-02');
});

test('a full date alone on its line at the top or the bottom of a page is its publication date', () => {
  const top = extract({ id: 't', origin: 't', text: 'Coalition partners meet in Oslo\n\n14 March 2018\n\nPartners of the Global Coalition against Daesh met yesterday in Oslo to review stabilisation in Iraq.' }, { now: NOW });
  assert.equal(top.published?.iso, '2018-03-14');
  assert.equal(top.mentions[0].date?.value.iso, '2018-03-13');
  const bottom = extract(
    { id: 't', origin: 't', text: "Les directeurs politiques de la coalition contre l'EI se sont réunis hier à Oslo.\n\nD'autres réunions suivront.\n\nPublié le mercredi 14 mars 2018 à 17h05" },
    { now: NOW },
  );
  assert.equal(bottom.published?.iso, '2018-03-14');
  const byline = extract(
    { id: 't', origin: 't', text: "La coalition contre l'EI s'est réunie hier à Oslo.\n\nPar Le Figaro.fr avec AFP - Mis à jour le 03/02/2016 à 19:05" },
    { now: NOW },
  );
  assert.equal(byline.published?.iso, '2016-02-03');
  // A date inside a sentence is no stamp.
  const inSentence = extract({ id: 't', origin: 't', text: "La coalition contre l'EI s'est réunie à Oslo.\n\nElle avait été fondée bien avant le 14 mars 2018 selon nos sources." }, { now: NOW });
  assert.notEqual(inSentence.published?.iso, '2018-03-14');
});

test('a date opening a sentence dates the meeting of a later clause', () => {
  const [m] = meetings(
    "Lundi 3 décembre 2018, à Oslo, la ministre norvégienne des Affaires étrangères, et le secrétaire d'Etat américain ont coprésidé la réunion des directeurs politiques de la coalition contre l'EI.",
  );
  assert.equal(m.date?.value.iso, '2018-12-03');
});

test('the day the lead gives the news dates a held meeting with no date of its own', () => {
  const [m] = meetings(
    'OSLO (AP) — Foreign ministers from the coalition fighting the Islamic State group heard on Tuesday that the campaign is entering its last phase.\n\nThe meeting in Oslo brought together delegations from 30 countries.',
    '2018-03-14',
  );
  assert.equal(m.date?.value.iso, '2018-03-13');
});

test('reported speech is a clause of its own: "announced that it will host the next meeting" founds the next meeting', () => {
  const m = meetings(
    'Political directors of the Global Coalition against Daesh met yesterday in Oslo. During the meeting, Denmark announced that it will host the next meeting of Coalition foreign ministers in 2019.',
    '2018-03-14',
  );
  const subject = m.find((x) => x.role === 'subject')!;
  assert.equal(subject.date?.value.iso, '2018-03-13');
  const next = m.find((x) => x !== subject);
  assert.equal(next?.date?.value.iso, '2019');
  assert.equal(next?.status.value, 'planned');
});

test('a working group that met the day before the ministerial is a meeting of its own', () => {
  const m = meetings(
    "Foreign ministers of the Global Coalition against Daesh met on Thursday in Riyadh. On Wednesday, the coalition's Counter ISIS Finance Group held its meeting in Riyadh, with members attending in person and online.",
  );
  assert.deepEqual(m.map((x) => [x.level.value, x.date?.value.iso, x.city?.value]), [
    ['ministerial', '2023-06-08', 'Riyadh'],
    ['working_group', '2023-06-07', 'Riyadh'],
  ]);
  assert.equal(m[1].status.value, 'held');
});

test('a body that takes part in a meeting, or is listed with states among its hosts, is not the body that meets', () => {
  const attended = meetings('The coalition against ISIS met in Rome on Monday. The League of Arab States took part in the meeting, and NATO Secretary General Jens Stoltenberg attended.', '2021-06-29');
  assert.deepEqual(attended.map((x) => x.body.value), ['coalition']);
  const cohosted = meetings(
    "La conférence internationale pour la reconstruction de l'Irak s'est ouverte lundi à Koweït. Elle est coprésidée par le Koweït, l'Irak, l'Union européenne et les Nations unies.",
    '2018-02-13',
  );
  assert.deepEqual(cohosted.map((x) => [x.body.value, x.date?.value.iso]), [['donor_conference', '2018-02-12']]);
});

test('a conference named by its purpose is a donor conference; an organ acting on a resolution is no meeting', () => {
  const m = meetings(
    "La Conférence internationale du Koweït pour la reconstruction de l'Irak s'est ouverte lundi. Les participants ont salué la résolution adoptée en août par le Conseil de sécurité.",
    '2018-02-13',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.date?.value.iso]), [['donor_conference', '2018-02-12']]);
});

test('"à la veille de la réunion ministérielle" names a second meeting', () => {
  const m = meetings(
    "Le groupe de lutte contre le financement de l'EI de la coalition s'est réuni mercredi à Riyad, à la veille de la réunion ministérielle de la coalition que présideront jeudi Antony Blinken et son homologue saoudien.",
  );
  assert.deepEqual(m.map((x) => [x.level.value, x.date?.value.iso]), [
    ['working_group', '2023-06-07'],
    ['ministerial', '2023-06-08'],
  ]);
});

test('the first meeting of a group is the earliest on record among those that fit', () => {
  const [m] = meetings('The inaugural meeting of the Counter-ISIL Finance Group of the coalition against ISIL convened in Rome on Thursday and Friday.');
  assert.equal(m.date?.value.iso, '2015-03-19');
  assert.equal(m.endDate?.value.iso, '2015-03-20');
  // "the first held in Rome since" is first only in some respect: the record leaves two meetings, so no date.
  const [n] = meetings('The meeting of the Counter-ISIL Finance Group of the coalition against ISIL, the first held in Rome since the summer, convened on Thursday and Friday.');
  assert.equal(n.date, null);
});

test('a site "sur la base aérienne" is where the meeting is', () => {
  // Published the next day: the record holds chiefs-of-defence meetings at Andrews on two Tuesdays (2014 and 2018).
  const [m] = meetings("Obama s'est joint mardi aux chefs d'état-major de 21 pays de la coalition contre l'EI, réunis sur la base aérienne d'Andrews.", '2014-10-15');
  assert.equal(m.venue?.value, 'Joint Base Andrews');
  assert.equal(m.date?.value.iso, '2014-10-14');
});

test('a meeting on the margins of another is its own meeting, held within the other one\'s days', () => {
  const m = meetings("En marge du sommet de l'Otan à Varsovie, les 8 et 9 juillet, Ashton Carter a réuni ses homologues de la coalition anti-EI.", '2016-07-10');
  const subject = m.find((x) => x.role === 'subject')!;
  assert.equal(subject.body.value, 'coalition');
  assert.equal(subject.date?.value.iso, '2016-07-08');
  assert.deepEqual(subject.chairs.map((c) => c.value), ['Ash Carter']);
  const host = m.find((x) => x !== subject)!;
  assert.deepEqual([host.body.value, host.level.value, host.city?.value, host.date?.value.iso], ['nato', 'summit', 'Warsaw', '2016-07-08']);
});

test('"a day after" and "follows" name an earlier meeting, "ahead of" a later one', () => {
  const m = meetings(
    "Coalition defence ministers against ISIS meet in Rome on Thursday, ahead of the coalition's foreign ministers meeting in Washington in March. The meeting follows the February 2019 ministerial in Washington.",
    '2020-02-11',
  );
  assert.deepEqual(m.map((x) => [x.role, x.city?.value, x.date?.value.iso]), [
    // A bare weekday told in the present is the nearest one.
    ['subject', 'Rome', '2020-02-13'],
    ['mentioned', 'Washington', '2020-03'],
    ['mentioned', 'Washington', '2019-02-06'],
  ]);
});

test('ministers of the interior or finance meet at level "other"; high-level representatives are senior officials', () => {
  const [g7] = meetings("Les ministres de l'Intérieur du G7 se sont réunis vendredi en Italie pour parler des combattants de l'EI.", '2017-10-21');
  assert.equal(g7.level.value, 'other');
  const [senior] = meetings('Des représentants de haut niveau de la coalition anti-EI se sont réunis mercredi à Paris.', '2019-06-27');
  assert.equal(senior.level.value, 'senior_officials');
});

test('the offensive a defence ministerial reviews is its military line of effort', () => {
  const [m] = meetings(
    "Les ministres de la Défense de la coalition contre l'EI se réuniront mardi à Paris pour faire le point sur l'offensive lancée pour reprendre Mossoul.",
    '2016-10-24',
  );
  assert.deepEqual(m.topics.map((t) => t.value), ['military']);
});

test('a person the record gives as chair, named where the text speaks of the meeting, chairs it; named for another meeting, does not', () => {
  const [london] = meetings(
    "Les ministres de la coalition contre l'EI, dont Philip Hammond et John Kerry, se sont réunis le 22 janvier 2015 à Londres.",
  );
  assert.deepEqual(london.chairs.map((c) => [c.value, c.evidence[0].rule]), [
    ['Philip Hammond', 'chair:on-record'],
    ['John Kerry', 'chair:on-record'],
  ]);
  const m = meetings(
    "John Kerry accueillera le 21 juillet à Washington les ministres de la coalition contre l'EI. La dernière réunion des ministres des Affaires étrangères a eu lieu le 2 février à Rome.",
    '2016-07-19',
  );
  assert.deepEqual(m.map((x) => x.chairs.map((c) => c.value)), [['John Kerry'], []]);
});

test('meeting a foreign minister is bilateral; a meeting of the coalition named beside bilateral ties is not', () => {
  assert.equal(meetings('Antony Blinken met Italian Foreign Minister Luigi Di Maio on Sunday in Rome.', '2021-06-27').length, 0);
  const [m] = meetings(
    'The two ministers discussed bilateral ties and preparations for Monday, when they will co-chair a meeting of foreign ministers of the coalition against Islamic State in Rome.',
    '2021-06-27',
  );
  assert.deepEqual([m.body.value, m.level.value, m.date?.value.iso], ['coalition', 'ministerial', '2021-06-28']);
});

test('an official named with a title where the text speaks of the meeting attends it for the state they serve', () => {
  const [m] = meetings(
    "Les ministres de la Défense de la coalition contre l'EI se sont réunis jeudi à Bruxelles, où le ministre français de la Défense Jean-Yves Le Drian a plaidé pour un effort accru.",
    '2016-02-12',
  );
  assert.deepEqual(m.participants.map((p) => [p.value, p.evidence[0].rule]), [['FR', 'participant:official']]);
});

test('"depuis celle de Bruxelles, en décembre 2014" names an earlier meeting', () => {
  const m = meetings(
    "Rex Tillerson accueillera jeudi ses homologues à Washington pour la plus importante réunion de la coalition contre l'EI depuis celle de Bruxelles, en décembre 2014.",
    '2017-03-20',
  );
  assert.deepEqual(m.map((x) => [x.role, x.date?.value.iso, x.city?.value]), [
    ['subject', '2017-03-23', 'Washington'],
    ['mentioned', '2014-12-03', 'Brussels'],
  ]);
});

test('the one body named in a headline is the body of "ce sommet"; joining the adversary is no meeting', () => {
  const m = meetings(
    "G20 : une déclaration commune contre le terrorisme\n\nHambourg, 7 juillet 2017 - Les dirigeants des vingt premières économies mondiales, réunis à Hambourg, ont adopté vendredi une déclaration. Le sommet se poursuit samedi.",
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.level.value, x.city?.value, x.date?.value.iso]), [['g20', 'summit', 'Hamburg', '2017-07-07']]);
  assert.equal(meetings('Thousands of foreign fighters from some 80 countries have joined the Islamic State group since 2014.').length, 0);
});

test('"began on Monday" tells of a meeting under way, not one to come', () => {
  const m = meetings(
    'Kuwait will host the coalition ministers. The Kuwait International Conference for the Reconstruction of Iraq, which began on Monday and closes on Wednesday, is seeking support to rebuild cities destroyed in the war against Daesh.',
    '2018-02-13',
  );
  const conference = m.find((x) => x.body.value === 'donor_conference')!;
  assert.deepEqual([conference.date?.value.iso, conference.status.value], ['2018-02-12', 'held']);
});

test('"en marge du sommet" with neither body nor date is the summit the text already told of', () => {
  const m = meetings(
    "Le sommet de l'Otan s'est achevé vendredi à Newport. En marge du sommet, John Kerry et Chuck Hagel ont réuni leurs homologues de neuf pays pour bâtir une coalition contre l'EI.",
    '2014-09-06',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.role]), [
    ['nato', 'subject'],
    ['coalition', 'mentioned'],
  ]);
});

test('a pledging conference is level "other" whoever attends; a level the text leaves out comes from the meeting on record', () => {
  const [pledging] = meetings('Foreign and defence ministers attended the pledging conference for Iraq held at the State Department in Washington on July 20, 2016.');
  assert.deepEqual([pledging.body.value, pledging.level.value], ['donor_conference', 'other']);
  const m = meetings("La dernière réunion de la coalition contre l'EI a eu lieu le 2 juin à Paris.", '2015-07-01');
  assert.deepEqual([m[0].date?.value.iso, m[0].level.value], ['2015-06-02', 'ministerial']);
});

test('"les chefs d\'état-major de 21 pays de la coalition, réunis" counts the meeting\'s members', () => {
  const [m] = meetings("Barack Obama s'est joint mardi aux chefs d'état-major de 21 pays de la coalition contre l'EI, réunis près de Washington.", '2014-10-15');
  assert.deepEqual(m.memberCount?.value, { value: 21, qualifier: 'exact' });
});

test('the day someone arrived, the year a body was created and a deadline are no meeting\'s dates', () => {
  const m = meetings(
    "Le groupe de travail de la coalition contre l'EI sur le financement, une instance créée début 2015, s'est réuni mercredi à Riyad. Arrivé mardi soir à Jeddah, Antony Blinken a participé mercredi à Riyad à une réunion avec ses homologues du Conseil de coopération du Golfe.",
    '2023-06-07',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.city?.value, x.date?.value.iso]), [
    ['coalition', 'Riyadh', '2023-06-07'],
    ['gcc', 'Riyadh', '2023-06-07'],
  ]);
  const [nato] = meetings('NATO leaders will meet at a summit in Brussels later this year to consider proposals to strengthen the alliance by 2030.', '2021-02-18');
  assert.equal(nato.date?.value.iso, '2021-06-14');
  assert.ok(!nato.dateReasons.some((r) => r.includes('2030')), nato.dateReasons.join('; '));
});

test('a summit and a defence ministers\' meeting of one body are two meetings', () => {
  const m = meetings(
    "NATO defence ministers met by video conference on Thursday. Stoltenberg wants NATO leaders to consider his proposals at a summit later this year.",
    '2021-02-18',
  );
  assert.deepEqual(m.map((x) => x.level.value), ['defence_ministerial', 'summit']);
});

test('"à Rome" is no compound past: a present-tense dispatch names the coming Tuesday', () => {
  const [m] = meetings("Les ministres de la Défense de la coalition contre l'EI se retrouvent mardi à Rome pour décider de la suite.", '2018-02-12');
  assert.deepEqual([m.date?.value.iso, m.status.value], ['2018-02-13', 'planned']);
});

test('"comme prévu" and "as expected" do not make a meeting one to come', () => {
  const [m] = meetings("Selon Londres, la réunion de jeudi des ministres de la coalition contre l'EI se déroule comme prévu.", '2016-12-16');
  assert.equal(m.status.value, 'held');
  assert.equal(m.date?.value.iso, '2016-12-15');
});

test('one meeting told twice in a text, of one body, level and day, is one mention', () => {
  const m = meetings(
    "Le groupe de travail de la coalition contre l'EI s'est réuni mercredi à Riyad, à la veille de la réunion ministérielle que la capitale saoudienne accueille jeudi. Jeudi, les chefs de la diplomatie de la coalition, réunis à l'invitation d'Antony Blinken, feront le point.",
    '2023-06-07',
  );
  assert.deepEqual(m.map((x) => [x.level.value, x.date?.value.iso, x.city?.value]), [
    ['working_group', '2023-06-07', 'Riyadh'],
    ['ministerial', '2023-06-08', 'Riyadh'],
  ]);
  assert.deepEqual(m[1].chairs.map((c) => c.value), ['Antony Blinken']);
});

test('a city naming a meeting is where it was held: "la réunion de Paris", "the London conference"', () => {
  const [fr] = meetings("La dernière réunion de Paris de la coalition contre l'EI remonte à juin.", '2015-10-01');
  assert.equal(fr.city?.value, 'Paris');
  const [en] = meetings('Delegates recalled the London conference of the coalition against ISIS.', '2016-03-01');
  assert.equal(en.city?.value, 'London');
});

test('a body counted along with states ("représentants de 26 pays et de l\'Union européenne") attends; the group meeting "de nouveau" is the next meeting', () => {
  const m = meetings(
    "Réunis jeudi et vendredi à Rome, les représentants de 26 pays et de l'Union européenne ont adopté un plan d'action contre le financement de l'Etat islamique. Le groupe de travail se réunira de nouveau en mai en Arabie saoudite.",
    '2015-03-20',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.city?.value ?? x.country?.value, x.date?.value.iso, x.status.value]), [
    ['coalition', 'Rome', '2015-03-19', 'held'],
    ['coalition', 'SA', '2015-05-07', 'planned'],
  ]);
});

test('"au Caire" is Cairo, and a title set off by a comma still introduces the chair ("le ministre … des Affaires étrangères, Ahmed Ould Teguedi")', () => {
  const [m] = meetings(
    "Les ministres arabes des Affaires étrangères se sont réunis dimanche au siège de la Ligue arabe au Caire. La session a été présidée par le ministre mauritanien des Affaires étrangères, Ahmed Ould Teguedi.",
  );
  assert.equal(m.city?.value, 'Cairo');
  assert.deepEqual(m.chairs.map((c) => c.value), ['Ahmed Ould Teguedi']);
});

test('ministers read loosely take the level of the meeting on record: the coalition\'s 11 February 2016 Brussels meeting was of defence ministers', () => {
  const [m] = meetings("Les ministres ont annoncé qu'une nouvelle réunion de la coalition contre Daech se tiendra le 11 février 2016 à Bruxelles.");
  assert.equal(m.date?.value.iso, '2016-02-11');
  assert.equal(m.level.value, 'defence_ministerial');
  // A level the text states by its own words stays.
  const [n] = meetings("Les ministres des Affaires étrangères de la coalition contre Daech se réuniront le 2 février 2016 à Rome.");
  assert.equal(n.level.value, 'ministerial');
});

test('"les dirigeants arabes réunis en sommet" is the Arab League; "une coalition conduite par l\'Arabie saoudite" is not the coalition against ISIS', () => {
  const m = meetings(
    "Les dirigeants arabes réunis en sommet à Charm el-Cheikh ont approuvé dimanche une force commune contre les groupes jihadistes comme l'Etat islamique. Le sommet a été dominé par l'intervention lancée au Yémen par une coalition conduite par l'Arabie saoudite.",
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.level.value, x.city?.value, x.date?.value.iso]), [['arab_league', 'summit', 'Sharm el-Sheikh', '2015-03-28']]);
});

test('a summit named twice on whose margins a meeting is held is one meeting; the day of a departure is not the meeting\'s', () => {
  const m = meetings(
    "Le Premier ministre irakien Haider al-Abadi s'est envolé mercredi pour Bruxelles, où il doit participer jeudi à une réunion ministérielle de la coalition antijihadiste, organisée en marge du sommet de l'Otan. M. Abadi aura plusieurs entretiens en marge du sommet de l'Otan.",
    '2018-07-11',
  );
  assert.deepEqual(m.map((x) => [x.body.value, x.level.value, x.date?.value.iso]), [
    ['coalition', 'ministerial', '2018-07-12'],
    ['nato', 'summit', '2018-07-11'],
  ]);
});

test('"cette réunion" is the meeting in focus; "a annoncé ce mardi 8 mars" dates the telling, not the meeting "en mai prochain"', () => {
  const m = meetings(
    "Le Maroc accueillera en mai prochain la réunion ministérielle de la Coalition contre Daech, a annoncé ce mardi 8 mars 2022 le ministre des Affaires étrangères Nasser Bourita. Selon M. Bourita, le secrétaire d'Etat Antony Blinken se rendra au Royaume pour prendre part à cette réunion.",
  );
  assert.equal(m.length, 1);
  assert.equal(m[0].date?.value.iso.slice(0, 7), '2022-05');
  assert.equal(m[0].status.value, 'planned');
});
