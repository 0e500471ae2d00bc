import { fileTypeFromBuffer } from 'file-type';

// What an uploaded file really is, read from its bytes, and whether its name agrees.
// A file whose name claims one type and whose bytes say another is refused: an HTML page
// named report.pdf would otherwise be served to a colleague as a "PDF".
export const allowedTypes = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'text/plain': ['txt', 'text'],
} as const satisfies Record<string, readonly string[]>;

export type AllowedMime = keyof typeof allowedTypes;

export type Detected = { ok: true; mime: AllowedMime } | { ok: false; message: string };

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Plain text: valid UTF-8 with no NUL bytes and no markup at the start. */
function isPlainText(bytes: Uint8Array) {
  if (bytes.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    return !/^\s*<(?:!doctype|html|script|svg|\?xml)/i.test(text);
  } catch {
    return false;
  }
}

export async function detectFileType(name: string, bytes: Uint8Array): Promise<Detected> {
  const ext = extensionOf(name);
  const sniffed = await fileTypeFromBuffer(bytes);
  const mime = (sniffed?.mime ?? (isPlainText(bytes) ? 'text/plain' : null)) as string | null;
  if (!mime || !(mime in allowedTypes)) {
    return { ok: false, message: 'Upload a PDF, PNG, JPEG, WebP or plain-text file; this file is none of those.' };
  }
  const allowedExt: readonly string[] = allowedTypes[mime as AllowedMime];
  if (!allowedExt.includes(ext)) {
    return {
      ok: false,
      message: `The file is named .${ext || '(none)'} but its contents are ${mime}. Rename it or upload the right file.`,
    };
  }
  return { ok: true, mime: mime as AllowedMime };
}
