/** Small articles and their extraction, shared by the store and API tests. */
import { extract } from '../../src/core/pipeline.ts';
import type { ExtractedDoc, RawDoc } from '../../src/core/types.ts';

export const NOW = new Date('2026-01-01');

/** Announces the Paris ministerial for June 2018 (month only); only a crawl line dates the article. */
export const PARIS_ANNOUNCED: RawDoc = {
  id: 'fr-paris-annonce.txt',
  origin: 'test',
  text: ` date 2018-06
Coalition contre l'EI : les ministres réunis en juin 2018 à Paris

Les ministres des Affaires étrangères de la coalition internationale contre le groupe Etat islamique se réuniront en juin 2018 à Paris, a annoncé le Quai d'Orsay. La réunion ministérielle sera présidée par Jean-Yves Le Drian.`,
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

/** A wire copy of PARIS_HELD: another headline and a credit line, same report. */
export const PARIS_HELD_COPY: RawDoc = {
  id: 'wire-paris-held.txt',
  origin: 'test',
  text: `Paris hosts anti-ISIS coalition talks

PARIS, June 28, 2018 - Foreign ministers of the Global Coalition against Daesh met in Paris on Thursday, June 28, 2018, for a ministerial meeting chaired by French Foreign Minister Jean-Yves Le Drian. They discussed stabilization and foreign fighters.
(Reporting by the wire desk)`,
};

/** One meeting of political directors (26 June 2018), placed in Skhirat by one report and in nearby Rabat by two. */
export const SKHIRAT_EN: RawDoc = {
  id: 'en-skhirat.txt',
  origin: 'test',
  text: `Coalition political directors meet in Skhirat

SKHIRAT, June 26, 2018 - Political directors of the Global Coalition against Daesh met in Skhirat, Morocco, on Tuesday, June 26, 2018, to discuss stabilization in Iraq and Syria.`,
};

export const RABAT_FR: RawDoc = {
  id: 'fr-rabat.txt',
  origin: 'test',
  text: `Coalition : les directeurs politiques réunis à Rabat

RABAT, 26 juin 2018 (AFP) - Les directeurs politiques de la coalition internationale contre le groupe Etat islamique se sont réunis mardi 26 juin 2018 à Rabat pour évoquer la stabilisation.`,
};

export const RABAT_EN: RawDoc = {
  id: 'en-rabat.txt',
  origin: 'test',
  text: `Morocco hosts the coalition

RABAT, June 27, 2018 - Morocco hosted on Tuesday, June 26, 2018, a meeting of the political directors of the Global Coalition against Daesh in Rabat, focused on foreign fighters.`,
};
