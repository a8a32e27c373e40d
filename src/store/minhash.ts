/**
 * Near-duplicate documents (syndicated or lightly edited copies): a seeded MinHash over word
 * 5-shingles, 128 hashes, banded for LSH (42 bands of 3 rows: a pair at similarity 0.5 shares a band
 * with probability 0.996, a pair at 0.06 with 0.009). Two documents are near-copies when their
 * estimated Jaccard similarity is at least NEAR_DUPLICATE_JACCARD, chosen from measurements on the dev
 * corpus (README): distinct reports ≤ 0.07, copies with 5% of words edited ≈ 0.6. Our own ~40 lines:
 * the npm packages are unseeded or crash on unseen bands (shared/LIBRARIES.md); fixed seeds keep
 * signatures equal across runs and processes.
 */
import { fold } from '../core/text.ts';

const SHINGLE_WORDS = 5;
export const HASHES = 128;
const BANDS = 42;
const ROWS = 3;
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** murmur3's 32-bit finaliser: a cheap, well-mixed integer hash. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x632be5ab)));

export function shingles(text: string): Set<number> {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  const last = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < last; i++) out.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** 128 minima of seeded hashes of the text's shingles (signed 32-bit, to fit a PostgreSQL integer[]). */
export function minhash(text: string): number[] {
  const signature = new Array<number>(HASHES).fill(0x7fffffff);
  for (const shingle of shingles(text)) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(shingle ^ SEEDS[i]);
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/** One hash per band of rows, salted with the band number so equal rows in different bands differ. */
export function lshBands(signature: number[]): number[] {
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]);
    bands.push(h);
  }
  return bands;
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}
