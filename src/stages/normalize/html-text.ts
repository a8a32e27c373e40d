/** Elements that start a new paragraph; inline elements only add their text. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The visible text of a node, one paragraph per block element, paragraphs separated by a blank line. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        current += child.textContent ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_ELEMENTS.has(tag)) continue;
        const isBlock = BLOCK_ELEMENTS.has(tag);
        if (isBlock) endParagraph();
        visit(child);
        if (isBlock) endParagraph();
      }
    }
  };
  visit(root);
  endParagraph();
  return paragraphs.join('\n\n');
}
