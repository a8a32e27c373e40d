import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lexiconWithSiteNames, NOISE_LEXICON } from '../../src/stages/normalize/noise-lexicon.ts';
import { removeNoise } from '../../src/stages/normalize/noise.ts';

/** [line, what stays of it ('' when the whole line goes), kinds removed]. */
const CASES: [string, string, string[]][] = [
  ['Rechercher', '', ['navigation']],
  ['Dernières infos', '', ['navigation']],
  ['Partager sur Facebook · Partager sur Twitter', '', ['navigation']],
  ['Lire aussi : La coalition se réunit à Rome', '', ['navigation']],
  ['Accueil › Monde', 'Accueil › Monde', []],
  ['Accueil > Monde > Moyen-Orient', '', ['navigation']],
  ['Share this:', '', ['navigation']],
  ['Sign up for our newsletter', '', ['navigation']],
  ['Read more: Coalition ministers meet in Kuwait', '', ['navigation']],
  ['Laisser un commentaire', '', ['comment-prompt']],
  ['Votre adresse email ne sera pas publiée.', '', ['comment-prompt']],
  ['Leave a Reply Cancel reply', '', ['comment-prompt']],
  ['Your email address will not be published. Required fields are marked *', '', ['comment-prompt']],
  ['Ce site Web utilise des cookies pour améliorer votre expérience. J\u2019accepte', '', ['cookie-banner']],
  ['Nous utilisons des cookies.', '', ['cookie-banner']],
  ['Accept all', '', ['cookie-banner']],
  ['Il est parti. This website uses cookies to improve your experience.', 'Il est parti.', ['cookie-banner']],
  ['La réunion a eu lieu à Rome Ce site utilise des cookies. J\'accepte', 'La réunion a eu lieu à Rome', ['cookie-banner']],
  ['La réunion a eu lieu mardi. Laisser un commentaire', 'La réunion a eu lieu mardi.', ['comment-prompt']],
  ['Fin de la réunion. Partager Tweet', 'Fin de la réunion.', ['navigation']],
  // Prose that only contains a noise word stays whole.
  ['Les alliés veulent partager leurs renseignements.', 'Les alliés veulent partager leurs renseignements.', []],
  ['Partager le fardeau', 'Partager le fardeau', []],
  ['Le menu des discussions était chargé.', 'Le menu des discussions était chargé.', []],
  ['Il a refusé de laisser un commentaire.', 'Il a refusé de laisser un commentaire.', []],
  ['Search and rescue teams were deployed.', 'Search and rescue teams were deployed.', []],
  ['Allies share intelligence. Tweets were read aloud.', 'Allies share intelligence. Tweets were read aloud.', []],
  ['Menus et comptes rendus', 'Menus et comptes rendus', []],
  ['« Nous utilisons des cookies », a-t-il ironisé.', '« Nous utilisons des cookies », a-t-il ironisé.', []],
  ['Il a dit : "We use cookies" en riant.', 'Il a dit : "We use cookies" en riant.', []],
];

for (const [line, kept, kinds] of CASES) {
  test(`noise: ${JSON.stringify(line)}`, () => {
    const result = removeNoise([line], NOISE_LEXICON);
    assert.deepEqual(result.lines, kept === '' ? [] : [kept]);
    assert.deepEqual(
      result.removed.map((removal) => removal.kind),
      kinds,
    );
  });
}

test('noise: removal texts keep the original characters', () => {
  const result = removeNoise(['Fin. Votre adresse e-mail ne sera pas publiée. Ce site utilise des cookies. J’accepte'], NOISE_LEXICON);
  assert.deepEqual(result.removed, [
    { kind: 'comment-prompt', text: 'Votre adresse e-mail ne sera pas publiée' },
    { kind: 'cookie-banner', text: 'Ce site utilise des cookies. J’accepte' },
  ]);
});

test('noise: a line that is only the site name is chrome', () => {
  const lexicon = lexiconWithSiteNames(['Le Quotidien du Sud', 'lequotidien.example']);
  const result = removeNoise(['Le Quotidien du Sud', 'lequotidien.example', 'Le Quotidien du Sud a publié la liste.'], lexicon);
  assert.deepEqual(result.lines, ['Le Quotidien du Sud a publié la liste.']);
});
