/**
 * The restricted Pod Security Standard check used on every rendered pod (test/support/pss.ts) reports violations;
 * elsewhere it is only ever expected to return none.
 */
import { describe, expect, it } from 'vitest';
import { restrictedViolations, type PodSpecLike } from '../support/pss';

const compliant: PodSpecLike = {
  securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [{ name: 'app', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
  volumes: [{ name: 'config', configMap: { name: 'c' } }],
};

describe('restrictedViolations', () => {
  it('accepts a restricted pod', () => {
    expect(restrictedViolations(compliant)).toEqual([]);
  });

  it('reports each kind of violation', () => {
    const violations = restrictedViolations({
      hostNetwork: true,
      securityContext: {},
      containers: [
        {
          name: 'app',
          securityContext: { privileged: true, runAsUser: 0, capabilities: { add: ['SYS_ADMIN'] }, procMount: 'Unmasked' },
          ports: [{ hostPort: 80 }],
        },
      ],
      volumes: [{ name: 'host', hostPath: { path: '/' } }],
    });
    expect(violations).toEqual([
      'host namespaces are forbidden',
      'volume host has forbidden type hostPath',
      'container app: privileged',
      'container app: allowPrivilegeEscalation must be false',
      'container app: runAsNonRoot must be true',
      'container app: runAsUser 0',
      'container app: seccompProfile must be RuntimeDefault or Localhost',
      'container app: capabilities must drop ALL',
      'container app: adds capability SYS_ADMIN',
      'container app: hostPort 80',
      'container app: procMount Unmasked',
    ]);
  });

  it('checks init containers too', () => {
    const spec = { ...compliant, initContainers: [{ name: 'wait' }] };
    expect(restrictedViolations(spec)).toContain('container wait: allowPrivilegeEscalation must be false');
  });
});
