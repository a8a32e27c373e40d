/** Why a piece of the input was dropped; kept on the document so a reader can audit normalisation. */
export type RemovalKind =
  | 'crawl-line'
  | 'cookie-banner'
  | 'comment-prompt'
  | 'navigation'
  | 'duplicate-paragraph'
  | 'repeated-lead';

export interface Removal {
  kind: RemovalKind;
  text: string;
}

/** Lines of text (blank lines are '') and what was removed to get them. */
export interface Cleaned {
  lines: string[];
  removed: Removal[];
}
