/**
 * The migration Job's and the server's PostgreSQL scripts, as the chart renders them, run for real against a
 * throwaway PostgreSQL: `prepare` creates the role migration 025 needs, `hand-over` gives the server's user the
 * objects the admin created (which `serve` must own to alter them at boot), and `wait-for-migrations` holds the
 * server until then. The database is set up as Bitnami's PostgreSQL sets it up (the user owns the database and
 * schema public), and the admin's objects are of the kinds the server's migrations create.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { ADMIN_MIGRATED } from '../support/migrated-schema';
import { startPostgres, type PostgresServer } from '../support/postgres-server';
import { get, one, render, type Container, type Manifest } from '../support/render';

let dir: string;
let pg: PostgresServer;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
  pg = startPostgres();
});
afterAll(async () => {
  pg?.stop();
  if (dir) await removeChartCopy(dir);
});

type Spec = { containers: Container[]; initContainers?: Container[] };
function script(m: Manifest[], kind: 'Job' | 'Deployment', name: string): string {
  const spec = get<Spec>(one(m, kind), 'spec', 'template', 'spec');
  const c = [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name} in the ${kind}`);
  return (c.command as string[])[2]!;
}

/** Runs a rendered script with bash and the given libpq environment; returns its exit code and output. */
function runScript(text: string, env: NodeJS.ProcessEnv): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync('bash', ['-c', text], { env, stdio: 'pipe', timeout: 60_000 }).toString() };
  } catch (e) {
    const err = e as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return { code: err.status ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** What `serve` does at boot and that only an owner may do (storage/src/postgres.rs initialize_schema). */
const SERVE_AT_BOOT = `
ALTER TABLE tenants ADD COLUMN IF NOT EXISTS legal_entity_name TEXT;
ALTER TABLE memory_entries ADD COLUMN IF NOT EXISTS device_id TEXT;
CREATE OR REPLACE FUNCTION get_effective_governance_config(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 1';
CREATE OR REPLACE VIEW tenant_slugs AS SELECT slug FROM tenants;
SELECT nextval('job_ids');
`;

describe.each([
  { label: 'bundled PostgreSQL, server user aeterna', user: 'aeterna', values: { waitForDependencies: { timeoutSeconds: 3 } } },
  {
    label: 'external PostgreSQL, server user svc (no role named aeterna yet)',
    user: 'svc',
    values: {
      waitForDependencies: { timeoutSeconds: 3 },
      postgresql: { enabled: false },
      externalPostgresql: { host: 'pg.example.internal', username: 'svc', existingSecret: 'pg', admin: { existingSecret: 'pg-admin' } },
    },
  },
])('$label', ({ user, values }) => {
  const db = `db_${user}`;
  let m: Manifest[];
  // The scripts read PGHOST, PGPORT and the user from their container's env; here the test server's socket.
  const env = (pgUser: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...pg.env,
    PGUSER: pgUser,
    PGDATABASE: db,
    ...extra,
  });

  beforeEach(async () => {
    m = await render(dir, { values });
    pg.sql(`DROP DATABASE IF EXISTS ${db}`);
    pg.sql(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${user}') THEN CREATE ROLE ${user} LOGIN; END IF; END $$;`);
    // As Bitnami's image does for its custom user: the user owns the database and schema public.
    pg.sql(`CREATE DATABASE ${db} OWNER ${user}`);
    pg.sql(`ALTER SCHEMA public OWNER TO ${user}`, 'postgres', db);
    pg.sql(ADMIN_MIGRATED, 'postgres', db);
  });

  it('the server waits while the admin owns the schema, and starts once the Job has handed it over', () => {
    const wait = script(m, 'Deployment', 'wait-for-migrations');
    const before = runScript(wait, env(user));
    expect(before.code).toBe(1);
    expect(before.output).toContain('the database migrations have not finished');
    expect(() => pg.sql(SERVE_AT_BOOT, user, db)).toThrow(/must be owner/);

    const prepare = runScript(script(m, 'Job', 'prepare'), env('postgres'));
    expect(prepare.code, prepare.output).toBe(0);
    const handOver = runScript(script(m, 'Job', 'hand-over'), env('postgres', { APP_USER: user }));
    expect(handOver.code, handOver.output).toBe(0);

    expect(runScript(wait, env(user)).code).toBe(0);
    expect(() => pg.sql(SERVE_AT_BOOT, user, db)).not.toThrow();
    expect(
      pg.sql(
        `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> '${user}'`,
        'postgres',
        db,
      ),
    ).toBe('0');
  });

  it('prepare creates the role named aeterna that migration 025 grants default privileges for', () => {
    // With another server user, start from a server that has no role named aeterna at all.
    if (user !== 'aeterna') {
      pg.sql('DROP DATABASE IF EXISTS db_aeterna');
      pg.sql('DROP ROLE IF EXISTS aeterna');
      expect(pg.sql(`SELECT count(*) FROM pg_roles WHERE rolname = 'aeterna'`)).toBe('0');
    }
    expect(runScript(script(m, 'Job', 'prepare'), env('postgres')).code).toBe(0);
    expect(pg.sql(`SELECT rolname FROM pg_roles WHERE rolname = 'aeterna'`)).toBe('aeterna');
    // Migration 025's statement, which fails without the role.
    expect(() =>
      pg.sql('ALTER DEFAULT PRIVILEGES FOR ROLE aeterna IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC', 'postgres', db),
    ).not.toThrow();
  });
});
