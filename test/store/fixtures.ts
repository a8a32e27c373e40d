/** Small articles and their extraction, shared by the store and API tests. */
import { extract } from '../../src/core/pipeline.ts';
import type { ExtractedDoc, RawDoc } from '../../src/core/types.ts';

export const NOW = new Date('2026-01-01');

/** Announces the Paris ministerial for "jeudi"; only a crawl line dates it (month), so its date stays unresolved. */
export const PARIS_ANNOUNCED: RawDoc = {
  id: 'fr-paris-annonce.txt',
  origin: 'test',
  text: ` date 2018-06
Coalition contre l'EI : les ministres réunis jeudi à Paris

Les ministres des Affaires étrangères de la coalition internationale contre le groupe Etat islamique se réuniront jeudi à Paris, a annoncé le Quai d'Orsay. La réunion ministérielle sera présidée par Jean-Yves Le Drian.`,
};

/** Reports the same ministerial after it, with the full date. */
export const PARIS_HELD: RawDoc = {
  id: 'en-paris-held.txt',
  origin: 'test',
  title: 'Coalition ministers meet in Paris <script>alert(1)</script>',
  text: `Coalition against ISIS ministers meet in Paris

PARIS, June 28, 2018 - Foreign ministers of the Global Coalition against Daesh met in Paris on Thursday, June 28, 2018, for a ministerial meeting chaired by French Foreign Minister Jean-Yves Le Drian. They discussed stabilization and foreign fighters.`,
};

/** Another body, another city, another day. */
export const NATO_SUMMIT: RawDoc = {
  id: 'en-nato-summit.txt',
  origin: 'test',
  text: `NATO summit in Brussels

BRUSSELS, July 11, 2018 - NATO leaders held a summit in Brussels on July 11, 2018, chaired by Secretary General Jens Stoltenberg.`,
};

/** The same body and level as the Paris meeting, but another city and date. */
export const BRUSSELS_MINISTERIAL: RawDoc = {
  id: 'fr-bruxelles-ministerielle.txt',
  origin: 'test',
  text: `Coalition anti-EI : à Bruxelles, une soixantaine de pays affichent leur unité

BRUXELLES, 3 déc 2014 (AFP) - Les chefs de la diplomatie d'une soixantaine de pays engagés contre le groupe Etat islamique (EI) se sont retrouvés mercredi au siège de l'Otan à Bruxelles, pour la première réunion ministérielle de la coalition internationale. La réunion était présidée par le secrétaire d'Etat américain John Kerry.`,
};

export function extracted(raw: RawDoc): ExtractedDoc {
  return extract(raw, { now: NOW });
}
