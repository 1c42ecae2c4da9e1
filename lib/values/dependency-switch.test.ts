import { describe, expect, it } from 'vitest';
import { switchDependency } from './dependency-switch';

const pair = { bundledKey: 'redis', externalKey: 'externalRedis' };
const defaults = { redis: { enabled: true, architecture: 'standalone' }, externalRedis: { host: '', port: 6379 } };

describe('switchDependency', () => {
  it('keeps only the side in use in the values file, and brings the other side back', () => {
    let s = switchDependency({ redis: { architecture: 'replication' } }, {}, pair, true, defaults);
    expect(s.user).toEqual({ redis: { enabled: false } });
    s = { user: { ...s.user, externalRedis: { host: 'cache' } }, stash: s.stash };

    s = switchDependency(s.user, s.stash, pair, false, defaults);
    expect(s.user).toEqual({ redis: { architecture: 'replication' } });
    expect(s.stash).toEqual({ redis: { external: { host: 'cache' } } });

    s = switchDependency(s.user, s.stash, pair, true, defaults);
    expect(s.user).toEqual({ redis: { enabled: false }, externalRedis: { host: 'cache' } });
    expect(s.stash).toEqual({ redis: { bundled: { architecture: 'replication' } } });
  });

  it('writes enabled: true when the chart does not bundle by default', () => {
    const off = { redis: { enabled: false } };
    expect(switchDependency({ redis: { enabled: false } }, {}, pair, false, off).user).toEqual({ redis: { enabled: true } });
  });
});
