import type { SqlSession } from '@/lib/db/migrations';

// Bulk inserts for the benchmark data: one statement per batch and table, each column sent
// as one array parameter and unnested on the server, so a batch of thousands of rows costs
// one round trip and one parse on either engine (Prisma's createMany through a driver
// adapter took minutes for the full set). Column types are read from the catalogue, so
// rows are plain objects keyed by column name.

export type Row = Record<string, string | number | boolean | Date | object | null | undefined>;
export type Insert = (table: string, rows: Row[]) => Promise<void>;

export function bulkInserter(session: SqlSession): Insert {
  const types = new Map<string, Map<string, string>>();
  const columnTypes = async (table: string) => {
    let found = types.get(table);
    if (!found) {
      const rows = await session.query<{ column_name: string; udt_name: string }>(
        `SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [table],
      );
      found = new Map(rows.map((r) => [r.column_name, r.udt_name]));
      types.set(table, found);
    }
    return found;
  };
  return async (table, rows) => {
    if (rows.length === 0) return;
    const known = await columnTypes(table);
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const params = columns.map((column) => {
      const type = known.get(column);
      if (!type) throw new Error(`${table} has no column ${column}`);
      return rows.map((row) => text(row[column]));
    });
    const select = columns.map((column, i) => `c${i}::"${known.get(column)}"`).join(', ');
    const names = columns.map((column) => `"${column}"`).join(', ');
    const args = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
    const aliases = columns.map((_, i) => `c${i}`).join(', ');
    await session.query(
      `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${args}) AS t(${aliases})`,
      params,
    );
  };
}

function text(value: Row[string]): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
