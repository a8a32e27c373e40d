import en from '../../lang/en/noise.json' with { type: 'json' };
import fr from '../../lang/fr/noise.json' with { type: 'json' };
import { foldForMatch } from './fold.ts';
import type { RemovalKind } from './removal.ts';

export type NoiseKind = Extract<RemovalKind, 'cookie-banner' | 'comment-prompt' | 'navigation'>;

/** The shape of src/lang/<lang>/noise.json. */
interface NoiseData {
  'cookie-banner': { starts: string[]; phrases: string[] };
  'comment-prompt': { phrases: string[] };
  navigation: { phrases: string[]; labels: string[] };
}

export interface NoisePhrase {
  kind: NoiseKind;
  /** Matches the folded phrase at `lastIndex`, with any run of spaces where the phrase has one. */
  pattern: RegExp;
}

export interface NoiseLexicon {
  /** Phrases that open a banner lasting to the end of the line. */
  starts: NoisePhrase[];
  /** Whole units (a button, a menu entry), longest first. */
  phrases: NoisePhrase[];
  /** Line openers such as "Lire aussi :" after which the rest of the line is a link. */
  labels: NoisePhrase[];
}

const LANGUAGES: NoiseData[] = [fr, en];

/** Both languages at once: normalisation runs before language detection. */
export const NOISE_LEXICON: NoiseLexicon = buildLexicon([]);

/** The shared lexicon plus names of the site itself (host, og:site_name), which are navigation when alone. */
export function lexiconWithSiteNames(siteNames: string[]): NoiseLexicon {
  return siteNames.length === 0 ? NOISE_LEXICON : buildLexicon(siteNames);
}

function buildLexicon(siteNames: string[]): NoiseLexicon {
  const starts = LANGUAGES.flatMap((data) => data['cookie-banner'].starts.map((text) => compile('cookie-banner', text)));
  const phrases = LANGUAGES.flatMap((data) => [
    ...data['cookie-banner'].phrases.map((text) => ({ kind: 'cookie-banner' as const, text })),
    ...data['comment-prompt'].phrases.map((text) => ({ kind: 'comment-prompt' as const, text })),
    ...data.navigation.phrases.map((text) => ({ kind: 'navigation' as const, text })),
  ]);
  phrases.push(...siteNames.map((text) => ({ kind: 'navigation' as const, text })));
  phrases.sort((a, b) => b.text.length - a.text.length);
  const labels = LANGUAGES.flatMap((data) => data.navigation.labels.map((text) => compile('navigation', text)));
  return { starts, phrases: phrases.map(({ kind, text }) => compile(kind, text)), labels };
}

function compile(kind: NoiseKind, text: string): NoisePhrase {
  const words = foldForMatch(text.trim()).split(/\s+/).map(escapeRegExp);
  // The lookahead keeps "Menu" from matching the start of "Menus".
  return { kind, pattern: new RegExp(`${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'uy') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
