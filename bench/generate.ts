/** Generates varied synthetic articles (French and English) for throughput measurements; seeded, so runs compare. */

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FR = {
  cities: ['Londres', 'Bruxelles', 'Rome', 'Washington', 'Koweït', 'Paris', 'Rabat', 'Riyad', 'Marrakech', 'Berlin'],
  days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre'],
  levels: ['des ministres des Affaires étrangères', 'des ministres de la Défense', 'des directeurs politiques', 'du groupe de travail sur le financement'],
  bodies: ["de la coalition contre le groupe Etat islamique (EI)", "de l'OTAN", 'du G7', 'de la coalition anti-EI'],
  chairs: ["le secrétaire d'Etat américain John Kerry", 'le chef de la diplomatie britannique Philip Hammond', "le ministre Jean-Yves Le Drian", 'le secrétaire d\'Etat Mike Pompeo'],
  filler: [
    "Les discussions porteront sur la stabilisation des zones libérées et la lutte contre les combattants étrangers.",
    "Plus de 40 pays sont attendus, a précisé un responsable sous couvert d'anonymat.",
    "La dernière réunion de ce format s'était tenue en février.",
    "Ce site utilise des cookies pour améliorer votre expérience.",
    "Les frappes aériennes se poursuivent dans la région, selon l'état-major.",
  ],
};

const EN = {
  cities: ['London', 'Brussels', 'Rome', 'Washington', 'Kuwait City', 'Paris', 'Rabat', 'Riyadh', 'Marrakech', 'Berlin'],
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November', 'December'],
  levels: ['foreign ministers', 'defense ministers', 'political directors', 'counter-finance working group members'],
  bodies: ['of the coalition against Islamic State', 'of NATO', 'of the G7', 'of the Global Coalition to Defeat ISIS'],
  chairs: ['Secretary of State John Kerry', 'Foreign Secretary Philip Hammond', 'Secretary of State Mike Pompeo', 'NATO Secretary General Jens Stoltenberg'],
  filler: [
    'The talks will focus on stabilization of liberated areas and on foreign fighters.',
    'More than 40 countries are expected to attend, an official said.',
    'The last meeting in this format was held in February.',
    'This website uses cookies to improve your experience.',
    'Air strikes continued across the region, the military said.',
  ],
};

export function generateArticles(count: number, seed = 42): string[] {
  const rand = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const fr = rand() < 0.75;
    const L = fr ? FR : EN;
    const day = 1 + Math.floor(rand() * 28);
    const paragraphs = [
      fr
        ? `${pick(L.chairs)} accueillera ${pick(L.days)} le ${day} ${pick(L.months)} à ${pick(L.cities)} une réunion ${pick(L.levels)} ${pick(L.bodies)}, a annoncé ${pick(L.days)} le porte-parole.`
        : `${pick(L.chairs)} will host a meeting of ${pick(L.levels)} ${pick(L.bodies)} in ${pick(L.cities)} on ${pick(L.days)}, ${pick(L.months)} ${day}, the spokesman said on ${pick(L.days)}.`,
    ];
    const extra = 2 + Math.floor(rand() * 6);
    for (let k = 0; k < extra; k++) paragraphs.push(pick(L.filler));
    out.push(paragraphs.join('\n\n'));
  }
  return out;
}
