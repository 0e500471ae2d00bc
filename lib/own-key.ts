/**
 * The entry of `record` that an untrusted value (a form field, a query parameter) names,
 * or undefined. Only the record's own keys count: "constructor", "__proto__" and
 * "toString" name things every object inherits, not entries of the record.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
}
