import { convert } from 'html-to-text';

// HTML reduced to the text a reader sees. Run in a worker thread (off-thread.ts): the
// converter recurses into nested elements and formats tables in time that grows faster
// than the file, so a hostile file must neither stall the server nor crash the request.

/** Elements whose content a reader never sees as article text. */
const hidden = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'head'];

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      ...hidden.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}
