/** Bench child scripts print their result on one stdout line that starts with this; logs may surround it. */
export const RESULT = 'BENCH-RESULT ';
