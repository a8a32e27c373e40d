/** An article whose title and text carry markup: the UI must show it as text and run nothing. */
import type { RawDoc } from '../../src/core/types.ts';

export const HOSTILE: RawDoc = {
  id: 'en-hostile.txt',
  origin: 'test',
  title: 'Ministers meet in Rome <img src=x onerror="window.__pwned=1">',
  text: `Coalition ministers meet in Rome <script>window.__pwned=1</script>

ROME, February 2, 2016 - Foreign ministers of the Global Coalition against Daesh met in Rome on Tuesday, February 2, 2016 <img src=x onerror="window.__pwned=1">, for a ministerial meeting chaired by Paolo Gentiloni <b onmouseover="window.__pwned=1">and John Kerry</b>.`,
};
