import { describe, expect, it } from 'vitest';
import { helmRepoUrl, installCommands, upgradeCommands } from './install-commands';

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

describe('upgradeCommands', () => {
  it('pins the version and verifies the signature with the published key', () => {
    expect(upgradeCommands('https://example.org/charts', { version: '0.2.0', valuesFiles: ['values.yaml'] })).toEqual([
      'curl -fsSL https://example.org/charts/pubkey.asc | gpg --dearmor > aeterna-keyring.gpg',
      'helm repo add aeterna https://example.org/charts',
      'helm repo update aeterna',
      'helm upgrade aeterna aeterna/aeterna --namespace aeterna --version 0.2.0 -f values.yaml --verify --keyring aeterna-keyring.gpg',
    ]);
  });
});
