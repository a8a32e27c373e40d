import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlaps, placeLabels, type LabelRequest } from '../../src/web/labels.ts';

const OPTIONS = { width: 400, height: 200, fontSize: 10 };
const point = (id: string, x: number, y: number, priority = 1): LabelRequest => ({ id, text: id, x, y, radius: 4, priority });

function assertNoOverlap(requests: LabelRequest[]) {
  const placed = placeLabels(requests, OPTIONS);
  for (const [i, a] of placed.entries()) {
    assert.ok(a.box.x0 >= 0 && a.box.y0 >= 0 && a.box.x1 <= OPTIONS.width && a.box.y1 <= OPTIONS.height, `${a.id} inside`);
    for (const b of placed.slice(i + 1)) assert.ok(!overlaps(a.box, b.box), `${a.id} and ${b.id} overlap`);
    for (const p of requests) {
      if (p.id === a.id) continue;
      assert.ok(!overlaps(a.box, { x0: p.x - p.radius, y0: p.y - p.radius, x1: p.x + p.radius, y1: p.y + p.radius }), `${a.id} covers ${p.id}`);
    }
  }
  return placed;
}

test('a lone point is labelled to its right', () => {
  const [label] = placeLabels([point('Paris', 100, 100)], OPTIONS);
  assert.equal(label.anchor, 'start');
  assert.ok(label.box.x0 > 100 + 4);
  assert.ok(label.box.y0 < 100 && label.box.y1 > 100, 'vertically centred on the point');
});

test('two close cities (Rabat, Skhirat) both get labels that do not overlap', () => {
  const placed = assertNoOverlap([point('Rabat', 200, 100, 2), point('Skhirat', 196, 106)]);
  assert.deepEqual(placed.map((l) => l.id).sort(), ['Rabat', 'Skhirat']);
});

test('the more important point keeps the preferred position', () => {
  const placed = assertNoOverlap([point('London', 200, 100, 1), point('Brussels', 210, 102, 5)]);
  assert.equal(placed.find((l) => l.id === 'Brussels')!.anchor, 'start');
  assert.notEqual(placed.find((l) => l.id === 'London')!.anchor, 'start');
});

test('a label at the right edge flips to the left', () => {
  const [label] = placeLabels([point('Washington', 395, 100)], OPTIONS);
  assert.equal(label.anchor, 'end');
  assert.ok(label.box.x1 <= 395);
});

test('a dense cluster: labels that cannot fit are dropped, never overlapped', () => {
  const cluster = Array.from({ length: 40 }, (_, i) => point(`City${i}`, 180 + (i % 8) * 5, 90 + Math.floor(i / 8) * 5, 40 - i));
  const placed = assertNoOverlap(cluster);
  assert.ok(placed.length > 0 && placed.length < cluster.length);
  assert.ok(placed.some((l) => l.id === 'City0'), 'the most important point is labelled');
});
