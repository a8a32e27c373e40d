/** Meetings with coordinates as a GeoJSON FeatureCollection (RFC 7946: positions are [longitude, latitude]). */
import type { MeetingRecord } from '../../store/index.ts';

export function meetingsGeoJson(meetings: MeetingRecord[]): object {
  return {
    type: 'FeatureCollection',
    features: meetings
      .filter((m) => m.lat !== null && m.lon !== null)
      .map(({ lat, lon, mentions, ...m }) => ({
        type: 'Feature',
        id: m.id,
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: { ...m, documents: [...new Set(mentions.map((x) => x.doc))] },
      })),
  };
}
