/**
 * Greedy label placement for map points: the most important points choose first, each label takes the
 * first of eight positions around its point that overlaps no placed label, no other point and stays
 * inside the map; a label that fits nowhere is left out (its point keeps a tooltip).
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Radius of the point's marker. */
  radius: number;
  /** Higher places first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text is drawn: SVG text position with `text-anchor: anchor` and the baseline at `y`. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface PlacementOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Average advance of one character, in font sizes (0.6 suits a sans-serif at normal weight). */
  charWidth?: number;
  /** Space between a point's marker and its label. */
  gap?: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

type Position = { dx: -1 | 0 | 1; dy: -1 | 0 | 1 };
// Right and left first (they read best beside a dot), then above and below, then the diagonals.
const POSITIONS: Position[] = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
  { dx: 1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: -1 },
  { dx: -1, dy: 1 },
];

function candidate(p: LabelRequest, pos: Position, width: number, height: number, gap: number): PlacedLabel {
  const reach = p.radius + gap;
  const cx = p.x + pos.dx * (pos.dy === 0 ? reach : reach * 0.7);
  const cy = p.y + pos.dy * (pos.dx === 0 ? reach : reach * 0.7);
  const x0 = pos.dx === 1 ? cx : pos.dx === -1 ? cx - width : cx - width / 2;
  const y0 = pos.dy === 1 ? cy : pos.dy === -1 ? cy - height : cy - height / 2;
  const anchor = pos.dx === 1 ? 'start' : pos.dx === -1 ? 'end' : 'middle';
  // Baseline about a fifth of the line height above the box's bottom, for capitals and descenders alike.
  return { id: p.id, text: p.text, x: cx, y: y0 + height * 0.78, anchor, box: { x0, y0, x1: x0 + width, y1: y0 + height } };
}

export function placeLabels(points: LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const { width, height, fontSize } = options;
  const charWidth = (options.charWidth ?? 0.6) * fontSize;
  const gap = options.gap ?? 2;
  const markers = points.map((p) => ({ id: p.id, box: { x0: p.x - p.radius, y0: p.y - p.radius, x1: p.x + p.radius, y1: p.y + p.radius } }));
  const placed: PlacedLabel[] = [];
  const order = [...points].sort((a, b) => b.priority - a.priority || a.text.localeCompare(b.text));
  for (const p of order) {
    const textWidth = p.text.length * charWidth;
    for (const pos of POSITIONS) {
      const label = candidate(p, pos, textWidth, fontSize * 1.2, gap);
      const { box } = label;
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      if (placed.some((other) => overlaps(box, other.box))) continue;
      if (markers.some((m) => m.id !== p.id && overlaps(box, m.box))) continue;
      placed.push(label);
      break;
    }
  }
  return placed;
}
