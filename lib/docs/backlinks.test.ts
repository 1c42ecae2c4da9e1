import { describe, expect, it } from 'vitest';
import { valueBacklinks } from './backlinks';
import { docFromMarkdown } from '../../test/support/doc-fixture';

describe('valueBacklinks', () => {
  it('maps each linked value to the docs sections that link to it, once per section', () => {
    const doc = docFromMarkdown(
      'networking',
      'Networking',
      'See [a](/reference#ingress.enabled).\n\n## TLS & certificates\n\nSet [tls](/reference#ingress.tls) and [again](/reference#ingress.tls).\n',
    );
    expect(Object.fromEntries(valueBacklinks([doc]))).toEqual({
      'ingress.enabled': [{ title: 'Networking', url: '/docs/networking' }],
      'ingress.tls': [{ title: 'Networking: TLS & certificates', url: '/docs/networking#tls-certificates' }],
    });
  });
});
