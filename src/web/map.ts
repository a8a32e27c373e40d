/**
 * The world map as server-rendered SVG: Natural Earth 1:110m outlines (world-atlas) projected with
 * d3-geo, framed on the meetings shown, with a dot per city sized by its meetings and labels placed
 * without overlap. Nothing is fetched at run time.
 */
import { createRequire } from 'node:module';
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceCount } from '../store/index.ts';
import { escapeHtml as e } from './escape.ts';
import { placeLabels } from './labels.ts';

const MAP_WIDTH = 960;
const MAP_HEIGHT = 480;
const LABEL_SIZE = 13;
// The smallest frame, in degrees: a single city is shown with its region around it.
const MIN_LON_SPAN = 48;
const MIN_LAT_SPAN = 24;

interface Outlines {
  land: string;
  borders: string;
  graticule: string;
}

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
let world: Countries | undefined;
function topology(): Countries {
  world ??= createRequire(import.meta.url)('world-atlas/countries-110m.json') as Countries;
  return world;
}

const outlineCache = new Map<string, Outlines>();

function outlines(projection: GeoProjection, key: string): Outlines {
  const cached = outlineCache.get(key);
  if (cached) return cached;
  const topo = topology();
  const path = geoPath(projection).digits(1);
  const result: Outlines = {
    land: path(feature(topo, topo.objects.land)) ?? '',
    borders: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '',
    graticule: path(geoGraticule10()) ?? '',
  };
  // Frames repeat (the same filters, the whole world): a few dozen cover normal use.
  if (outlineCache.size >= 48) outlineCache.delete(outlineCache.keys().next().value!);
  outlineCache.set(key, result);
  return result;
}

/** A projection framing the places (or the whole world when there are none or they span it). */
function frame(places: { lat: number; lon: number }[]): GeoProjection {
  const projection = geoNaturalEarth1();
  const extent: [[number, number], [number, number]] = [
    [12, 12],
    [MAP_WIDTH - 12, MAP_HEIGHT - 12],
  ];
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  if (places.length === 0 || east - west > 200) return projection.fitExtent(extent, { type: 'Sphere' });
  const centreLon = (west + east) / 2;
  const centreLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const lonHalf = Math.max((east - west) * 0.6, MIN_LON_SPAN / 2);
  const latHalf = Math.max((Math.max(...lats) - Math.min(...lats)) * 0.6, MIN_LAT_SPAN / 2);
  const corners: [number, number][] = [];
  for (const dx of [-1, 0, 1]) for (const dy of [-1, 1]) corners.push([centreLon + dx * lonHalf, Math.max(-85, Math.min(85, centreLat + dy * latHalf))]);
  return projection.rotate([-centreLon, 0]).fitExtent(extent, { type: 'MultiPoint', coordinates: corners });
}

function markerRadius(count: number): number {
  return Math.min(14, 3.5 + 2 * Math.sqrt(count));
}

export interface MapOptions {
  /** The link of a place (the page filtered to that city). */
  placeHref: (place: PlaceCount) => string;
  /** The city currently filtered on, drawn as selected. */
  selectedCity?: string;
}

export function renderMap(places: PlaceCount[], options: MapOptions): string {
  const projection = frame(places).clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  const key = [projection.scale(), ...projection.translate(), ...projection.rotate()].map((n) => n.toFixed(2)).join(',');
  const { land, borders, graticule } = outlines(projection, key);
  const points = places
    .map((place) => {
      const xy = projection([place.lon, place.lat]);
      return xy ? { place, x: xy[0], y: xy[1], radius: markerRadius(place.count) } : null;
    })
    .filter((p): p is NonNullable<typeof p> => p !== null && p.x >= 0 && p.x <= MAP_WIDTH && p.y >= 0 && p.y <= MAP_HEIGHT);
  const labels = placeLabels(
    points.map((p) => ({ id: p.place.city, text: p.place.city, x: p.x, y: p.y, radius: p.radius, priority: p.place.count })),
    { width: MAP_WIDTH, height: MAP_HEIGHT, fontSize: LABEL_SIZE },
  );
  const selected = options.selectedCity?.toLowerCase();
  // Large dots first so that small ones stay on top and clickable.
  const dots = [...points]
    .sort((a, b) => b.radius - a.radius)
    .map(({ place, x, y, radius }) => {
      const count = `${place.count} meeting${place.count === 1 ? '' : 's'}`;
      const cls = place.city.toLowerCase() === selected ? 'place selected' : 'place';
      return `<a href="${options.placeHref(place)}" aria-label="${e(place.city)}: ${count}"><circle class="${cls}" data-city="${e(place.city)}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius.toFixed(1)}"><title>${e(place.city)}${place.country ? `, ${e(place.country)}` : ''}: ${count}</title></circle></a>`;
    });
  const texts = labels.map(
    (l) => `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}" data-city="${e(l.id)}">${e(l.text)}</text>`,
  );
  return `<svg class="map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label="Map of meeting places">
<rect class="sea" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/>
<path class="graticule" d="${graticule}"/>
<path class="land" d="${land}"/>
<path class="borders" d="${borders}"/>
<g class="places">${dots.join('')}</g>
<g class="labels" aria-hidden="true">${texts.join('')}</g>
</svg>`;
}
