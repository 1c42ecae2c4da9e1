import { describe, expect, it } from 'vitest';
import { valueBacklinks } from './backlinks';
import { renderMarkdown } from './markdown';

describe('valueBacklinks', () => {
  it('maps each linked value to the docs sections that link to it, once per section', () => {
    const doc = {
      slug: 'networking',
      title: 'Networking',
      description: '',
      order: 1,
      source: '',
      rendered: renderMarkdown(
        'See [a](/reference#ingress.enabled).\n\n## TLS & certificates\n\nSet [tls](/reference#ingress.tls) and [again](/reference#ingress.tls).\n',
      ),
    };
    expect(Object.fromEntries(valueBacklinks([doc]))).toEqual({
      'ingress.enabled': [{ title: 'Networking', url: '/docs/networking' }],
      'ingress.tls': [{ title: 'Networking: TLS & certificates', url: '/docs/networking#tls-certificates' }],
    });
  });
});
