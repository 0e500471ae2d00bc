/** A URL slug: lower-case ASCII words joined by hyphens, at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, max).replace(/-[^-]*$/, '');
  return (slug.length > max ? cut || slug.slice(0, max) : slug) || 'item';
}
