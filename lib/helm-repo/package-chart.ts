import { cp, mkdtemp, readdir, readFile, rm, mkdir, copyFile, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { run } from '@/lib/tools/run';
import type { SigningKey } from './signing';

/**
 * Helm 4 writes file modification times into the archive. A fresh clone stamps every file with the checkout
 * time, so without this the same chart would package to other bytes on every machine, and a republished
 * version would look changed. SOURCE_DATE_EPOCH (the reproducible-builds convention) overrides the default.
 */
function sourceDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date('2025-01-01T00:00:00Z');
}

async function setAllTimes(dir: string, when: Date): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    await utimes(path.join(entry.parentPath, entry.name), when, when);
  }
  await utimes(dir, when, when);
}

/** The archive `helm package` wrote, from its "Successfully packaged chart and saved it to: <path>" line. */
export function packagedArchivePath(stdout: string): string {
  const m = /saved it to: (.+\.tgz)/.exec(stdout);
  if (!m?.[1]) throw new Error(`helm package did not report an archive:\n${stdout}`);
  return m[1].trim();
}

/** Raised when the subcharts named in Chart.lock cannot be fetched; its message says why and how to fix it. */
export class SubchartsUnavailableError extends Error {
  constructor(detail: string) {
    super(
      [
        'The chart could not be packaged: its subcharts (Bitnami redis and postgresql, qdrant) could not be fetched',
        'with `helm dependency build`, and helm refuses a chart whose Chart.yaml dependencies are missing from charts/,',
        'even disabled ones. The site is still served; /charts lists only versions packaged before.',
        'Fix: run `npm run helm-repo` where registry-1.docker.io and qdrant.github.io are reachable, or set',
        'AETERNA_SUBCHARTS_DIR to a folder holding the subchart archives named in Chart.lock.',
        `helm said: ${detail.trim()}`,
      ].join('\n'),
    );
    this.name = 'SubchartsUnavailableError';
  }
}

export interface PackageOptions {
  helm: string;
  chartDir: string;
  outDir: string;
  /** Folder of subchart .tgz files to use instead of `helm dependency build` (offline builds, tests). */
  subchartsDir?: string;
  /** Sign with Helm's own signing (`helm package --sign`): the archive gets its `.prov` file next to it. */
  signing?: SigningKey;
  /** Where the public key is published, for the chart's `artifacthub.io/signKey` annotation. */
  publicKeyUrl?: string;
  /** Where the site is published (https://host[/base]): the packaged chart's icon and documentation links point there. */
  siteUrl?: string;
}

/**
 * The icon and the documentation links of the packaged chart, which Artifact Hub shows. They can only point at the
 * site this chart is published with, whose address is known when packaging (the upstream project's repository has
 * neither the icon nor the upgrade notes), so Chart.yaml carries none and the package gets them here.
 */
async function annotateSite(chartYamlPath: string, siteUrl: string): Promise<void> {
  const site = siteUrl.replace(/\/+$/, '');
  const doc = parseDocument(await readFile(chartYamlPath, 'utf8'));
  doc.set('icon', `${site}/icon.svg`);
  const links = (parse(String(doc.getIn(['annotations', 'artifacthub.io/links']) ?? '[]')) ?? []) as Array<{ name: string; url: string }>;
  const ours = [
    { name: 'Documentation', url: `${site}/docs` },
    { name: 'Upgrade notes', url: `${site}/docs/upgrading` },
    { name: 'Values reference', url: `${site}/reference` },
  ];
  const kept = links.filter((l) => !ours.some((o) => o.name === l.name));
  doc.setIn(['annotations', 'artifacthub.io/links'], stringify([...kept, ...ours]));
  await writeFile(chartYamlPath, doc.toString());
}

/**
 * Artifact Hub's `artifacthub.io/signKey` annotation (fingerprint and URL of the signing key), set in the
 * packaged copy's Chart.yaml so that the signed archive itself says which key signed it.
 */
async function annotateSignKey(chartYamlPath: string, fingerprint: string, url: string): Promise<void> {
  const doc = parseDocument(await readFile(chartYamlPath, 'utf8'));
  doc.setIn(['annotations', 'artifacthub.io/signKey'], `fingerprint: ${fingerprint}\nurl: ${url}\n`);
  await writeFile(chartYamlPath, doc.toString());
}

/**
 * Packages the chart with the real `helm package` (Helm 4: reproducible archives) after putting its
 * dependencies into charts/. Works on a temporary copy so the source tree never holds fetched chart code.
 * Returns the archive's path.
 */
export async function packageChart(opts: PackageOptions): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'aeterna-package-'));
  try {
    const copy = path.join(work, path.basename(opts.chartDir));
    await cp(opts.chartDir, copy, { recursive: true });
    await mkdir(path.join(copy, 'charts'), { recursive: true });
    if (opts.subchartsDir) {
      for (const f of await readdir(opts.subchartsDir)) {
        if (f.endsWith('.tgz')) await copyFile(path.join(opts.subchartsDir, f), path.join(copy, 'charts', f));
      }
    } else {
      // An isolated helm configuration: packaging must not depend on, or change, the user's repositories.
      const env = {
        ...process.env,
        HELM_REPOSITORY_CONFIG: path.join(work, 'repositories.yaml'),
        HELM_REPOSITORY_CACHE: path.join(work, 'repository-cache'),
        HELM_REGISTRY_CONFIG: path.join(work, 'registry.json'),
      };
      const chartYaml = parse(await readFile(path.join(copy, 'Chart.yaml'), 'utf8')) as {
        dependencies?: Array<{ name: string; repository?: string }>;
      };
      for (const d of chartYaml.dependencies ?? []) {
        if (!d.repository?.startsWith('http')) continue; // oci:// needs no repo entry
        const add = await run(opts.helm, ['repo', 'add', `dep-${d.name}`, d.repository], { env, timeoutMs: 60_000 });
        if (add.code !== 0) throw new SubchartsUnavailableError(add.stderr || add.stdout);
      }
      const dep = await run(opts.helm, ['dependency', 'build', copy, '--skip-refresh'], { env, timeoutMs: 180_000 });
      if (dep.code !== 0) throw new SubchartsUnavailableError(dep.stderr || dep.stdout);
    }
    if (opts.siteUrl) await annotateSite(path.join(copy, 'Chart.yaml'), opts.siteUrl);
    if (opts.signing && opts.publicKeyUrl) {
      await annotateSignKey(path.join(copy, 'Chart.yaml'), opts.signing.fingerprint, opts.publicKeyUrl);
    }
    await setAllTimes(copy, sourceDate());
    await mkdir(opts.outDir, { recursive: true });
    const sign = opts.signing
      ? [
          '--sign',
          '--key',
          opts.signing.name,
          '--keyring',
          opts.signing.keyring,
          ...(opts.signing.passphraseFile ? ['--passphrase-file', opts.signing.passphraseFile] : []),
        ]
      : [];
    const pkg = await run(opts.helm, ['package', copy, '--destination', opts.outDir, ...sign]);
    if (pkg.code !== 0) throw new Error(`helm package failed:\n${pkg.stderr}`);
    return packagedArchivePath(pkg.stdout);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
