/**
 * Each export carries the configured values so that the chart renders exactly as it does from the configurator's
 * values.yaml: the values are read back out of the export text (Argo CD's valuesObject, the HelmRelease's values,
 * helmfile's inline values, Terraform's local through Terraform's own yamlencode), with the release, namespace and
 * profile it names, and `helm template` of them must print byte for byte what the manifests view's render input
 * prints (lib/engine/protocol.ts `helmRequest` of the editor's text, with the same release, namespace and profile).
 * The helm commands install the downloaded values.yaml: their release and namespace are read from the command.
 * The YAML exports are read with YAML 1.1 rules, as go-yaml reads them in kubectl, Argo CD, Flux and helmfile.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { helmRequest } from '../../lib/engine/protocol';
import { releaseExports, type ExportId } from '../../lib/exports/exports';
import { TERRAFORM_VALUES_LOCAL } from '../../lib/exports/terraform';
import { yamlText } from '../../lib/exports/yaml-text';
import { toolPath } from '../../lib/tools/bin';
import { run } from '../../lib/tools/run';
import { chartCopyWithStandIns, helm, removeChartCopy } from '../support/chart-copy';
import { TEST_PROFILE, exportsRequest, productionWithExistingSecrets, type ReadBack } from '../support/export-inputs';

interface Rendered {
  release: string;
  namespace: string;
  kubeVersion: string;
  apiVersions: string[];
  /** A values file for helm -f. */
  valuesText: string;
}

let chartDir: string;
let work: string;
let n = 0;

beforeAll(async () => {
  chartDir = await chartCopyWithStandIns({ withUnitTests: false });
  work = await mkdtemp(path.join(tmpdir(), 'aeterna-exports-'));
});

afterAll(async () => {
  if (chartDir) await removeChartCopy(chartDir);
  if (work) await rm(work, { recursive: true, force: true });
});

async function template(r: Rendered): Promise<string> {
  const file = path.join(work, `values-${n++}.yaml`);
  await writeFile(file, r.valuesText);
  const args = ['template', r.release, chartDir, '--namespace', r.namespace, '-f', file, '--kube-version', r.kubeVersion];
  for (const v of r.apiVersions) args.push('--api-versions', v);
  const out = await helm(args, { check: false });
  if (out.code !== 0) throw new Error(`helm template failed:\n${out.stderr}`);
  return out.stdout;
}

const yaml11 = (text: string) => parseAllDocuments(text, { version: '1.1' }).map((d) => d.toJS() as ReadBack);
const json = (v: unknown) => JSON.stringify(v);
const withProfile = { kubeVersion: TEST_PROFILE.kubeVersion, apiVersions: TEST_PROFILE.apiVersions };

/**
 * The export's `locals` value as Terraform's yamlencode prints it, evaluated by .tools/bin/hcl-eval with the HCL and
 * go-cty-yaml versions of Terraform 1.11.4 (scripts/setup/hcl-eval: the terraform binary itself cannot be built from
 * the Go module proxy). No variables or functions exist there, so a `${...}` left unescaped fails the test.
 */
async function terraformValues(text: string): Promise<string> {
  const locals = /^locals \{\n[\s\S]*?\n\}$/m.exec(text)?.[0];
  if (!locals) throw new Error('the Terraform export has no locals block');
  const dir = await mkdtemp(path.join(work, 'tf-'));
  await writeFile(path.join(dir, 'main.tf'), `${locals}\n`);
  const r = await run(toolPath('hcl-eval'), [path.join(dir, 'main.tf'), TERRAFORM_VALUES_LOCAL]);
  if (r.code !== 0) throw new Error(`hcl-eval failed:\n${r.stderr}`);
  return r.stdout;
}

/** `helm upgrade --install <release> ./<archive> --namespace <ns> … -f values.yaml`: the downloaded values file. */
function helmCommand(text: string, valuesText: string): Rendered {
  const line = /^helm upgrade --install (\S+) \S+ --namespace (\S+) --create-namespace -f values\.yaml(?: |$)/m.exec(text);
  if (!line) throw new Error(`no helm upgrade --install line with -f values.yaml in:\n${text}`);
  return { release: line[1]!, namespace: line[2]!, ...withProfile, valuesText };
}

const EXTRACT: Record<ExportId, (text: string, download: string) => Promise<Rendered>> = {
  helm: async (text, download) => helmCommand(text, download),
  'helm-oci': async (text, download) => helmCommand(text, download),
  'argo-cd': async (text) => {
    const [app] = yaml11(text);
    const helmSource = app!.spec.source.helm;
    return {
      release: helmSource.releaseName,
      namespace: app!.spec.destination.namespace,
      kubeVersion: helmSource.kubeVersion,
      apiVersions: helmSource.apiVersions,
      valuesText: json(helmSource.valuesObject),
    };
  },
  flux: async (text) => {
    const release = yaml11(text).find((d) => d.kind === 'HelmRelease')!;
    return {
      release: release.spec.releaseName,
      namespace: release.spec.targetNamespace,
      ...withProfile,
      valuesText: json(release.spec.values),
    };
  },
  'flux-oci': async (text, download) => EXTRACT.flux(text, download),
  helmfile: async (text) => {
    const [r] = yaml11(text)[0]!.releases;
    return { release: r.name, namespace: r.namespace, ...withProfile, valuesText: json(r.values[0]) };
  },
  terraform: async (text) => ({
    release: /^ {2}name +?= "([^"]+)"$/m.exec(text)![1]!,
    namespace: /^ {2}namespace +?= "([^"]+)"$/m.exec(text)![1]!,
    ...withProfile,
    valuesText: await terraformValues(text),
  }),
};

describe("helm template of the values each export carries equals the manifests view's render", () => {
  const values = productionWithExistingSecrets();
  // Strings a YAML 1.1 reader or HCL would take for something else, beside the preset's own ("off", "{{ ... }}").
  (values.podAnnotations as unknown) = { a: 'yes', b: '0o17', c: '${not.terraform}', d: '%{ if x }', e: 'two\nlines "quoted" \\' };
  const over = { release: 'ae-prod', namespace: 'aeterna-prod' };
  const request = exportsRequest(values, over);
  let expected: string;

  // The editor's text, as the configurator downloads it and the manifests view renders it (written for YAML 1.1
  // readers, or helm itself would read the preset's "off" as false).
  const download = yamlText(values);

  beforeAll(async () => {
    const view = helmRequest(download, { ...over, kubeVersion: TEST_PROFILE.kubeVersion, monitoring: true });
    expect(view.apiVersions).toEqual(TEST_PROFILE.apiVersions);
    expected = await template({ ...view, valuesText: view.values });
    expect(expected).toContain('kind: Deployment');
    expect(expected).toContain('kind: ServiceMonitor');
  });

  it.each(Object.keys(EXTRACT) as ExportId[])('%s', async (id) => {
    const e = releaseExports(request).find((x) => x.id === id)!;
    if (!e.ready) throw new Error(`${id} not ready: ${e.reason}`);
    const r = await EXTRACT[id](e.text, download);
    expect({ release: r.release, namespace: r.namespace }).toEqual(over);
    expect(parse(r.valuesText)).toEqual(values);
    expect(await template(r)).toBe(expected);
  });
});
