import { describe, expect, it } from 'vitest';
import { codeSpans, labelOf } from './labels';

describe('labelOf', () => {
  it('takes the first phrase as the label and the rest as help, never both the same', () => {
    expect(labelOf('Secret holding the Vault token (AETERNA_VAULT_TOKEN)')).toEqual({
      label: 'Secret holding the Vault token',
      help: '(AETERNA_VAULT_TOKEN)',
    });
    expect(labelOf('Chat model (AETERNA_OPENAI_MODEL); empty keeps the server’s default')).toEqual({
      label: 'Chat model',
      help: '(AETERNA_OPENAI_MODEL); empty keeps the server’s default',
    });
    expect(labelOf('Key of the token in existingSecret')).toEqual({ label: 'Key of the token in existingSecret', help: '' });
    expect(labelOf('Vault address (AETERNA_VAULT_ADDR), e.g. https://vault:8200').label).toBe('Vault address');
    expect(labelOf('branch of the remote; main by default')).toEqual({ label: 'Branch of the remote', help: 'main by default' });
  });

  it('gives no label when the first phrase is too long to be one', () => {
    const long = 'Annotations of the pods of the server, which many operators read to decide what to do with them (see their docs)';
    expect(labelOf(long)).toEqual({ label: '', help: long });
  });
});

describe('codeSpans', () => {
  it('splits inline code from text, and leaves a lone backtick as text', () => {
    expect(codeSpans('Uses `global.*` values, see `x`.')).toEqual([
      { code: false, text: 'Uses ' },
      { code: true, text: 'global.*' },
      { code: false, text: ' values, see ' },
      { code: true, text: 'x' },
      { code: false, text: '.' },
    ]);
    expect(codeSpans('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(codeSpans('<script>alert(1)</script>')).toEqual([{ code: false, text: '<script>alert(1)</script>' }]);
  });
});
