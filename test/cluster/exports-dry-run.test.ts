/**
 * The Argo CD and Flux exports are objects a real API server accepts: the CRDs of the pinned Argo CD and Flux
 * releases (scripts/setup/setup-tools.sh, from the projects' own modules) are installed on the test cluster, and
 * each exported object, read back from the export's text as kubectl reads it (YAML 1.1), is created as a
 * server-side dry run with strict field validation: the CRD's structural schema judges every field, and an unknown
 * one is an error, not a warning. A misspelt field proves that the check can fail.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { releaseExports, type ExportId } from '../../lib/exports/exports';
import { ARGO_CD_NAMESPACE } from '../../lib/exports/argo-cd';
import { FLUX_NAMESPACE } from '../../lib/exports/flux';
import type { ValuesIn } from '../../lib/exports/release';
import { REPO_ROOT } from '../support/chart-copy';
import { exportsRequest, productionWithExistingSecrets, type ReadBack } from '../support/export-inputs';
import { KubeApiError, waitFor, type KubeObject } from '../support/kube-api';
import { startTestCluster, type TestCluster } from '../support/test-cluster';

const CRD_DIRS = ['argo-cd-crds', 'flux-source-crds', 'flux-helm-crds'].map((d) => path.join(REPO_ROOT, '.tools', d));
const GITOPS: ExportId[] = ['argo-cd', 'flux', 'flux-oci'];

let cluster: TestCluster;

function crdName(crd: KubeObject): string {
  return crd.metadata.name;
}

beforeAll(async () => {
  cluster = await startTestCluster();
  const crds: KubeObject[] = CRD_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => parseAllDocuments(readFileSync(path.join(dir, f), 'utf8')).map((d) => d.toJS() as KubeObject | null)),
  ).filter((c): c is KubeObject => c?.kind === 'CustomResourceDefinition');
  expect(crds.map(crdName).sort()).toEqual([
    'applications.argoproj.io',
    'helmreleases.helm.toolkit.fluxcd.io',
    'helmrepositories.source.toolkit.fluxcd.io',
    'ocirepositories.source.toolkit.fluxcd.io',
  ]);
  for (const crd of crds) await cluster.apply(crd as never);
  for (const crd of crds) {
    await waitFor(`CRD ${crdName(crd)} established`, async () => {
      const o = await cluster.api.get(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crdName(crd)}`);
      return o.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Established' && c.status === 'True')
        ? true
        : undefined;
    });
  }
  await cluster.namespace(ARGO_CD_NAMESPACE);
  await cluster.namespace(FLUX_NAMESPACE);
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

function exportedObjects(id: ExportId, valuesIn: ValuesIn = 'inline'): ReadBack[] {
  const e = releaseExports(exportsRequest(productionWithExistingSecrets(), { valuesIn })).find((x) => x.id === id)!;
  if (!e.ready) throw new Error(`${id} not ready: ${e.reason}`);
  return parseAllDocuments(e.text, { version: '1.1' }).map((d) => d.toJS() as ReadBack);
}

/** The API server's verdict: its warnings, or its error message (status and `message` of the Status object). */
async function dryRun(obj: ReadBack): Promise<{ warnings: string[] } | { status: number; message: string }> {
  await waitFor(`${obj.apiVersion} ${obj.kind} in discovery`, async () =>
    (await cluster.api.collectionPath(obj.apiVersion, obj.kind, obj.metadata.namespace).catch(() => undefined)) ? true : undefined,
  );
  try {
    return {
      warnings: await cluster.api.dryRunCreate(
        obj as KubeObject & { apiVersion: string; kind: string },
        obj.metadata.namespace ?? 'default',
      ),
    };
  } catch (e) {
    if (!(e instanceof KubeApiError)) throw e;
    return { status: e.status, message: (parse(e.body) as { message: string }).message };
  }
}

describe('the GitOps exports pass a server-side dry run with strict field validation against the real CRDs', () => {
  it.each(GITOPS)('%s', async (id) => {
    const objects = exportedObjects(id);
    expect(objects.map((o) => o.kind)).toEqual(
      id === 'argo-cd' ? ['Application'] : [id === 'flux' ? 'HelmRepository' : 'OCIRepository', 'HelmRelease'],
    );
    for (const o of objects) expect(await dryRun(o), `${o.kind} ${o.metadata.name}`).toEqual({ warnings: [] });
  });

  it.each(['flux', 'flux-oci'] as ExportId[])('%s with the values from a ConfigMap (valuesFrom)', async (id) => {
    const release = exportedObjects(id, 'file').find((o) => o.kind === 'HelmRelease')!;
    expect(release.spec.valuesFrom).toHaveLength(1);
    expect(await dryRun(release)).toEqual({ warnings: [] });
  });

  it('a misspelt Application field is refused (the check can fail)', async () => {
    const [app] = exportedObjects('argo-cd');
    app!.spec.source.helm.valueObject = app!.spec.source.helm.valuesObject;
    const verdict = await dryRun(app!);
    // Strict field validation answers 400 BadRequest for an unknown field (a schema violation would be 422).
    expect(verdict).toEqual({ status: 400, message: expect.stringContaining('unknown field "spec.source.helm.valueObject"') });
  });

  it('a HelmRelease CRD policy Flux does not know is refused', async () => {
    const [, release] = exportedObjects('flux');
    release!.spec.install.crds = 'Replace';
    const verdict = await dryRun(release!);
    expect(verdict).toEqual({ status: 422, message: expect.stringContaining('spec.install.crds: Unsupported value: "Replace"') });
  });
});
