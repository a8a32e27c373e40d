/**
 * Aggregates of the meetings matching a filter, for the timeline and the map: counts per year and
 * level or body, meetings per place, and the meetings themselves when few enough to draw one by one.
 */
import type { Sql } from './db.ts';
import { meetingWhere } from './queries.ts';
import type { MeetingFilter } from './types.ts';

export interface PeriodCount {
  /** YYYY. */
  year: string;
  level: string;
  body: string;
  count: number;
}

export interface PlaceCount {
  city: string;
  country: string | null;
  lat: number;
  lon: number;
  count: number;
}

export interface MeetingPoint {
  id: number;
  date: string;
  level: string;
  body: string;
  city: string | null;
  status: string;
}

export interface MeetingOverview {
  total: number;
  undated: number;
  years: PeriodCount[];
  places: PlaceCount[];
  /** Every dated meeting, in date order, when there are at most `pointLimit`; otherwise null. */
  points: MeetingPoint[] | null;
}

export async function meetingOverview(sql: Sql, filter: MeetingFilter, pointLimit: number): Promise<MeetingOverview> {
  const { where, params } = meetingWhere(filter);
  const whereAlso = (condition: string) => (where ? `${where} AND ${condition}` : `WHERE ${condition}`);
  const dated = whereAlso('m.date IS NOT NULL');
  const [totals] = await sql.query<{ total: number; undated: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE m.date IS NULL)::int AS undated FROM meetings m ${where}`,
    params,
  );
  const years = await sql.query<PeriodCount>(
    `SELECT left(m.date, 4) AS year, m.level, m.body, count(*)::int AS count FROM meetings m ${dated}
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    params,
  );
  const places = await sql.query<PlaceCount>(
    `SELECT m.city, min(m.country) AS country, avg(m.lat)::float8 AS lat, avg(m.lon)::float8 AS lon, count(*)::int AS count
     FROM meetings m ${whereAlso('m.lat IS NOT NULL AND m.lon IS NOT NULL AND m.city IS NOT NULL')}
     GROUP BY m.city ORDER BY count DESC, m.city LIMIT 400`,
    params,
  );
  const datedCount = totals!.total - totals!.undated;
  const points =
    datedCount <= pointLimit
      ? await sql.query<MeetingPoint>(
          `SELECT m.id, m.date, m.level, m.body, m.city, m.status FROM meetings m ${dated} ORDER BY m.date, m.id`,
          params,
        )
      : null;
  return { total: totals!.total, undated: totals!.undated, years, places, points };
}
