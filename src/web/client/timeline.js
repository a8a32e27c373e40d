// Timeline zoom from the keyboard and by dragging across years; both lead to the same URLs as the zoom links.

const KEYS = { '+': 'in', '=': 'in', '-': 'out', ArrowLeft: 'earlier', ArrowRight: 'later', 0: 'all' };
const SVG = 'http://www.w3.org/2000/svg';

function columnAt(x, y) {
  return document.elementFromPoint(x, y)?.closest('g.column') ?? null;
}

function extent(column) {
  const hit = column.querySelector('rect.hit');
  const x = Number(hit.getAttribute('x'));
  return [x, x + Number(hit.getAttribute('width'))];
}

export function enhanceTimeline(root) {
  const box = root.querySelector('.timeline');
  const svg = box?.querySelector('svg');
  if (!box || !svg) return;

  box.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const zoom = KEYS[event.key];
    const link = zoom && box.querySelector(`a[data-zoom="${zoom}"]`);
    if (!link) return;
    event.preventDefault();
    location.assign(link.href);
  });

  let first = null;
  let last = null;
  let band = null;
  let dragged = false;

  const draw = () => {
    const [a0, a1] = extent(first);
    const [b0, b1] = extent(last);
    band.setAttribute('x', String(Math.min(a0, b0)));
    band.setAttribute('width', String(Math.max(a1, b1) - Math.min(a0, b0)));
  };

  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    first = last = columnAt(event.clientX, event.clientY);
    if (!first) return;
    dragged = false;
    band = document.createElementNS(SVG, 'rect');
    band.setAttribute('class', 'brush');
    band.setAttribute('y', '0');
    band.setAttribute('height', first.querySelector('rect.hit').getAttribute('height'));
    svg.prepend(band);
    draw();
  });

  window.addEventListener('pointermove', (event) => {
    if (!first) return;
    const column = columnAt(event.clientX, event.clientY);
    if (!column || column === last || column.ownerSVGElement !== svg) return;
    last = column;
    dragged = last !== first;
    draw();
    event.preventDefault();
  });

  window.addEventListener('pointerup', () => {
    if (!first) return;
    const columns = [...svg.querySelectorAll('g.column')];
    const [a, b] = [columns.indexOf(first), columns.indexOf(last)].sort((x, y) => x - y);
    band?.remove();
    first = last = band = null;
    if (!dragged) return;
    const url = new URL(location.href);
    url.searchParams.set('from', columns[a].dataset.from);
    url.searchParams.set('to', columns[b].dataset.to);
    url.searchParams.delete('offset');
    location.assign(url.href);
  });

  // A drag that ends on a meeting's mark must not also open it.
  svg.addEventListener(
    'click',
    (event) => {
      if (!dragged) return;
      event.preventDefault();
      dragged = false;
    },
    true,
  );
}
