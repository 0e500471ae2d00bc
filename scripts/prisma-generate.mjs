// Runs `prisma generate` without letting the CLI download its native schema engine,
// which these machines cannot reach. Generate never runs the engine, so any existing
// file satisfies the check (docs/decisions/002-migrations-without-the-native-engine.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
