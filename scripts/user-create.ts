// npm run user:create -- --email a@b.org --role admin [--name "A. Person"]
// Reads the password from a prompt (typed twice, not shown) or from standard input,
// never from the command line, where other users of the machine could see it.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { migrationStatus } from '@/lib/db/migrations';
import { runScript } from '@/lib/db/open';
import { isAppError } from '@/lib/errors';
import { createUserAsOperator } from '@/lib/users/operator';

const usage = 'Usage: npm run user:create -- --email a@b.org --role admin|editor|reviewer [--name "Full Name"]';

let args: { email?: string; role?: string; name?: string };
try {
  args = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (!args.email || !args.role) {
  console.error(usage);
  process.exit(2);
}

const password = process.stdin.isTTY ? await promptTwice() : await readStdin();

await runScript('user:create', async ({ db, target }) => {
  const { pending } = await migrationStatus(target);
  if (pending.length) throw new Error('the database is not migrated yet; run `npm run db:migrate` first.');
  try {
    const user = await createUserAsOperator(db, {
      email: args.email!,
      role: args.role!,
      name: args.name ?? args.email!.split('@')[0]!,
      password,
    });
    console.log(`user:create: created ${user.role} ${user.email}.`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fields = Object.entries(error.fieldErrors ?? {}).map(([field, message]) => `${field}: ${message}`);
    throw new Error(fields.length ? fields.join('; ') : error.userMessage);
  }
});

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

function ask(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing of what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith(question)) process.stdout.write(question);
  };
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function promptTwice(): Promise<string> {
  const first = await ask('Password (at least 12 characters): ');
  const second = await ask('Password again: ');
  if (first !== second) {
    console.error('user:create: the two passwords differ; nothing was created.');
    process.exit(1);
  }
  return first;
}
