const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '\u00B4', '`']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014']);

/**
 * Lower-cases and strips accents, apostrophe and dash variants one UTF-16 unit at a time, so the
 * folded string has the same length as the original and match offsets apply to both.
 */
export function foldForMatch(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += foldUnit(text[i]);
  return folded;
}

function foldUnit(unit: string): string {
  if (APOSTROPHES.has(unit)) return "'";
  if (DASHES.has(unit)) return '-';
  if (/\s/.test(unit)) return ' ';
  const base = unit.normalize('NFD')[0].toLowerCase();
  return base.length === 1 ? base : unit;
}
