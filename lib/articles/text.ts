import { convert } from 'html-to-text';
import { AppError } from '@/lib/errors';
import { MAX_BODY_BYTES } from './limits';

// An article body is plain text, stored verbatim: every claim span is a pair of offsets
// into it. HTML is reduced to its text here and never rendered.

export const allowedExtensions = ['.txt', '.md', '.html', '.htm'] as const;

const tooLarge = (what: string, bytes: number) =>
  new AppError('too_large', {
    userMessage: `${what} is ${megabytes(bytes)}; articles can be at most 1 MB of text. Import a shorter text.`,
    fieldErrors: { body: 'At most 1 MB of text.' },
  });

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const refuse = (field: string, message: string) =>
  new AppError('invalid_input', { userMessage: message, fieldErrors: { [field]: message } });

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

/**
 * Browsers send a textarea's line breaks as CRLF and the HTML parser turns CR into LF when
 * the page is rendered, so line breaks are stored as LF: offsets then match what is shown.
 */
function normalize(text: string) {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export type Upload = { name: string; bytes: Uint8Array };

/** The article text from an upload (.txt, .md, .html) or a paste, or a refusal saying why. */
export function articleText({ pasted, file }: { pasted?: string; file?: Upload | null }): string {
  const text = pasted ?? '';
  if (file && text.trim()) throw refuse('body', 'Paste the text or choose a file, not both.');
  let body = text;
  if (file) {
    const name = file.name.toLowerCase();
    if (!allowedExtensions.some((ext) => name.endsWith(ext))) {
      throw refuse('file', 'Choose a .txt, .md or .html file.');
    }
    if (file.bytes.byteLength > MAX_BODY_BYTES) throw tooLarge('The file', file.bytes.byteLength);
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      decoded = '\0';
    }
    if (decoded.includes('\0')) {
      throw refuse('file', 'This file is not text (it holds binary data). Choose a UTF-8 text, Markdown or HTML file.');
    }
    body = /\.html?$/.test(name) ? htmlToText(decoded) : decoded;
  } else if (text.includes('\0')) {
    throw refuse('body', 'The text holds binary data (NUL characters). Paste plain text.');
  }
  body = normalize(body);
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES) throw tooLarge('The text', bytes);
  if (!body.trim()) {
    throw refuse(
      file ? 'file' : 'body',
      file ? 'The file has no text in it.' : 'Paste the article text or choose a file.',
    );
  }
  return body;
}
