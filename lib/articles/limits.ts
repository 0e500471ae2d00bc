/** 1 MB of text: the server action's body limit (1 MiB) leaves room for the other fields. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * How long claim detection may take on one article before its worker is stopped. Detection
 * is linear in the text (1 MB of news in about a second); this only catches the unforeseen.
 */
export const DETECTION_TIMEOUT_MS = 30_000;

/** How long reading an uploaded HTML file may take (a long article takes well under a second). */
export const HTML_TIMEOUT_MS = 15_000;
