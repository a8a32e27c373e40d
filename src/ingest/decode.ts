export type Decoded = { text: string } | { reason: string };

/** Bytes to text, refusing what is not UTF-8 text. The decoder drops a leading BOM. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.includes(0)) return { reason: 'binary content (NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8' };
  }
  return text.trim() === '' ? { reason: 'empty file' } : { text };
}
