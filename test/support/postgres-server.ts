/**
 * A throwaway PostgreSQL server (Debian's `postgresql` package, installed by scripts/setup/setup-tools.sh) on a Unix
 * socket in a temporary folder: no TCP port, trust authentication, removed by stop(). For testing the SQL and the
 * shell scripts the chart runs against PostgreSQL (migration Job, wait-for-migrations) for real.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PostgresServer {
  /** libpq environment to reach it: PGHOST (the socket folder), PGPORT, and PATH with its client tools. */
  env: NodeJS.ProcessEnv;
  /** Runs SQL through psql as `user` in `database`; throws with psql's error. */
  sql(sqlText: string, user?: string, database?: string): string;
  stop(): void;
}

/** The newest installed PostgreSQL's bin folder. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error('PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb). Run: npm run setup:tools');
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0]!, 'bin');
}

export function startPostgres(): PostgresServer {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'aeterna-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const port = String(40000 + Math.floor(Math.random() * 20000));
  // PostgreSQL refuses to run as root: run it as the `postgres` user the Debian package creates.
  const asPostgres = process.getuid?.() === 0 ? (['runuser', ['-u', 'postgres', '--']] as const) : null;
  const run = (cmd: string, args: string[]) =>
    asPostgres
      ? execFileSync(asPostgres[0], [...asPostgres[1], cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=''`,
    'start',
  ]);
  const env = { ...process.env, PGHOST: dir, PGPORT: port, PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir };
  return {
    env,
    sql(sqlText, user = 'postgres', database = 'postgres') {
      return execFileSync(path.join(bin, 'psql'), ['-XtAq', '-v', 'ON_ERROR_STOP=1', '-U', user, '-d', database], {
        env,
        input: sqlText,
        stdio: 'pipe',
      })
        .toString()
        .trim();
    },
    stop() {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
