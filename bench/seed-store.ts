/**
 * Fills a store with synthetic meetings and documents in a few bulk SQL statements (generate_series),
 * for measuring the API at scale without running extraction: documents get French or English text
 * of a few sentences, meetings spread over ten years and forty cities, ten mentions each.
 */
import type { Sql } from '../src/store/index.ts';

const CITIES: [string, string, number, number][] = [
  ['Paris', 'FR', 48.86, 2.35], ['London', 'GB', 51.51, -0.13], ['Brussels', 'BE', 50.85, 4.35], ['Washington', 'US', 38.9, -77.04],
  ['Rome', 'IT', 41.9, 12.5], ['Kuwait City', 'KW', 29.37, 47.98], ['Rabat', 'MA', 34.02, -6.83], ['Riyadh', 'SA', 24.71, 46.68],
  ['Berlin', 'DE', 52.52, 13.4], ['Madrid', 'ES', 40.42, -3.7], ['Ottawa', 'CA', 45.42, -75.7], ['Canberra', 'AU', -35.28, 149.13],
  ['Tokyo', 'JP', 35.68, 139.69], ['Ankara', 'TR', 39.93, 32.86], ['Amman', 'JO', 31.95, 35.93], ['Baghdad', 'IQ', 33.31, 44.36],
  ['Doha', 'QA', 25.29, 51.53], ['Abu Dhabi', 'AE', 24.45, 54.38], ['Cairo', 'EG', 30.04, 31.24], ['Marrakech', 'MA', 31.63, -8.0],
  ['The Hague', 'NL', 52.08, 4.3], ['Copenhagen', 'DK', 55.68, 12.57], ['Oslo', 'NO', 59.91, 10.75], ['Stockholm', 'SE', 59.33, 18.07],
  ['Warsaw', 'PL', 52.23, 21.01], ['Vienna', 'AT', 48.21, 16.37], ['Geneva', 'CH', 46.2, 6.14], ['New York', 'US', 40.71, -74.01],
  ['Munich', 'DE', 48.14, 11.58], ['Vilnius', 'LT', 54.69, 25.28], ['Helsinki', 'FI', 60.17, 24.94], ['Lisbon', 'PT', 38.72, -9.14],
  ['Athens', 'GR', 37.98, 23.73], ['Nairobi', 'KE', -1.29, 36.82], ['Niamey', 'NE', 13.51, 2.11], ['Nouakchott', 'MR', 18.09, -15.98],
  ['Dakar', 'SN', 14.72, -17.47], ['Seoul', 'KR', 37.57, 126.98], ['Hiroshima', 'JP', 34.39, 132.46], ['Biarritz', 'FR', 43.48, -1.56],
];
const BODIES = ['coalition', 'coalition', 'nato', 'eu', 'un', 'g7'];
const LEVELS = ['ministerial', 'defence_ministerial', 'political_directors', 'senior_officials', 'working_group', 'summit', 'joint_ministerial', 'chiefs_of_defence', 'other'];
const CHAIRS = ['John Kerry', 'Jean-Yves Le Drian', 'Mike Pompeo', 'Antony Blinken', 'Boris Johnson', 'Jens Stoltenberg', 'Federica Mogherini', 'Luigi Di Maio'];
const TOPICS = ['military', 'stabilization', 'counter_finance', 'foreign_fighters', 'communications', 'humanitarian', 'detention'];

const array = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;
// 1-based pick from a SQL array by an integer expression.
const pick = (values: string[], expr: string) => `(${array(values)})[1 + (${expr}) % ${values.length}]`;

export async function seedStore(sql: Sql, counts: { meetings: number; documents: number }): Promise<void> {
  const cities = CITIES.map(([city, country, lat, lon], i) => `(${i}, '${city}', '${country}', ${lat}, ${lon})`).join(', ');
  await sql.query(`CREATE TEMP TABLE seed_cities (n int, city text, country text, lat float8, lon float8)`);
  await sql.query(`INSERT INTO seed_cities VALUES ${cities}`);
  await sql.query(
    `INSERT INTO meetings (body, level, date, date_precision, city, country, lat, lon, status, payload, search_text)
     SELECT ${pick(BODIES, 'i')}, ${pick(LEVELS, 'i * 7')}, to_char(d, 'YYYY-MM-DD'), 'day', c.city, c.country, c.lat, c.lon,
            CASE WHEN i % 17 = 0 THEN 'planned' WHEN i % 53 = 0 THEN 'postponed' ELSE 'held' END,
            jsonb_build_object('chairs', jsonb_build_array(${pick(CHAIRS, 'i')}), 'participants', jsonb_build_array('US', 'FR', 'GB', c.country),
                               'topics', jsonb_build_array(${pick(TOPICS, 'i')}, ${pick(TOPICS, 'i / 3')}), 'memberCount', NULL),
            lower(c.city || ' ' || c.country || ' ' || ${pick(CHAIRS, 'i')})
     FROM generate_series(1, ${counts.meetings}) i
     CROSS JOIN LATERAL (SELECT date '2014-09-01' + ((i * 7919) % 3650) AS d) dd
     JOIN seed_cities c ON c.n = (i * 31) % ${CITIES.length}`,
  );
  const fr = `'Les ministres ' || ${pick(['de la coalition contre le groupe Etat islamique', "de l'OTAN", 'du G7', "de l'Union européenne"], 'i')}
      || ' se sont réunis à ' || c.city || ' le ' || to_char(d, 'DD/MM/YYYY') || '. ' || ${pick(CHAIRS, 'i')} || ' a présidé la réunion ministérielle. '
      || ${pick(['Les discussions ont porté sur la stabilisation des zones libérées.', 'Plus de 60 pays étaient représentés à Koweït.', "La lutte contre le financement de l'EI était au cœur des échanges.", 'Les combattants terroristes étrangers restent une priorité.'], 'i / 7')}
      || ' Document numéro ' || i || '.'`;
  const en = `${pick(['Coalition', 'NATO', 'G7', 'EU'], 'i')} || ' ministers met in ' || c.city || ' on ' || to_char(d, 'FMMonth DD, YYYY') || '. '
      || ${pick(CHAIRS, 'i')} || ' chaired the ministerial meeting. '
      || ${pick(['They discussed stabilization of liberated areas.', 'More than 60 countries attended.', 'Countering ISIS finance was on the agenda.', 'Foreign terrorist fighters remain a priority.'], 'i / 7')}
      || ' Document number ' || i || '.'`;
  await sql.query(
    `INSERT INTO documents (doc_key, content_hash, url, title, lang, text, published, published_precision, published_source)
     SELECT 'synthetic-' || i || '.txt', md5('chronicle-seed-' || i), 'https://example.org/news/' || i,
            CASE WHEN i % 3 = 0 THEN 'Ministers meet in ' || c.city ELSE 'Réunion à ' || c.city END,
            CASE WHEN i % 3 = 0 THEN 'en' ELSE 'fr' END,
            CASE WHEN i % 3 = 0 THEN ${en} ELSE ${fr} END,
            to_char(d, 'YYYY-MM-DD'), 'day', 'record'
     FROM generate_series(1, ${counts.documents}) i
     CROSS JOIN LATERAL (SELECT date '2014-09-01' + ((i * 7919) % 3650) AS d) dd
     JOIN seed_cities c ON c.n = (i * 31) % ${CITIES.length}`,
  );
  // Each document reports one meeting; each meeting is reported by documents / meetings of them.
  await sql.query(
    `INSERT INTO mentions (document_id, mention_index, payload, body, level, date, date_precision, city, country, meeting_id)
     SELECT d.id, 0, jsonb_build_object('index', 0, 'role', 'subject', 'dateReasons', jsonb_build_array()), m.body, m.level, m.date, m.date_precision, m.city, m.country, m.id
     FROM documents d JOIN meetings m ON m.id = 1 + (d.id - 1) % ${counts.meetings}`,
  );
  await sql.query('DROP TABLE seed_cities');
  // What autovacuum does on a server after a bulk load: statistics, and the visibility map that lets
  // counts and deep pages read the indexes alone.
  await sql.query('VACUUM ANALYZE');
}
