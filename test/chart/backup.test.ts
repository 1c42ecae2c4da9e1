/**
 * The backup and restore scripts, as the chart ships them (the ConfigMap <fullname>-backup-scripts) and with the
 * environment its CronJobs give them, run for real: pg_dump and pg_restore against a throwaway PostgreSQL holding a
 * database migrated and handed over as the migration Job leaves it, git bundle on a repository with history, the
 * retention on the volume and in a bucket (through a fake `aws` that keeps objects in a folder and records its
 * arguments). The rendered CronJobs are checked too: which containers, which Secrets, restricted Pod Security.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { ADMIN_MIGRATED } from '../support/migrated-schema';
import { startPostgres, type PostgresServer } from '../support/postgres-server';
import { restrictedViolations, type PodSpecLike } from '../support/pss';
import { all, get, one, render, type Container, type Manifest } from '../support/render';

const S3 = {
  type: 's3',
  s3: {
    endpoint: 'https://minio.example:9000',
    bucket: 'aeterna-backups',
    prefix: 'prod/aeterna/',
    region: 'eu-west-1',
    existingSecret: 'bucket-key',
  },
};

let chartDir: string;
let work: string;
let pg: PostgresServer;
let pvcRender: Manifest[];
let s3Render: Manifest[];
let scripts: string;

beforeAll(async () => {
  chartDir = await chartCopyWithStandIns({ withUnitTests: false });
  pg = startPostgres();
  work = mkdtempSync(path.join(tmpdir(), 'aeterna-backup-'));
  [pvcRender, s3Render] = await Promise.all([
    render(chartDir, { release: 'aeterna', values: { backup: { enabled: true, retention: 2 } } }),
    render(chartDir, { release: 'aeterna', values: { backup: { enabled: true, retention: 2, destination: S3 } } }),
  ]);
  // The scripts exactly as the ConfigMap holds them, in a folder like the pods' /scripts.
  scripts = path.join(work, 'scripts');
  mkdirSync(scripts);
  for (const [name, text] of Object.entries(get<Record<string, string>>(one(pvcRender, 'ConfigMap', '-backup-scripts'), 'data'))) {
    writeFileSync(path.join(scripts, name), text);
  }
});

afterAll(async () => {
  pg?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
  if (chartDir) await removeChartCopy(chartDir);
});

type PodSpec = Omit<PodSpecLike, 'containers' | 'initContainers' | 'volumes'> & {
  containers: Container[];
  initContainers?: Container[];
  volumes?: Array<Record<string, unknown>>;
};
const podSpec = (m: Manifest[], kind: string): PodSpec =>
  get<PodSpec>(one(m, 'CronJob', `-backup-${kind}`), 'spec', 'jobTemplate', 'spec', 'template', 'spec');
function container(m: Manifest[], kind: string, name: string): Container {
  const spec = podSpec(m, kind);
  const c = [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name} in the ${kind} backup`);
  return c;
}
/** The container's literal env values (secretKeyRefs left out), with `overrides` for where this machine differs. */
function envOf(c: Container, overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string> = {};
  for (const e of c.env ?? []) if (e.value !== undefined) env[e.name] = e.value;
  return { ...pg.env, ...env, ...overrides };
}
/** Runs a script of the ConfigMap the way the container's command does (`/bin/sh /scripts/<name> [args]`). */
function run(c: Container, env: NodeJS.ProcessEnv, ...args: string[]): { code: number; output: string } {
  const command = c.command as string[];
  expect(command[0]).toBe('/bin/sh');
  return runScript(path.basename(command[1]!), env, ...command.slice(2), ...args);
}
function runScript(name: string, env: NodeJS.ProcessEnv, ...args: string[]): { code: number; output: string } {
  try {
    const out = execFileSync('sh', [path.join(scripts, name), ...args], { env, stdio: 'pipe', timeout: 60_000 });
    return { code: 0, output: out.toString() };
  } catch (e) {
    const err = e as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return { code: err.status ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
/** The restore Job the docs create: the ConfigMap's restore-job.jq applied to the rendered backup CronJob. */
function restoreJob(m: Manifest[], what: 'database' | 'knowledge'): PodSpec {
  const program = path.join(scripts, 'restore-job.jq');
  const job = JSON.parse(
    execFileSync('jq', ['--arg', 'what', what, '-f', program], { input: JSON.stringify(one(m, 'CronJob', `-backup-${what}`)) }).toString(),
  ) as Manifest;
  expect([job.kind, job.metadata.name]).toEqual(['Job', `aeterna-restore-${what}`]);
  return get<PodSpec>(job, 'spec', 'template', 'spec');
}
const folder = (name: string) => {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('the rendered backup CronJobs', () => {
  it('are restricted pods that read every credential from a Secret, and the ConfigMap holds none', () => {
    for (const m of [pvcRender, s3Render]) {
      for (const kind of ['database', 'knowledge']) expect(restrictedViolations(podSpec(m, kind)), kind).toEqual([]);
    }
    const dump = container(pvcRender, 'database', 'pg-dump');
    expect(dump.env?.find((e) => e.name === 'PGUSER')?.value).toBe('postgres');
    expect(dump.env?.find((e) => e.name === 'PGPASSWORD')?.valueFrom).toEqual({
      secretKeyRef: { name: 'aeterna-aeterna-postgresql', key: 'postgres-password' },
    });
    const upload = container(s3Render, 'database', 'upload');
    expect(upload.env?.filter((e) => e.name.startsWith('AWS_') && e.valueFrom)).toEqual([
      { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'bucket-key', key: 'AWS_ACCESS_KEY_ID' } } },
      { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'bucket-key', key: 'AWS_SECRET_ACCESS_KEY' } } },
    ]);
    const configMap = JSON.stringify(one(s3Render, 'ConfigMap', '-backup-scripts'));
    expect(configMap).not.toMatch(/bucket-key|postgres-password|AKIA/);
  });

  it('write to the backup claim, or to an emptyDir that the upload container reads, and mount the repository read-only', () => {
    expect(one(pvcRender, 'PersistentVolumeClaim', '-backup').metadata.annotations?.['helm.sh/resource-policy']).toBe('keep');
    expect(podSpec(pvcRender, 'database').volumes?.find((v) => v.name === 'backup')).toEqual({
      name: 'backup',
      persistentVolumeClaim: { claimName: 'aeterna-backup' },
    });
    expect(all(s3Render, 'PersistentVolumeClaim').map((p) => p.metadata.name)).toEqual(['aeterna-data']);
    const s3Pod = podSpec(s3Render, 'knowledge');
    expect(s3Pod.initContainers?.map((c) => c.name)).toEqual(['git-bundle']);
    expect(s3Pod.containers.map((c) => c.name)).toEqual(['upload']);
    expect(s3Pod.volumes?.find((v) => v.name === 'data')).toEqual({
      name: 'data',
      persistentVolumeClaim: { claimName: 'aeterna-data', readOnly: true },
    });
    // The server's ReadWriteOnce volume can only be mounted on its node.
    expect(get(s3Pod, 'affinity', 'podAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 0, 'topologyKey')).toBe(
      'kubernetes.io/hostname',
    );
    expect(get(podSpec(s3Render, 'database'), 'affinity')).toBeUndefined();
  });

  it('render nothing while backup.enabled is false (the default)', async () => {
    const m = await render(chartDir);
    expect(m.filter((x) => x.metadata.name.includes('-backup'))).toEqual([]);
  });
});

describe('database: pg_dump, retention, pg_restore', () => {
  const source = 'bk_source';
  const user = 'aeterna';
  // Rows per table; tenant_secrets is protected by row-level security, forced on its owner.
  const DATA = `
    INSERT INTO tenants (slug) SELECT 'tenant-' || g FROM generate_series(1, 3) g;
    INSERT INTO memory_entries (tenant_id) SELECT 'tenant-' || (g % 3 + 1) FROM generate_series(1, 250) g;
    INSERT INTO _aeterna_migrations VALUES (4, 'users'), (25, 'roles');
    CREATE TABLE tenant_secrets (id serial PRIMARY KEY, tenant_id text NOT NULL, ciphertext bytea NOT NULL);
    ALTER TABLE tenant_secrets OWNER TO ${user};
    ALTER TABLE tenant_secrets ENABLE ROW LEVEL SECURITY;
    ALTER TABLE tenant_secrets FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON tenant_secrets USING (tenant_id = current_setting('aeterna.tenant', true));
    INSERT INTO tenant_secrets (tenant_id, ciphertext) SELECT 'tenant-1', gen_random_bytes(32) FROM generate_series(1, 5);
    SELECT setval('job_ids', 42);
  `;
  const TABLES = ['_aeterna_migrations', 'memory_entries', 'tenant_secrets', 'tenants'];
  const counts = (db: string) => Object.fromEntries(TABLES.map((t) => [t, Number(pg.sql(`SELECT count(*) FROM ${t}`, 'postgres', db))]));
  /** A database as the chart leaves it: created for the server's user, migrated by the admin, handed over. */
  function migratedDatabase(db: string): void {
    pg.sql(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${user}') THEN CREATE ROLE ${user} LOGIN; END IF; END $$;`);
    pg.sql(`CREATE DATABASE ${db} OWNER ${user}`);
    pg.sql(`ALTER SCHEMA public OWNER TO ${user}`, 'postgres', db);
    pg.sql(ADMIN_MIGRATED, 'postgres', db);
    const handOver = get<Container[]>(one(pvcRender, 'Job'), 'spec', 'template', 'spec', 'containers').find((c) => c.name === 'hand-over')!;
    execFileSync('bash', ['-c', (handOver.command as string[])[2]!], {
      env: { ...pg.env, PGUSER: 'postgres', PGDATABASE: db, APP_USER: user },
      stdio: 'pipe',
    });
  }
  let backups: string;
  let before: Record<string, number>;

  beforeAll(() => {
    migratedDatabase(source);
    pg.sql(DATA, 'postgres', source);
    before = counts(source);
    backups = folder('db-backups');
    // Three older dumps and a file of someone else's: retention 2 keeps the newest old one and today's.
    for (const year of [2020, 2021, 2022]) writeFileSync(path.join(backups, `aeterna-db-${year}0101T000000Z.dump`), 'old');
    writeFileSync(path.join(backups, 'notes.txt'), 'not a backup');
  });

  it('the server user alone would not see the row-level-secured rows: the backup connects as the admin', () => {
    expect(pg.sql('SELECT count(*) FROM tenant_secrets', user, source)).toBe('0');
    expect(before).toEqual({ _aeterna_migrations: 3, memory_entries: 250, tenant_secrets: 5, tenants: 3 });
  });

  it('backs up into the volume and keeps the newest backup.retention dumps', () => {
    const c = container(pvcRender, 'database', 'pg-dump');
    const r = run(c, envOf(c, { PGHOST: pg.env.PGHOST!, PGPORT: pg.env.PGPORT!, PGDATABASE: source, BACKUP_DIR: backups }));
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/^database backup: aeterna-db-\d{8}T\d{6}Z\.dump, \d+ bytes, database bk_source on /m);
    expect(r.output).toContain('retention: removed aeterna-db-20200101T000000Z.dump (keeping the newest 2)');
    const files = readdirSync(backups).sort();
    expect(files).toHaveLength(3);
    expect(files[0]).toBe('aeterna-db-20220101T000000Z.dump');
    expect(files[1]).toMatch(/^aeterna-db-20\d\d\d{4}T\d{6}Z\.dump$/);
    expect(files[2]).toBe('notes.txt');
  });

  it('restores the newest dump into an empty database: same rows per table, objects owned by the server user', () => {
    pg.sql(`CREATE DATABASE bk_empty OWNER ${user}`);
    const r = runScript('restore-database.sh', { ...pg.env, PGUSER: 'postgres', PGDATABASE: 'bk_empty', BACKUP_DIR: backups }, 'latest');
    expect(r.code, r.output).toBe(0);
    expect(counts('bk_empty')).toEqual(before);
    expect(pg.sql(`SELECT last_value FROM job_ids`, 'postgres', 'bk_empty')).toBe('42');
    // The ownership the server's wait-for-migrations init container checks before it lets the server start.
    expect(
      pg.sql(
        `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m','S') AND pg_get_userbyid(c.relowner) <> '${user}'`,
        'postgres',
        'bk_empty',
      ),
    ).toBe('0');
    console.log(`restore into an empty database, rows per table: ${JSON.stringify(counts('bk_empty'))}`);
  });

  it('the documented restore Job (restore-job.jq) restores too, and is a restricted pod, with a download step for S3', () => {
    for (const m of [pvcRender, s3Render]) {
      for (const what of ['database', 'knowledge'] as const) expect(restrictedViolations(restoreJob(m, what)), what).toEqual([]);
    }
    const s3Job = restoreJob(s3Render, 'knowledge');
    expect(s3Job.initContainers?.map((c) => [c.name, c.command])).toEqual([
      ['download', ['/bin/sh', '/scripts/download-s3.sh', 'aeterna-knowledge-', 'latest']],
    ]);
    expect(s3Job.volumes?.find((v) => v.name === 'data')).toEqual({ name: 'data', persistentVolumeClaim: { claimName: 'aeterna-data' } });
    expect(get(s3Job, 'affinity')).toBeUndefined();
    const restore = restoreJob(pvcRender, 'database').containers[0]!;
    expect(restore.command).toEqual(['/bin/sh', '/scripts/restore-database.sh', 'latest']);
    pg.sql(`CREATE DATABASE bk_job OWNER ${user}`);
    const r = run(restore, envOf(restore, { PGHOST: pg.env.PGHOST!, PGPORT: pg.env.PGPORT!, PGDATABASE: 'bk_job', BACKUP_DIR: backups }));
    expect(r.code, r.output).toBe(0);
    expect(counts('bk_job')).toEqual(before);
  });

  it('restores over a database the chart has just migrated (install first, then restore)', () => {
    migratedDatabase('bk_fresh');
    const latest = readdirSync(backups)
      .filter((f) => f.startsWith('aeterna-db-'))
      .sort()
      .at(-1)!;
    const r = runScript('restore-database.sh', { ...pg.env, PGUSER: 'postgres', PGDATABASE: 'bk_fresh', BACKUP_DIR: backups }, latest);
    expect(r.code, r.output).toBe(0);
    expect(counts('bk_fresh')).toEqual(before);
  });

  it('a damaged dump fails the restore and changes nothing (one transaction)', () => {
    migratedDatabase('bk_damaged');
    const good = readFileSync(
      path.join(
        backups,
        readdirSync(backups)
          .filter((f) => f.startsWith('aeterna-db-'))
          .sort()
          .at(-1)!,
      ),
    );
    const damaged = path.join(folder('damaged'), 'aeterna-db-20300101T000000Z.dump');
    writeFileSync(damaged, good.subarray(0, Math.floor(good.length * 0.6)));
    const r = runScript('restore-database.sh', { ...pg.env, PGUSER: 'postgres', PGDATABASE: 'bk_damaged' }, damaged);
    expect(r.code).not.toBe(0);
    // As migrated, untouched: no rows, and not even the table the dump would have created.
    expect(pg.sql('SELECT count(*) FROM _aeterna_migrations', 'postgres', 'bk_damaged')).toBe('1');
    expect(pg.sql('SELECT count(*) FROM memory_entries', 'postgres', 'bk_damaged')).toBe('0');
    expect(pg.sql(`SELECT to_regclass('public.tenant_secrets') IS NULL`, 'postgres', 'bk_damaged')).toBe('t');
  });
});

describe('knowledge repository: git bundle, retention, restore', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      stdio: 'pipe',
    })
      .toString()
      .trim();
  let repo: string;
  let backups: string;

  beforeAll(() => {
    repo = path.join(folder('data'), 'knowledge-repo');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    for (let i = 1; i <= 6; i++) {
      writeFileSync(path.join(repo, `policy-${i}.md`), `# Policy ${i}\n`);
      git(repo, 'add', '.');
      git(repo, 'commit', '-qm', `policy ${i}`);
    }
    git(repo, 'tag', 'v1');
    git(repo, 'checkout', '-qb', 'proposal');
    for (let i = 1; i <= 3; i++) {
      writeFileSync(path.join(repo, `draft-${i}.md`), `draft ${i}\n`);
      git(repo, 'add', '.');
      git(repo, 'commit', '-qm', `draft ${i}`);
    }
    git(repo, 'checkout', '-q', 'main');
    backups = folder('knowledge-backups');
    for (const year of [2020, 2021]) writeFileSync(path.join(backups, `aeterna-knowledge-${year}0101T000000Z.bundle`), 'old');
  });

  it('bundles every branch and tag into the volume and keeps the newest backup.retention bundles', () => {
    const c = container(pvcRender, 'knowledge', 'git-bundle');
    expect(c.env?.find((e) => e.name === 'KNOWLEDGE_REPO')?.value).toBe('/data/knowledge-repo');
    const r = run(c, envOf(c, { KNOWLEDGE_REPO: repo, BACKUP_DIR: backups }));
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/^knowledge backup: aeterna-knowledge-\d{8}T\d{6}Z\.bundle, 9 commits, \d+ bytes$/m);
    const files = readdirSync(backups).sort();
    expect(files).toEqual([
      'aeterna-knowledge-20210101T000000Z.bundle',
      expect.stringMatching(/^aeterna-knowledge-20\d{6}T\d{6}Z\.bundle$/),
    ]);
  });

  it('restores the newest bundle: same commits, branches, tags and HEAD, and keeps the repository it replaces', () => {
    const target = path.join(folder('restored-data'), 'knowledge-repo');
    mkdirSync(target);
    writeFileSync(path.join(target, 'stale.md'), 'what was there before');
    const r = runScript('restore-knowledge.sh', { ...process.env, KNOWLEDGE_REPO: target, BACKUP_DIR: backups }, 'latest');
    expect(r.code, r.output).toBe(0);
    const facts = (dir: string) => ({
      commits: git(dir, 'rev-list', '--all', '--count'),
      head: git(dir, 'rev-parse', 'HEAD'),
      branch: git(dir, 'symbolic-ref', '--short', 'HEAD'),
      refs: git(dir, 'for-each-ref', '--format=%(refname) %(objectname)'),
      files: readdirSync(dir)
        .filter((f) => f !== '.git')
        .sort(),
      remotes: git(dir, 'remote'),
    });
    expect(facts(target)).toEqual(facts(repo));
    expect(facts(target).commits).toBe('9');
    expect(git(target, 'status', '--porcelain')).toBe('');
    const aside = readdirSync(path.dirname(target)).filter((f) => f.startsWith('knowledge-repo.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(readdirSync(path.join(path.dirname(target), aside[0]!))).toEqual(['stale.md']);
    console.log(`knowledge restore: ${facts(target).commits} commits, HEAD ${facts(target).head} on ${facts(target).branch}`);
  });

  it('an empty repository is skipped, a missing one fails with the reason', () => {
    const c = container(pvcRender, 'knowledge', 'git-bundle');
    const empty = folder('empty-repo');
    git(empty, 'init', '-q');
    expect(run(c, envOf(c, { KNOWLEDGE_REPO: empty, BACKUP_DIR: folder('unused') })).output).toContain(
      'has no commit yet, nothing to back up',
    );
    const missing = run(c, envOf(c, { KNOWLEDGE_REPO: path.join(work, 'nowhere'), BACKUP_DIR: folder('unused') }));
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('is not a git repository (has the server started once?)');
  });
});

describe('S3: the dump is uploaded with the AWS CLI and the bucket pruned to backup.retention', () => {
  /** A fake `aws`: keeps objects under $FAKE_S3/<bucket>/<key> and appends its arguments to $FAKE_S3/calls. */
  const FAKE_AWS = `#!/bin/sh
printf '%s\\n' "$*" >> "$FAKE_S3/calls"
[ "$1" = --endpoint-url ] && shift 2
case "$1 $2" in
  "s3 cp") shift 2; [ "$1" = --only-show-errors ] && shift
    dest=\${2#s3://}; mkdir -p "$FAKE_S3/$(dirname "$dest")"; cp "$1" "$FAKE_S3/$dest" ;;
  "s3api list-objects-v2") bucket=$4 prefix=$6
    keys=$(cd "$FAKE_S3/$bucket" && find . -type f | sed 's|^\\./||' | grep "^$prefix" | sort | tr '\\n' '\\t' | sed 's/\\t$//')
    if [ -n "$keys" ]; then printf '%s\\n' "$keys"; else echo None; fi ;;
  "s3api delete-object") rm -f "$FAKE_S3/$4/$6" ;;
  *) echo "fake aws: unexpected $*" >&2; exit 2 ;;
esac
`;
  it('uploads under the prefix, through the endpoint, and deletes the oldest objects beyond the retention', () => {
    const bin = folder('fake-bin');
    writeFileSync(path.join(bin, 'aws'), FAKE_AWS);
    chmodSync(path.join(bin, 'aws'), 0o755);
    const fakeS3 = folder('fake-s3');
    const bucket = path.join(fakeS3, 'aeterna-backups', 'prod', 'aeterna');
    mkdirSync(bucket, { recursive: true });
    for (const year of [2020, 2021, 2022]) writeFileSync(path.join(bucket, `aeterna-db-${year}0101T000000Z.dump`), 'old');
    writeFileSync(path.join(bucket, 'aeterna-knowledge-20200101T000000Z.bundle'), 'old');

    const staging = folder('staging');
    const dump = container(s3Render, 'database', 'pg-dump');
    const dumped = run(dump, envOf(dump, { PGHOST: pg.env.PGHOST!, PGPORT: pg.env.PGPORT!, PGDATABASE: 'bk_source', BACKUP_DIR: staging }));
    expect(dumped.code, dumped.output).toBe(0);
    expect(dumped.output).not.toContain('retention'); // the staging emptyDir is not pruned
    const name = readdirSync(staging)[0]!;

    const upload = container(s3Render, 'database', 'upload');
    const r = run(upload, envOf(upload, { BACKUP_DIR: staging, FAKE_S3: fakeS3, PATH: `${bin}:${process.env.PATH}` }));
    expect(r.code, r.output).toBe(0);
    const calls = readFileSync(path.join(fakeS3, 'calls'), 'utf8').trim().split('\n');
    const endpoint = '--endpoint-url https://minio.example:9000';
    expect(calls).toEqual([
      `${endpoint} s3 cp --only-show-errors ${staging}/${name} s3://aeterna-backups/prod/aeterna/${name}`,
      `${endpoint} s3api list-objects-v2 --bucket aeterna-backups --prefix prod/aeterna/aeterna-db- --query Contents[].Key --output text`,
      `${endpoint} s3api delete-object --bucket aeterna-backups --key prod/aeterna/aeterna-db-20210101T000000Z.dump`,
      `${endpoint} s3api delete-object --bucket aeterna-backups --key prod/aeterna/aeterna-db-20200101T000000Z.dump`,
      `${endpoint} s3api list-objects-v2 --bucket aeterna-backups --prefix prod/aeterna/aeterna-knowledge- --query Contents[].Key --output text`,
    ]);
    expect(readdirSync(bucket).sort()).toEqual(
      ['aeterna-db-20220101T000000Z.dump', 'aeterna-knowledge-20200101T000000Z.bundle', name].sort(),
    );
    expect(readFileSync(path.join(bucket, name))).toEqual(readFileSync(path.join(staging, name)));
    expect(upload.env?.find((e) => e.name === 'AWS_REGION')?.value).toBe('eu-west-1');
  });
});
