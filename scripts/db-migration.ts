// npm run db:migration -- <name>: a new migration from prisma/schema.prisma, generated
// offline by Prisma's own schema engine (WebAssembly build). Never hand-write the SQL.
import path from 'node:path';
import { createMigration } from '../lib/db/schema-engine';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration -- <name>   (lower case, digits and underscores)');
  process.exit(2);
}

const folder = await createMigration(name);
if (folder) console.log(`Created ${path.relative(process.cwd(), folder)}/migration.sql`);
else console.log('schema.prisma and the migrations agree: nothing to create.');
