import { describe, expect, it } from 'vitest';
import { filterText, matchesFilter } from './filter';

describe('matchesFilter', () => {
  const t = filterText('externalRedis.host', 'Host name of the external Redis (RD_HOST)');
  it('matches every word anywhere, case-insensitively', () => {
    expect(matchesFilter(t, 'redis host')).toBe(true);
    expect(matchesFilter(t, 'externalRedis.host')).toBe(true);
    expect(matchesFilter(t, 'EXTERNALREDIS.HO')).toBe(true);
    expect(matchesFilter(t, 'rd_host')).toBe(true);
    expect(matchesFilter(t, 'redis password')).toBe(false);
    expect(matchesFilter(t, '   ')).toBe(true);
  });
});
