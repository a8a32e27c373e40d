import { tokenize, type Token } from '../../core/text.ts';

export interface GazetteerEntry<T> {
  phrase: string;
  value: T;
  /** Match only when the text has exactly this spelling (for "US", "EI", "IS"). */
  caseSensitive?: boolean;
}

export interface GazetteerMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface Compiled<T> {
  tokens: string[];
  exact?: string;
  capitalized: boolean;
  value: T;
}

// Between two words of one name: spaces, hyphens, apostrophes or a dot ("D.C."), nothing else.
const JOINER = /^[\s\-'’.]{1,3}$/;

/**
 * Finds the longest known phrase at each position, on word boundaries, accent- and case-insensitively
 * (a hash lookup on the first word, then a comparison of the following words).
 */
export class Gazetteer<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();

  constructor(entries: Iterable<GazetteerEntry<T>>) {
    for (const entry of entries) {
      const tokens = tokenize(entry.phrase).map((t) => t.norm);
      if (tokens.length === 0) continue;
      const compiled: Compiled<T> = {
        tokens,
        exact: entry.caseSensitive ? entry.phrase.replace(/’/g, "'") : undefined,
        capitalized: /^\p{Lu}/u.test(entry.phrase.trim()),
        value: entry.value,
      };
      const list = this.byFirst.get(tokens[0]) ?? [];
      list.push(compiled);
      this.byFirst.set(tokens[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  find(text: string, tokens: Token[] = tokenize(text)): GazetteerMatch<T>[] {
    const out: GazetteerMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get(tokens[i].norm);
      if (!candidates) continue;
      for (const c of candidates) {
        const end = this.matchAt(text, tokens, i, c);
        if (end < 0) continue;
        const last = tokens[end];
        out.push({ start: tokens[i].start, end: last.end, text: text.slice(tokens[i].start, last.end), value: c.value });
        i = end;
        break;
      }
    }
    return out;
  }

  private matchAt(text: string, tokens: Token[], i: number, c: Compiled<T>): number {
    const n = c.tokens.length;
    if (i + n > tokens.length) return -1;
    for (let k = 1; k < n; k++) {
      if (tokens[i + k].norm !== c.tokens[k]) return -1;
      if (!JOINER.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start))) return -1;
    }
    const span = text.slice(tokens[i].start, tokens[i + n - 1].end);
    if (c.exact !== undefined && span.replace(/’/g, "'") !== c.exact) return -1;
    if (c.capitalized && !/^\p{Lu}/u.test(span)) return -1;
    return i + n - 1;
  }
}
