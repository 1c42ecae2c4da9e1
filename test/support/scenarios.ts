/**
 * The scenario matrix of the chart: the 8 combinations of bundled/external PostgreSQL and Redis and bundled/no
 * Qdrant, plus the two presets shipped with the chart. Each scenario is a values object (or a preset file) that must lint and render
 * to manifests that pass strict Kubernetes schema validation.
 */
import { presetFiles } from '../../lib/chart/files';

export interface Scenario {
  name: string;
  /** Value files inside the chart folder. */
  valuesFiles?: string[];
  values?: Record<string, unknown>;
}

/** Oldest and newest Kubernetes versions supported (Chart.yaml kubeVersion: >=1.29.0-0). */
export const KUBE_VERSIONS = ['1.29.0', '1.35.0'] as const;

function dependencyValues(pg: boolean, redis: boolean, qdrant: boolean): Record<string, unknown> {
  return {
    postgresql: { enabled: pg },
    redis: { enabled: redis },
    qdrant: { enabled: qdrant },
    ...(pg
      ? {}
      : {
          externalPostgresql: {
            host: 'pg.example.internal',
            existingSecret: 'aeterna-pg',
            existingSecretPasswordKey: 'password',
            admin: { existingSecret: 'aeterna-pg-admin' },
          },
        }),
    ...(redis ? {} : { externalRedis: { host: 'redis.example.internal', port: 6380, database: 2 } }),
  };
}

export const DEPENDENCY_SCENARIOS: Scenario[] = [true, false].flatMap((pg) =>
  [true, false].flatMap((redis) =>
    [true, false].map((qdrant) => ({
      name: `postgresql=${pg ? 'bundled' : 'external'} redis=${redis ? 'bundled' : 'external'} qdrant=${qdrant ? 'bundled' : 'off'}`,
      values: {
        ...dependencyValues(pg, redis, qdrant),
        // Exercise the optional templates too, so that every template is validated in some scenario.
        // Several pods need a remote knowledge repository and no per-pod volume.
        ...(pg && redis && qdrant
          ? {}
          : {
              networkPolicy: { enabled: true },
              pdb: { enabled: true },
              autoscaling: { enabled: true },
              persistence: { enabled: false },
              aeterna: { knowledgeRepository: { remote: { url: 'https://git.example.internal/knowledge.git' } } },
            }),
      },
    })),
  ),
);

/** Every preset the chart ships (values-*.yaml), found by name: a new preset is tested without a code change. */
export const PRESET_SCENARIOS: Scenario[] = presetFiles().map((p) => ({ name: `preset ${p.file}`, valuesFiles: [p.file] }));

export const ALL_SCENARIOS: Scenario[] = [...DEPENDENCY_SCENARIOS, ...PRESET_SCENARIOS];
