import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { chartMetadata } from '@/lib/chart/files';
import { validateManifest } from '@/test/support/k8s-schema';
import {
  TEST_DIGEST,
  TEST_PROFILE,
  TEST_REPO,
  exportsRequest,
  presetValues,
  productionWithExistingSecrets,
  type ReadBack,
} from '@/test/support/export-inputs';
import { GENERATE_IS_FOR_LOOKING, INVALID_VALUES, NAME_EXISTING_SECRETS, NO_DIGEST, releaseExports, type ExportId } from './exports';
import { argoCdApplicationObject } from './argo-cd';
import { fluxObjects } from './flux';
import { OCI_CHART } from './release';

const VERSION = chartMetadata().version;
const HEX = TEST_DIGEST.slice('sha256:'.length);

function exportsOf(values = productionWithExistingSecrets(), over = {}, valid = true) {
  return releaseExports(exportsRequest(values, over, valid));
}

function textOf(id: ExportId, values = productionWithExistingSecrets(), over = {}): string {
  const e = exportsOf(values, over).find((x) => x.id === id)!;
  if (!e.ready) throw new Error(`${id} not ready: ${e.reason}`);
  return e.text;
}

const docs = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as ReadBack);

describe('every export is pinned to the version and the archive digest', () => {
  it.each(['helm', 'helm-oci', 'argo-cd', 'flux', 'flux-oci', 'helmfile', 'terraform'] as ExportId[])('%s', (id) => {
    const text = textOf(id);
    expect(text).toContain(`Aeterna chart ${VERSION}`);
    expect(text).toContain(TEST_DIGEST);
    // Nothing claims an OCI manifest digest the site cannot know.
    expect(text).not.toMatch(/@sha256:[0-9a-f]{64}/);
  });
});

describe('helm upgrade --install', () => {
  it('from this repository: key from the site, --verify, the archive checked against the index digest', () => {
    expect(textOf('helm').split('\n').slice(2)).toEqual([
      `curl -fsSL ${TEST_REPO}/pubkey.asc | gpg --dearmor > aeterna-keyring.gpg`,
      `helm repo add aeterna ${TEST_REPO}`,
      'helm repo update aeterna',
      `helm pull aeterna/aeterna --version ${VERSION} --verify --keyring aeterna-keyring.gpg`,
      `echo "${HEX}  aeterna-${VERSION}.tgz" | sha256sum --check`,
      `helm upgrade --install aeterna ./aeterna-${VERSION}.tgz --namespace aeterna --create-namespace -f values.yaml --verify --keyring aeterna-keyring.gpg`,
      '',
    ]);
  });

  it('from OCI: cosign verify with the served key, the same digest check, and why no manifest digest', () => {
    const text = textOf('helm-oci', undefined, { release: 'ae', namespace: 'prod' });
    expect(text).toContain(`cosign verify --key cosign.pub ${OCI_CHART}:${VERSION}`);
    expect(text).toContain(`curl -fsSL ${TEST_REPO}/cosign.pub -o cosign.pub`);
    expect(text).toContain(`helm pull oci://${OCI_CHART} --version ${VERSION}\necho "${HEX}  aeterna-${VERSION}.tgz" | sha256sum --check`);
    expect(text).toContain(`helm upgrade --install ae ./aeterna-${VERSION}.tgz --namespace prod --create-namespace -f values.yaml\n`);
    expect(text).toContain('# The site is built before the chart is pushed to the registry: it does not know the OCI manifest digest.');
  });
});

describe('Argo CD Application', () => {
  it('a Helm source with valuesObject, the version, releaseName, namespace, CreateNamespace and the profile', () => {
    const values = productionWithExistingSecrets();
    const [app] = docs(textOf('argo-cd', values, { release: 'ae', namespace: 'prod' }));
    expect(app).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'ae', namespace: 'argocd' },
      spec: {
        project: 'default',
        source: {
          repoURL: TEST_REPO,
          chart: 'aeterna',
          targetRevision: VERSION,
          helm: { releaseName: 'ae', kubeVersion: TEST_PROFILE.kubeVersion, apiVersions: TEST_PROFILE.apiVersions, valuesObject: values },
        },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'prod' },
        syncPolicy: { syncOptions: ['CreateNamespace=true'] },
      },
    });
  });

  it('says that Argo CD pins no digest and checks no signature, and how to check them', () => {
    const text = textOf('argo-cd');
    expect(text).toContain('# Argo CD pins a Helm repository chart by version only: it can pin no digest and checks no .prov signature.');
    expect(text).toContain(`#   echo "${HEX}  aeterna-${VERSION}.tgz" | sha256sum --check`);
  });

  it('passes the Argo CD schema strictly, and the strict check catches a misspelt field', async () => {
    const app = docs(textOf('argo-cd'))[0]!;
    expect(await validateManifest(app)).toMatchObject({ valid: true, issues: [] });
    const typo = argoCdApplicationObject(exportsRequest(presetValues()).input as never) as ReadBack;
    typo.spec.source.helm.valueObject = typo.spec.source.helm.valuesObject;
    expect((await validateManifest(typo)).issues).toContainEqual({
      path: '/spec/source/helm/valueObject',
      message: 'unknown field "valueObject"',
    });
  });
});

describe('Argo CD waits for existing Secrets', () => {
  it('with the production preset: not ready, the settings to name and the chart refusal in full', () => {
    const argo = exportsOf(presetValues()).find((e) => e.id === 'argo-cd')!;
    expect(argo.ready).toBe(false);
    if (argo.ready) return;
    expect(argo.reason).toBe(NAME_EXISTING_SECRETS);
    expect(argo.pending?.map((p) => p.setting)).toEqual(['auth.plugin.jwtSecret.existingSecret', 'postgresql.auth.existingSecret']);
    expect(argo.refusal).toContain('SECRETS THAT MUST NOT CHANGE:');
    expect(argo.refusal).toContain('kubectl create secret generic aeterna-signing-key --namespace aeterna');
  });

  it('the exports that install against the cluster are ready with the same values', () => {
    expect(
      exportsOf(presetValues())
        .filter((e) => e.ready)
        .map((e) => e.id),
    ).toEqual(['helm', 'helm-oci', 'flux', 'flux-oci', 'helmfile', 'terraform']);
  });

  it('generatedSecrets.withoutCluster=generate is refused for Argo CD', () => {
    const v = { ...presetValues(), generatedSecrets: { withoutCluster: 'generate' } };
    const argo = exportsOf(v).find((e) => e.id === 'argo-cd')!;
    expect(argo).toMatchObject({ ready: false, reason: GENERATE_IS_FOR_LOOKING });
  });
});

describe('nothing is exported from invalid values or without a digest', () => {
  it('invalid values: every export says why', () => {
    expect(exportsOf(presetValues(), {}, false).map((e) => (e.ready ? 'ready' : e.reason))).toEqual(Array(7).fill(INVALID_VALUES));
  });
  it('a version the index does not list', () => {
    const all = exportsOf(presetValues(), { pin: { version: VERSION, digest: null } });
    expect(all.map((e) => (e.ready ? 'ready' : e.reason))).toEqual(Array(7).fill(NO_DIGEST(VERSION)));
  });
});

describe('Flux', () => {
  it('HelmRepository + HelmRelease: version, values, remediation, CRD policy, target namespace', () => {
    const values = productionWithExistingSecrets();
    const [repo, release] = docs(textOf('flux', values));
    expect(repo).toEqual({
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'HelmRepository',
      metadata: { name: 'aeterna', namespace: 'flux-system' },
      spec: { url: TEST_REPO, interval: '1h' },
    });
    expect(release!.spec.chart.spec).toEqual({
      chart: 'aeterna',
      version: VERSION,
      sourceRef: { kind: 'HelmRepository', name: 'aeterna' },
      interval: '1h',
    });
    expect(release!.spec.values).toEqual(values);
    expect(release!.spec.install).toEqual({ createNamespace: true, crds: 'CreateReplace', remediation: { retries: 3 } });
    expect(release!.spec.upgrade).toEqual({ crds: 'CreateReplace', remediation: { retries: 3, remediateLastFailure: true } });
    expect(release!.spec).toMatchObject({ releaseName: 'aeterna', targetNamespace: 'aeterna', storageNamespace: 'aeterna' });
  });

  it('OCIRepository verified with cosign against the served key, HelmRelease by chartRef', () => {
    const text = textOf('flux-oci');
    const [oci, release] = docs(text);
    expect(oci!.spec).toEqual({
      url: `oci://${OCI_CHART}`,
      ref: { tag: VERSION },
      layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: 'copy' },
      verify: { provider: 'cosign', secretRef: { name: 'aeterna-cosign-pub' } },
      interval: '1h',
    });
    expect(release!.spec.chartRef).toEqual({ kind: 'OCIRepository', name: 'aeterna' });
    expect(text).toContain(`#   curl -fsSL ${TEST_REPO}/cosign.pub -o cosign.pub`);
    expect(text).toContain('it does not know the manifest digest');
  });

  it.each(['helm-repository', 'oci'] as const)('%s objects pass the Flux schemas strictly', async (source) => {
    for (const o of fluxObjects(exportsRequest(productionWithExistingSecrets()).input as never, source)) {
      expect(await validateManifest(o)).toMatchObject({ valid: true, issues: [] });
    }
  });

  it('the strict check catches a misspelt HelmRelease field', async () => {
    const [, release] = fluxObjects(exportsRequest(presetValues()).input as never, 'oci') as ReadBack[];
    release!.spec.install.remediaton = { retries: 1 };
    expect((await validateManifest(release)).issues).toContainEqual({
      path: '/spec/install/remediaton',
      message: 'unknown field "remediaton"',
    });
  });
});

describe('helmfile', () => {
  it('repository, release pinned, verify with the keyring, values inline', () => {
    const values = productionWithExistingSecrets();
    const hf = parse(textOf('helmfile', values));
    expect(hf).toEqual({
      repositories: [{ name: 'aeterna', url: TEST_REPO }],
      releases: [
        {
          name: 'aeterna',
          namespace: 'aeterna',
          createNamespace: true,
          chart: 'aeterna/aeterna',
          version: VERSION,
          verify: true,
          keyring: 'aeterna-keyring.gpg',
          values: [values],
        },
      ],
    });
  });
});

describe('Terraform', () => {
  it('helm_release pinned and verified, values through yamlencode of a local', () => {
    const text = textOf('terraform', undefined, { release: 'ae', namespace: 'prod' });
    expect(text).toContain(
      [
        'resource "helm_release" "aeterna" {',
        '  name             = "ae"',
        '  namespace        = "prod"',
        '  create_namespace = true',
        `  repository       = "${TEST_REPO}"`,
        '  chart            = "aeterna"',
        `  version          = "${VERSION}"`,
        '  verify           = true',
        '  keyring          = "${path.module}/aeterna-keyring.gpg"',
        '  values           = [yamlencode(local.aeterna_values)]',
        '}',
      ].join('\n'),
    );
    // The preset's Helm template string is kept as text: HCL sees no interpolation in it.
    expect(text).toContain('"app.kubernetes.io/instance" = "{{ .Release.Name }}"');
  });
});

describe('values as the downloaded values.yaml instead of inline', () => {
  const file = (id: ExportId) => {
    const e = releaseExports(exportsRequest(productionWithExistingSecrets(), { valuesIn: 'file' })).find((x) => x.id === id)!;
    if (!e.ready) throw new Error(`${id} not ready: ${e.reason}`);
    return e;
  };

  it('helmfile names the file beside the helmfile.yaml', () => {
    expect(parse(file('helmfile').text).releases[0].values).toEqual(['values.yaml']);
  });

  it('Terraform reads it with file(), and writes no values of its own', () => {
    const { text } = file('terraform');
    expect(text).toContain('  values           = [file("${path.module}/values.yaml")]\n');
    expect(text).not.toContain('locals {');
  });

  it.each(['flux', 'flux-oci'] as ExportId[])('%s: valuesFrom a ConfigMap made from the file, and says how', async (id) => {
    const { text } = file(id);
    const release = docs(text).find((d) => d.kind === 'HelmRelease')!;
    expect(release.spec.valuesFrom).toEqual([{ kind: 'ConfigMap', name: 'aeterna-values', valuesKey: 'values.yaml' }]);
    expect(release.spec.values).toBeUndefined();
    expect(text).toContain('#   kubectl create configmap aeterna-values --namespace flux-system --from-file=values.yaml=values.yaml');
    expect(await validateManifest(release)).toMatchObject({ valid: true, issues: [] });
  });

  it('Argo CD keeps them inline and the helm commands always read the file, each saying which', () => {
    const all = releaseExports(exportsRequest(productionWithExistingSecrets(), { valuesIn: 'file' }));
    expect(Object.fromEntries(all.map((e) => [e.id, e.valuesIn]))).toEqual({
      helm: 'file',
      'helm-oci': 'file',
      'argo-cd': 'inline',
      flux: 'file',
      'flux-oci': 'file',
      helmfile: 'file',
      terraform: 'file',
    });
    expect(docs(file('argo-cd').text)[0]!.spec.source.helm.valuesObject).toEqual(productionWithExistingSecrets());
  });
});
