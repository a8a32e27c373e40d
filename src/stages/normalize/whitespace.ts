const NON_BREAKING_SPACES = /[\u00A0\u2007\u202F]/g;

/**
 * Unifies line ends and spaces, trims lines and keeps at most one blank line between paragraphs.
 * Only whitespace changes: later stages match accents, apostrophes and quotes as written.
 */
export function normalizeWhitespace(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(NON_BREAKING_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim());
  return collapseBlankLines(lines).join('\n');
}

/** Drops leading, trailing and repeated blank lines. */
export function collapseBlankLines(lines: string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}

/** Collapses every whitespace run to one space, for comparing paragraphs. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
