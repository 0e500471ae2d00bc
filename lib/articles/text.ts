import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { HTML_TIMEOUT_MS, MAX_BODY_BYTES } from './limits';
import { htmlToTextOffThread, OffThreadFailed } from './off-thread';

// An article body is plain text, stored verbatim: every claim span is a pair of offsets
// into it. HTML is reduced to its text here and never rendered.

export const allowedExtensions = ['.txt', '.md', '.html', '.htm'] as const;

const tooLarge = (what: string, bytes: number) =>
  new AppError('too_large', {
    userMessage: `${what} is ${megabytes(bytes)}; articles can be at most 1 MB of text. Import a shorter text.`,
    fieldErrors: { body: 'At most 1 MB of text.' },
  });

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const refuse = (field: string, message: string) => AppError.fields({ [field]: message }, message);

/**
 * Browsers send a textarea's line breaks as CRLF and the HTML parser turns CR into LF when
 * the page is rendered, so line breaks are stored as LF: offsets then match what is shown.
 */
function normalize(text: string) {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export type Upload = { name: string; bytes: Uint8Array };

/** The article text from an upload (.txt, .md, .html) or a paste, or a refusal saying why. */
export async function articleText({ pasted, file }: { pasted?: string; file?: Upload | null }): Promise<string> {
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
    body = /\.html?$/.test(name) ? await readHtml(decoded) : decoded;
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

async function readHtml(html: string): Promise<string> {
  try {
    return await htmlToTextOffThread(html, { timeoutMs: HTML_TIMEOUT_MS });
  } catch (error) {
    if (!(error instanceof OffThreadFailed)) throw error;
    log.warn({ err: error, length: html.length }, 'an uploaded HTML file could not be read');
    throw refuse(
      'file',
      'This HTML file could not be read: it is nested too deeply or too large to convert. Save the article as plain text (.txt) and upload that.',
    );
  }
}
