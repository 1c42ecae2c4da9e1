import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_KUBECTL_PASTE_CHARS } from '@/lib/values/input-limits';
import { parseKubectlOutput, PASTE_BAD_JSON, PASTE_CLIENT_ONLY, PASTE_EMPTY, PASTE_NOT_KUBECTL } from './kubectl-output';
import { hasPreset } from './presets';

const fixture = (name: string) => readFileSync(`test/fixtures/kubectl/${name}`, 'utf8');

describe('kubectl version', () => {
  it.each([
    ['text, with the version-skew warning (kubectl 1.28+)', 'version-server-1.28.txt', '1.28.15'],
    ['-o json, GKE (minor "30+", a provider suffix)', 'version-gke-1.30.json', '1.30.5'],
    ['-o yaml, k3s ("+k3s1")', 'version-k3s-1.29.yaml', '1.29.9'],
    ['version.Info{…} after the deprecation warning (kubectl 1.24–1.27)', 'version-deprecated-1.26.txt', '1.26.10'],
  ])('%s: the server version', (_, file, version) => {
    expect(parseKubectlOutput(fixture(file))).toEqual({ ok: true, from: 'kubectl version', kubeVersion: version });
  });

  it('takes the server, not the client, version', () => {
    expect(parseKubectlOutput('Server Version: v1.33.1\nClient Version: v1.35.0')).toMatchObject({ kubeVersion: '1.33.1' });
  });

  it.each([
    ['-o json of --client', fixture('version-client-only.json')],
    ['text of --client', 'Client Version: v1.31.2\nKustomize Version: v5.4.2'],
    [
      'text of kubectl that could not reach the cluster',
      'Client Version: v1.31.2\nKustomize Version: v5.4.2\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?',
    ],
    ['-o yaml of --client', 'clientVersion:\n  gitVersion: v1.31.2\nkustomizeVersion: v5.4.2\n'],
  ])('refuses the client version alone (%s)', (_, text) => {
    expect(parseKubectlOutput(text)).toEqual({ ok: false, message: PASTE_CLIENT_ONLY });
  });
  it('says what the client-only refusal says', () => {
    expect(PASTE_CLIENT_ONLY).toBe(
      'This output has the client’s version only (kubectl version --client, or kubectl could not reach the cluster): run kubectl version while connected to the cluster, and paste what it prints, Server Version included.',
    );
  });

  it('refuses a server version that is no Kubernetes version, quoting it', () => {
    expect(parseKubectlOutput('Server Version: v0.0.0-master+$Format:%H$x')).toEqual({
      ok: false,
      message: 'The server version "v0.0.0-master+$Format:%H$x" is not a Kubernetes version (vMAJOR.MINOR.PATCH, such as v1.31.2).',
    });
    expect(parseKubectlOutput('{"serverVersion": {"gitVersion": 129}}')).toEqual({
      ok: false,
      message: 'The server version "129" is not a Kubernetes version (vMAJOR.MINOR.PATCH, such as v1.31.2).',
    });
  });

  it('refuses damaged JSON and YAML, and JSON that is not kubectl version', () => {
    expect(parseKubectlOutput('{"serverVersion": {"gitVersion": "v1.30.1"')).toEqual({ ok: false, message: PASTE_BAD_JSON });
    expect(PASTE_BAD_JSON).toBe('The pasted text starts like JSON but does not parse: paste the whole output of kubectl version -o json.');
    expect(parseKubectlOutput('serverVersion: [a\n')).toEqual({
      ok: false,
      message: 'The pasted text starts like YAML but does not parse: paste the whole output of kubectl version -o yaml.',
    });
    expect(parseKubectlOutput('{"kind": "Pod"}')).toEqual({
      ok: false,
      message:
        'This is neither kubectl version output (Client Version: …, Server Version: …, or its -o json or -o yaml form) nor kubectl api-versions output (one group/version per line, such as apps/v1): it starts with "{\\"kind\\": \\"Pod\\"}".',
    });
  });

  it('refuses YAML aliases (an alias bomb never expands)', () => {
    const bomb = 'serverVersion: &a\n  gitVersion: v1.30.0\nclientVersion: *a\n';
    expect(parseKubectlOutput(bomb)).toMatchObject({ ok: false });
  });
});

describe('kubectl api-versions', () => {
  it('keeps what Kubernetes itself does not serve, with the kinds the presets know', () => {
    const r = parseKubectlOutput(fixture('api-versions-kube-prometheus.txt'));
    expect(r).toMatchObject({ ok: true, from: 'kubectl api-versions', listed: 27 });
    const apiVersions = r.ok && r.from === 'kubectl api-versions' ? r.apiVersions : [];
    // Group versions as listed, Kubernetes' own left out (Helm's defaults have them); metrics.k8s.io is metrics-server's.
    expect(apiVersions.filter((v) => v.split('/').length < 3)).toEqual([
      'acme.cert-manager.io/v1',
      'cert-manager.io/v1',
      'metrics.k8s.io/v1beta1',
      'monitoring.coreos.com/v1',
      'monitoring.coreos.com/v1alpha1',
    ]);
    // What helm install learns from discovery, and the chart's ServiceMonitor gate needs.
    expect(apiVersions).toContain('monitoring.coreos.com/v1/ServiceMonitor');
    expect(apiVersions).toContain('monitoring.coreos.com/v1/PrometheusRule');
    const profile = { kubeVersion: '1.30.0', apiVersions };
    expect([hasPreset(profile, 'prometheus-operator'), hasPreset(profile, 'cert-manager'), hasPreset(profile, 'gateway-api')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('a plain cluster lists nothing beyond Kubernetes', () => {
    expect(parseKubectlOutput('apps/v1\nbatch/v1\nv1\nnetworking.k8s.io/v1\n')).toEqual({
      ok: true,
      from: 'kubectl api-versions',
      apiVersions: [],
      listed: 4,
    });
  });

  it('names the first line that is no API version, by its line number in the paste', () => {
    expect(parseKubectlOutput('apps/v1\n\nv1\nrm -rf /\n')).toEqual({
      ok: false,
      message: 'Line 4 is not an API version as kubectl api-versions prints them (group/version, such as apps/v1): "rm -rf /".',
    });
    expect(parseKubectlOutput(`apps/v1\n${'x'.repeat(500)}`)).toEqual({
      ok: false,
      message: `Line 2 is not an API version as kubectl api-versions prints them (group/version, such as apps/v1): "${'x'.repeat(60)}…".`,
    });
  });

  it('refuses anything else, quoting how it starts', () => {
    expect(parseKubectlOutput('hello world')).toEqual({ ok: false, message: `${PASTE_NOT_KUBECTL}: it starts with "hello world".` });
    expect(parseKubectlOutput('NAME READY STATUS\npod-1 1/1 Running')).toMatchObject({
      ok: false,
      message: expect.stringContaining('it starts with "NAME READY STATUS"'),
    });
  });
});

describe('any paste', () => {
  it('refuses an empty paste', () => {
    expect(parseKubectlOutput(' \n\n')).toEqual({ ok: false, message: PASTE_EMPTY });
    expect(PASTE_EMPTY).toBe('Paste what kubectl version or kubectl api-versions prints.');
  });

  it('refuses a paste above the limit by its length, before splitting it', () => {
    const huge = 'apps/v1\n'.repeat(1_250_000); // 10 MB
    const split = String.prototype.split;
    let splits = 0;
    String.prototype.split = function (this: string, ...args: Parameters<typeof split>) {
      if (this.length > MAX_KUBECTL_PASTE_CHARS) splits++;
      return split.apply(this, args);
    } as typeof split;
    try {
      expect(parseKubectlOutput(huge)).toEqual({
        ok: false,
        message:
          'The pasted text has 10,000,000 characters; kubectl version and kubectl api-versions print a few thousand. Paste only their output (at most 100,000 characters).',
      });
    } finally {
      String.prototype.split = split;
    }
    expect(splits).toBe(0);
  });
});
