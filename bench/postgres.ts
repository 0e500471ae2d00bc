import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// A private PostgreSQL cluster for the benchmark, like the one .ci/run starts: Debian's
// server binaries, a data folder of our own, 127.0.0.1 only, stopped at the end. Returns
// null when PostgreSQL is not installed. As root, the server runs as the postgres user.
export async function startPrivateCluster(folder: string, port = 54390) {
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql') : [];
  const bin = versions
    .map((v) => path.join('/usr/lib/postgresql', v, 'bin'))
    .filter((b) => fs.existsSync(path.join(b, 'initdb')))
    .sort()
    .at(-1);
  if (!bin) return null;
  const root = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, all] = root
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]]
      : [path.join(bin, command), args];
    const result = spawnSync(file, all, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  if (root) spawnSync('chown', ['postgres', folder]);
  const data = path.join(folder, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(folder, 'log'),
    '-w',
    '-o',
    `-h 127.0.0.1 -p ${port} -k ${folder}`,
    'start',
  ]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
