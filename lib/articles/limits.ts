/** 1 MB of text: the server action's body limit (1 MiB) leaves room for the other fields. */
export const MAX_BODY_BYTES = 1_000_000;
