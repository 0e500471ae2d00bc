// Lists of things found in a text, kept in text order and searched by offset. A lookup is a
// binary search, so reading an article stays linear however many names it holds.

export type Positioned = { at: number };

/** The index of the first entry at or after `at` (the list's length if none). */
export function firstFrom(list: readonly Positioned[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
