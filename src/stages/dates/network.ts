/**
 * A network of date variables (the publication day, each meeting's first day) and constraints
 * between them. Propagation narrows every variable to the days consistent with all constraints;
 * a constraint that would leave a variable with no day is set aside and said so, never forced.
 */
import { DaySet } from './day-set.ts';

export type Window = (day: number) => [number, number] | null;

interface Variable {
  set: DaySet;
  reasons: string[];
}

interface Relation {
  from: string;
  to: string;
  window: Window;
  reason: string;
}

export class TimeNetwork {
  private readonly vars = new Map<string, Variable>();
  private readonly relations: Relation[] = [];

  variable(name: string, domain: DaySet, reason?: string): void {
    this.vars.set(name, { set: domain, reasons: reason ? [reason] : [] });
  }

  get(name: string): DaySet {
    return this.vars.get(name)!.set;
  }

  reasons(name: string): string[] {
    return this.vars.get(name)!.reasons;
  }

  /** Restricts a variable to a set; returns false (and records why) when that would leave nothing. */
  restrict(name: string, set: DaySet, reason: string): boolean {
    const v = this.vars.get(name)!;
    const next = v.set.intersect(set);
    if (next.isEmpty()) {
      v.reasons.push(`set aside (contradicts the rest): ${reason}`);
      return false;
    }
    if (!next.equals(v.set)) v.reasons.push(reason);
    v.set = next;
    this.propagate();
    return true;
  }

  /** `to` lies in window(from) for some day of `from`; propagated both ways. */
  relate(from: string, to: string, window: Window, reason: string): boolean {
    const a = this.vars.get(from)!;
    const b = this.vars.get(to)!;
    const nextB = b.set.intersect(a.set.reach(window));
    const nextA = a.set.supportedBy(nextB, window);
    if (nextB.isEmpty() || nextA.isEmpty()) {
      b.reasons.push(`set aside (contradicts the rest): ${reason}`);
      return false;
    }
    this.relations.push({ from, to, window, reason });
    if (!nextB.equals(b.set)) b.reasons.push(reason);
    b.set = nextB;
    a.set = nextA;
    this.propagate();
    return true;
  }

  private propagate(): void {
    for (let round = 0; round < 8; round++) {
      let changed = false;
      for (const r of this.relations) {
        const a = this.vars.get(r.from)!;
        const b = this.vars.get(r.to)!;
        const nextB = b.set.intersect(a.set.reach(r.window));
        const nextA = a.set.supportedBy(nextB, r.window);
        if (nextB.isEmpty() || nextA.isEmpty()) continue;
        if (!nextB.equals(b.set) || !nextA.equals(a.set)) changed = true;
        b.set = nextB;
        a.set = nextA;
      }
      if (!changed) return;
    }
  }
}
