// Pointing at a place on the map lights up its meetings on the timeline, and the other way round.

export function linkPlaces(root) {
  const marks = [...root.querySelectorAll('.map [data-city], .timeline [data-city]')].filter((el) => el.dataset.city);
  const byCity = new Map();
  for (const el of marks) {
    const list = byCity.get(el.dataset.city) ?? [];
    list.push(el);
    byCity.set(el.dataset.city, list);
  }
  const light = (city, on) => {
    for (const el of byCity.get(city) ?? []) el.classList.toggle('linked', on);
  };
  for (const el of marks) {
    const target = el.closest('a') ?? el;
    target.addEventListener('pointerenter', () => light(el.dataset.city, true));
    target.addEventListener('pointerleave', () => light(el.dataset.city, false));
    target.addEventListener('focus', () => light(el.dataset.city, true));
    target.addEventListener('blur', () => light(el.dataset.city, false));
  }
}
