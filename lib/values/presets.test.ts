import { describe, expect, it } from 'vitest';
import { leadingCommentSentence, presetFromFile } from './presets';

describe('presets', () => {
  it('describes a preset by the first sentence of its leading comment', () => {
    const text =
      '# Preset for a laptop or CI cluster (kind, k3d): one replica,\n# small volumes. Usage:\n#   helm install\nreplicaCount: 1\n';
    expect(leadingCommentSentence(text)).toBe('Preset for a laptop or CI cluster (kind, k3d): one replica, small volumes');
    expect(presetFromFile('values-local.yaml', text)).toMatchObject({ id: 'local', label: 'Local (values-local.yaml)' });
  });

  it('names the cloud presets by their acronyms', () => {
    expect(presetFromFile('values-eks.yaml', '# Preset for Amazon EKS.\n').label).toBe('EKS (values-eks.yaml)');
    expect(presetFromFile('values-production.yaml', '').label).toBe('Production (values-production.yaml)');
  });
});
