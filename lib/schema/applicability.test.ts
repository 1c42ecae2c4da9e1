import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseValuesComments } from '@/lib/chart/values-comments';
import { chartPath } from '@/lib/chart/files';
import { coalesce } from '@/lib/values/coalesce';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { hiddenPaths, hiddenUi, unusedSettings } from './applicability';

const text = readFileSync(chartPath('values.yaml'), 'utf8');
const { when } = parseValuesComments(text);
const parsed = parseValuesYaml(text);
if (!parsed.ok) throw new Error('values.yaml does not parse');
const defaults = parsed.values;

describe('the blocks that apply (values.yaml @when)', () => {
  it('with the defaults, no LLM provider block, the local KMS only, no Vault, no authorization backend, no GitHub credentials, no Ingress settings, no external PostgreSQL', () => {
    expect(hiddenPaths(when, defaults).sort()).toEqual([
      'aeterna.kms.aws',
      'aeterna.knowledgeRepository.github',
      'aeterna.llm.bedrock',
      'aeterna.llm.google',
      'aeterna.llm.openai',
      'aeterna.secretProvider.vault',
      'auth.authorization.cedar',
      'auth.authorization.permit',
      'auth.kubernetes',
      'auth.plugin',
      'externalPostgresql',
      'ingress.annotations',
      'ingress.className',
      'ingress.hosts',
      'ingress.tls',
    ]);
  });

  it('choosing a provider shows its block, and a remote repository its GitHub credentials', () => {
    const values = coalesce(defaults, {
      aeterna: { llm: { provider: 'openai' }, kms: { provider: 'aws' }, knowledgeRepository: { remote: { url: 'https://git/x.git' } } },
    });
    const hidden = hiddenPaths(when, values);
    expect(hidden).not.toContain('aeterna.llm.openai');
    expect(hidden).toContain('aeterna.llm.google');
    expect(hidden).toContain('aeterna.kms.local');
    expect(hidden).not.toContain('aeterna.kms.aws');
    expect(hidden).not.toContain('aeterna.knowledgeRepository.github');
  });

  it('hides them in the form of their top-level key only', () => {
    expect(hiddenUi(['aeterna.llm.openai', 'auth.authorization.cedar'], ['aeterna'])).toEqual({
      aeterna: { llm: { openai: { 'ui:widget': 'hidden' } } },
    });
    expect(hiddenUi(['aeterna.llm.openai'], ['auth'])).toEqual({});
  });

  it('lists what is set in a block that does not apply, with the reason', () => {
    const values = coalesce(defaults, { aeterna: { llm: { provider: 'none', openai: { apiKey: 'sk-x', model: 'gpt-4o-mini' } } } });
    expect(unusedSettings(when, values, defaults).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'aeterna.llm.openai.apiKey', because: 'aeterna.llm.provider is none' },
      { path: 'aeterna.llm.openai.model', because: 'aeterna.llm.provider is none' },
    ]);
    expect(unusedSettings(when, defaults, defaults)).toEqual([]);
  });

  it('every @when names a value of the chart and a condition on one', () => {
    for (const w of when) {
      expect(parseValuesComments(text).params.has(w.on), w.on).toBe(true);
      let node: unknown = defaults;
      for (const k of w.path.split('.')) node = (node as Record<string, unknown>)[k];
      expect(node, w.path).toBeDefined();
    }
  });
});
