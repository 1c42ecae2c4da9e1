import { describe, expect, it } from 'vitest';
import { authChoiceOf, withAuthChoice } from './auth-choice';

const defaults = { auth: { mode: 'off', kubernetes: { enabled: false }, plugin: { tokenIssuer: '' } } };

describe('authentication choice', () => {
  it('reads the choice from auth.mode and auth.kubernetes.enabled', () => {
    expect(authChoiceOf(defaults)).toBe('off');
    expect(authChoiceOf({ auth: { mode: 'plugin', kubernetes: { enabled: false } } })).toBe('plugin');
    expect(authChoiceOf({ auth: { mode: 'plugin', kubernetes: { enabled: true } } })).toBe('plugin-kubernetes');
    // Kubernetes tokens without plugin auth do not authenticate the API at this server version: that is "off".
    expect(authChoiceOf({ auth: { mode: 'off', kubernetes: { enabled: true } } })).toBe('off');
  });

  it('writes only what differs from the defaults, and keeps the rest of the user’s auth settings', () => {
    const user = { auth: { plugin: { github: { existingSecret: 'gh' } } }, replicaCount: 1 };
    const k8s = withAuthChoice(user, defaults, 'plugin-kubernetes');
    expect(k8s).toEqual({
      auth: { mode: 'plugin', kubernetes: { enabled: true }, plugin: { github: { existingSecret: 'gh' } } },
      replicaCount: 1,
    });
    expect(withAuthChoice(k8s, defaults, 'plugin')).toEqual({
      auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } } },
      replicaCount: 1,
    });
    expect(withAuthChoice(withAuthChoice(k8s, defaults, 'plugin'), defaults, 'off')).toEqual(user);
    expect(withAuthChoice({}, defaults, 'off')).toEqual({});
  });
});
