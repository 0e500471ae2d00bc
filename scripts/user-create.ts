// npm run user:create -- --email a@b.org --role admin [--name "A. Person"]
// Reads the password from a prompt (typed twice, not shown) or from standard input (one
// line, optionally the same line again as the confirmation, as a script answering the
// prompt would send it), never from the command line, where other users of the machine
// could see it.
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

const password = process.stdin.isTTY ? await promptTwice() : passwordFromLines(await readStdin());

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
  return text;
}

/** The password from piped input: its first line, and if there is a second, it must repeat the first. */
function passwordFromLines(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop(); // the newline that ends the last line
  const [first = '', second, ...more] = lines;
  if (more.length) fail('expected the password on one line, optionally repeated on the next; nothing was created.');
  if (second !== undefined && second !== first) fail('the two passwords differ; nothing was created.');
  return first;
}

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(1);
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
  if (first !== second) fail('the two passwords differ; nothing was created.');
  return first;
}
