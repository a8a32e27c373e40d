/**
 * The extraction pipeline: normalize → language → entities → dates → meetings, each a plain function
 * of typed values. No I/O happens here.
 */
import type { ExtractedDoc, RawDoc } from './types.ts';
import { fold, splitSentences, tokenize } from './text.ts';
import { normalize } from '../stages/normalize/index.ts';
import { detectLanguage } from '../stages/language/index.ts';
import { findEntities } from '../stages/entities/index.ts';
import { carryYears, findDateExpressions } from '../stages/dates/expressions.ts';
import { extractMeetings } from '../stages/meetings/index.ts';
import { lexicon } from '../lang/index.ts';

export interface ExtractOptions {
  /** The day of the run: nothing is published after it. Fixed in tests for reproducible dates. */
  now?: Date;
}

export function extract(raw: RawDoc, options: ExtractOptions = {}): ExtractedDoc {
  const doc = normalize(raw);
  const lang = detectLanguage(doc.text);
  const text = doc.text;
  const tokens = tokenize(text);
  const { all: entities, people } = findEntities(text, lang, tokens);
  const sentences = splitSentences(text);
  const folded = fold(text);
  const ctx = {
    text,
    folded,
    lang,
    lex: lexicon(lang),
    sentences,
    entities,
    dates: carryYears(folded, lang, findDateExpressions(text, lang), sentences),
  };
  // The adversary named, or the coalition named after it ("the coalition against Islamic State").
  const docAboutIsis = entities.some((e) => (e.kind === 'adversary' && e.id === 'isis') || (e.kind === 'organisation' && e.id === 'coalition'));
  const { mentions, time } = extractMeetings(
    { ctx, people, publishedHint: doc.publishedHint, crawlDate: doc.crawlDate, now: options.now ?? new Date() },
    docAboutIsis,
  );
  return { doc, lang, published: time.published, mentions };
}
