/**
 * Text helpers that keep offsets: every folded string has exactly the length of its source,
 * so a match found in folded text is a span of the original.
 */
import type { Span } from './types.ts';

const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4`]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;

/** Lower case without diacritics, straight apostrophes and hyphens; same length as the input. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const base = ch.normalize('NFD')[0] ?? ch;
    // Characters outside the BMP keep their two code units so offsets stay aligned.
    out += base.length === ch.length ? base : ch;
  }
  return out.replace(APOSTROPHES, "'").replace(DASHES, '-');
}

export interface Token {
  /** Folded form. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text (letters and digits), folded, with their offsets. */
export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) {
    tokens.push({ norm: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return tokens;
}

/** Folded words of a phrase, for building lookup keys. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph that holds it (0 is the first: title or lead). */
  paragraph: number;
}

/** The sentence that holds a span, if one does. */
export function sentenceOf(sentences: Sentence[], span: Span): Sentence | undefined {
  return sentences.find((s) => span.start >= s.start && span.end <= s.end);
}

// Titles and abbreviated months ("Dec. 3", "11 fév. 2016") end with a period that ends no sentence.
const ABBREVIATIONS = /(?:\b(?:M|Mme|Mr|Mrs|Ms|Dr|St|Gen|Gén|Sen|Rep|Lt|Col|Maj|Capt|Adm|Gov|Amb|U\.S|U\.N|No|art|av|env|cf|p|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|fév|avr|juil|déc)|\b[A-Z])\.$/;

/** Splits text into sentences (and paragraphs), keeping abbreviations such as "M." and "U.S." inside. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      // A line break ends a paragraph: titles and leads are usually on lines of their own.
      if (sentences.length > 0 && sentences[sentences.length - 1].paragraph === paragraph) paragraph++;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      const before = text.slice(Math.max(start, i - 6), i + 1);
      if (ch === '.' && ABBREVIATIONS.test(before)) continue;
      // A number such as "13.000" or "2.5" is not a sentence end.
      if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      let j = i + 1;
      while (j < text.length && /["»”’')\]]/.test(text[j])) j++;
      if (j >= text.length || /\s/.test(text[j])) {
        push(j);
        start = j;
        i = j - 1;
      }
    }
  }
  push(text.length);
  return sentences;
}
