/**
 * Inputs the exports' tests share (unit and chart tests): the production preset as the configurator would hand it
 * over, with a digest that no real archive has, so that a test never passes by reading the wrong place.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chartMetadata, chartPath, valuesYamlText } from '@/lib/chart/files';
import { parseGeneratedSecretsTemplate, type GeneratedSecretsText } from '@/lib/chart/generated-secrets';
import type { ClusterProfile } from '@/lib/cluster/profile';
import { coalesce, type JsonObject } from '@/lib/values/coalesce';
import type { ExportsRequest } from '@/lib/exports/exports';

export const TEST_DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
export const TEST_REPO = 'https://charts.example.org/aeterna/charts';
/**
 * A profile unlike PLAIN_CLUSTER, so that a test sees it passed through rather than defaulted: the Prometheus
 * Operator's APIs as the manifests view's "serves the Prometheus Operator" setting names them.
 */
export const TEST_PROFILE: ClusterProfile = {
  kubeVersion: '1.33.2',
  apiVersions: ['monitoring.coreos.com/v1', 'monitoring.coreos.com/v1/ServiceMonitor', 'monitoring.coreos.com/v1/PrometheusRule'],
};

/** An export's object read back from its text; each test walks the fields it checks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReadBack = Record<string, any>;

export function chartDefaults(): JsonObject {
  return parse(valuesYamlText()) as JsonObject;
}

export function presetValues(file = 'values-production.yaml'): JsonObject {
  return parse(readFileSync(chartPath(file), 'utf8')) as JsonObject;
}

export function generatedSecretsText(): GeneratedSecretsText {
  return parseGeneratedSecretsTemplate(readFileSync(chartPath('templates/_generated-secrets.tpl'), 'utf8'));
}

/** The production preset with the Secrets the chart must not generate named (what the Argo CD export asks for). */
export function productionWithExistingSecrets(): JsonObject {
  const v = structuredClone(presetValues());
  const auth = v.auth as JsonObject;
  (auth.plugin as JsonObject).jwtSecret = { existingSecret: 'aeterna-signing-key' };
  (v.postgresql as JsonObject).auth = { existingSecret: 'aeterna-postgresql-credentials' };
  return v;
}

export function exportsRequest(values: JsonObject, over: Partial<ExportsRequest['input']> = {}, valid = true): ExportsRequest {
  return {
    input: {
      pin: { version: chartMetadata().version, digest: TEST_DIGEST },
      repoUrl: TEST_REPO,
      release: 'aeterna',
      namespace: 'aeterna',
      profile: TEST_PROFILE,
      values,
      valuesIn: 'inline',
      ...over,
    },
    effective: coalesce(chartDefaults(), values),
    valid,
    generatedSecrets: generatedSecretsText(),
  };
}
