/** Only a path on this site, never another origin (`//evil.example` or `https://…`). */
export function safeCallbackUrl(value: unknown, fallback = '/review'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback;
  }
  return value;
}
