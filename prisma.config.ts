import { defineConfig } from 'prisma/config';

// NOTE: `env()` from prisma/config throws when the variable is unset, and most of our
// commands (generate, the offline migration tools) need no database at all.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/claim_tracker' },
});
