/**
 * A case-insensitive "contains" filter for Prisma that matches the text literally: Prisma
 * hands `contains` to ILIKE as it is, so a search for "40%" or "north_east" would treat
 * % and _ as wildcards (and "%" alone would match everything).
 */
export function containsText(text: string) {
  return { contains: text.replace(/[\\%_]/g, (c) => `\\${c}`), mode: 'insensitive' as const };
}
