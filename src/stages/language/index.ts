/** Language stage: French or English, by trigram statistics (franc-min), restricted to the two we read. */
import { franc } from 'franc-min';
import type { Lang } from '../../core/types.ts';

const ISO_639_3: Record<string, Lang> = { fra: 'fr', eng: 'en' };

export function detectLanguage(text: string): Lang {
  // The first few thousand characters decide as well as the whole text, at a fraction of the cost.
  const code = franc(text.slice(0, 4000), { only: ['fra', 'eng'], minLength: 3 });
  return ISO_639_3[code] ?? 'fr';
}
