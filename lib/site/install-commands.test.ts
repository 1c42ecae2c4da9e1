import { describe, expect, it } from 'vitest';
import { helmRepoUrl, installCommands } from './install-commands';

describe('helmRepoUrl', () => {
  it('joins origin, base path and /charts without double slashes', () => {
    expect(helmRepoUrl('https://example.org/', '/aeterna/')).toBe('https://example.org/aeterna/charts');
    expect(helmRepoUrl('http://localhost:3000')).toBe('http://localhost:3000/charts');
  });

  it('rejects a base path without a leading slash', () => {
    expect(() => helmRepoUrl('https://example.org', 'docs')).toThrow('basePath must start with "/", got "docs"');
  });
});

describe('installCommands', () => {
  it('adds the repository, updates it, then installs with values files in order', () => {
    expect(installCommands('https://x.test/charts', { release: 'mem', namespace: 'ai', valuesFiles: ['a.yaml', 'b.yaml'] })).toEqual([
      'helm repo add aeterna https://x.test/charts',
      'helm repo update aeterna',
      'helm install mem aeterna/aeterna --namespace ai --create-namespace -f a.yaml -f b.yaml',
    ]);
  });
});
