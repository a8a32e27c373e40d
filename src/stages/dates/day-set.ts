/**
 * Sets of calendar days over a fixed domain, as bit masks: resolution intersects constraints by
 * brute force over days, which is exact and cheap (about 11,000 days).
 */

export const DOMAIN_START = Date.UTC(2000, 0, 1) / 86_400_000;
export const DOMAIN_END = Date.UTC(2030, 11, 31) / 86_400_000;
const SIZE = DOMAIN_END - DOMAIN_START + 1;

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function isoDay(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

// Calendar fields of every day of the domain, computed once: predicates over days stay cheap.
const YEAR = new Int16Array(SIZE);
const MONTH = new Uint8Array(SIZE);
const DAY = new Uint8Array(SIZE);
const WEEKDAY = new Uint8Array(SIZE);
for (let i = 0; i < SIZE; i++) {
  const d = new Date((i + DOMAIN_START) * 86_400_000);
  YEAR[i] = d.getUTCFullYear();
  MONTH[i] = d.getUTCMonth() + 1;
  DAY[i] = d.getUTCDate();
  WEEKDAY[i] = d.getUTCDay();
}

export function parts(n: number): { year: number; month: number; day: number; weekday: number } {
  const i = n - DOMAIN_START;
  if (i >= 0 && i < SIZE) return { year: YEAR[i], month: MONTH[i], day: DAY[i], weekday: WEEKDAY[i] };
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export interface DayFields {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Inclusive range of days of the month. */
  dayFrom?: number;
  dayTo?: number;
}

export class DaySet {
  private constructor(private readonly bits: Uint8Array) {}

  static all(): DaySet {
    return new DaySet(new Uint8Array(SIZE).fill(1));
  }

  static range(from: number, to: number): DaySet {
    const bits = new Uint8Array(SIZE);
    for (let n = Math.max(from, DOMAIN_START); n <= Math.min(to, DOMAIN_END); n++) bits[n - DOMAIN_START] = 1;
    return new DaySet(bits);
  }

  static where(predicate: (n: number) => boolean): DaySet {
    const bits = new Uint8Array(SIZE);
    for (let i = 0; i < SIZE; i++) if (predicate(i + DOMAIN_START)) bits[i] = 1;
    return new DaySet(bits);
  }

  /** Days whose calendar fields equal every given field. */
  static matching(f: DayFields): DaySet {
    const bits = new Uint8Array(SIZE);
    for (let i = 0; i < SIZE; i++) {
      if (f.year !== undefined && YEAR[i] !== f.year) continue;
      if (f.month !== undefined && MONTH[i] !== f.month) continue;
      if (f.day !== undefined && DAY[i] !== f.day) continue;
      if (f.weekday !== undefined && WEEKDAY[i] !== f.weekday) continue;
      if (f.dayFrom !== undefined && DAY[i] < f.dayFrom) continue;
      if (f.dayTo !== undefined && DAY[i] > f.dayTo) continue;
      bits[i] = 1;
    }
    return new DaySet(bits);
  }

  static of(days: Iterable<number>): DaySet {
    const bits = new Uint8Array(SIZE);
    for (const n of days) if (n >= DOMAIN_START && n <= DOMAIN_END) bits[n - DOMAIN_START] = 1;
    return new DaySet(bits);
  }

  has(n: number): boolean {
    return n >= DOMAIN_START && n <= DOMAIN_END && this.bits[n - DOMAIN_START] === 1;
  }

  size(): number {
    let count = 0;
    for (const b of this.bits) count += b;
    return count;
  }

  isEmpty(): boolean {
    return this.bits.indexOf(1) < 0;
  }

  intersect(other: DaySet): DaySet {
    const bits = new Uint8Array(SIZE);
    for (let i = 0; i < SIZE; i++) bits[i] = this.bits[i] & other.bits[i];
    return new DaySet(bits);
  }

  union(other: DaySet): DaySet {
    const bits = new Uint8Array(SIZE);
    for (let i = 0; i < SIZE; i++) bits[i] = this.bits[i] | other.bits[i];
    return new DaySet(bits);
  }

  equals(other: DaySet): boolean {
    for (let i = 0; i < SIZE; i++) if (this.bits[i] !== other.bits[i]) return false;
    return true;
  }

  first(): number | undefined {
    const i = this.bits.indexOf(1);
    return i < 0 ? undefined : i + DOMAIN_START;
  }

  last(): number | undefined {
    const i = this.bits.lastIndexOf(1);
    return i < 0 ? undefined : i + DOMAIN_START;
  }

  *days(): Generator<number> {
    for (let i = 0; i < SIZE; i++) if (this.bits[i]) yield i + DOMAIN_START;
  }

  /**
   * Days reachable from this set through a window: the union over days d of [from(d), to(d)].
   * Computed with a difference array, so a relation costs one pass, not a product.
   */
  reach(window: (d: number) => [number, number] | null): DaySet {
    const diff = new Int32Array(SIZE + 1);
    for (let i = 0; i < SIZE; i++) {
      if (!this.bits[i]) continue;
      const w = window(i + DOMAIN_START);
      if (!w) continue;
      const lo = Math.max(w[0], DOMAIN_START) - DOMAIN_START;
      const hi = Math.min(w[1], DOMAIN_END) - DOMAIN_START;
      if (lo > hi) continue;
      diff[lo]++;
      diff[hi + 1]--;
    }
    const bits = new Uint8Array(SIZE);
    let run = 0;
    for (let i = 0; i < SIZE; i++) {
      run += diff[i];
      if (run > 0) bits[i] = 1;
    }
    return new DaySet(bits);
  }

  /** Days d of this set whose window meets `other`. */
  supportedBy(other: DaySet, window: (d: number) => [number, number] | null): DaySet {
    const prefix = new Int32Array(SIZE + 1);
    for (let i = 0; i < SIZE; i++) prefix[i + 1] = prefix[i] + other.bits[i];
    const bits = new Uint8Array(SIZE);
    for (let i = 0; i < SIZE; i++) {
      if (!this.bits[i]) continue;
      const w = window(i + DOMAIN_START);
      if (!w) continue;
      const lo = Math.max(w[0], DOMAIN_START) - DOMAIN_START;
      const hi = Math.min(w[1], DOMAIN_END) - DOMAIN_START;
      if (lo <= hi && prefix[hi + 1] - prefix[lo] > 0) bits[i] = 1;
    }
    return new DaySet(bits);
  }
}

/** The most precise value every day of the set shares: a day, a month, a year, or nothing. */
export function commonValue(set: DaySet): { iso: string; precision: 'day' | 'month' | 'year' } | null {
  const first = set.first();
  const last = set.last();
  if (first === undefined || last === undefined) return null;
  if (first === last) return { iso: isoDay(first), precision: 'day' };
  const a = parts(first);
  const b = parts(last);
  if (a.year !== b.year) return null;
  if (a.month === b.month) return { iso: `${a.year}-${String(a.month).padStart(2, '0')}`, precision: 'month' };
  return { iso: String(a.year), precision: 'year' };
}
