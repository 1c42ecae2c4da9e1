import { describe, expect, it } from 'vitest';
import { applyChanges, EditingSession } from './editing-session';
import { VALUES_EXPAND_TOO_FAR } from './input-limits';

const defaultsText = '# chart defaults\nredis:\n  # bundled or not\n  enabled: true\nexternalRedis:\n  host: ""\n  port: 6379\n';
const defaults = { redis: { enabled: true }, externalRedis: { host: '', port: 6379 } };

describe('EditingSession', () => {
  it('writes form edits into the values file, keeping the user comments', () => {
    const s = new EditingSession(defaults, defaultsText, { text: '# my setup\nredis:\n  enabled: false # external\n' });
    const next = s.patch([{ path: ['externalRedis'], value: { host: 'cache', port: 6379 } }]);
    expect(next.text).toBe('# my setup\nredis:\n  enabled: false # external\nexternalRedis:\n  host: cache\n');
    expect(next.user).toEqual({ redis: { enabled: false }, externalRedis: { host: 'cache' } });
  });

  it('removes a value set back to its default', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { externalRedis: { port: 7000 } } });
    expect(s.patch([{ path: ['externalRedis', 'port'], value: 6379 }]).text).toBe('{}\n');
  });

  it('brings a cleared field back to the chart default', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { externalRedis: { host: 'cache', port: 7000 } } });
    expect(s.patch([{ path: ['externalRedis', 'port'], value: undefined }]).user).toEqual({ externalRedis: { host: 'cache' } });
  });

  it('leaves the values file alone (same state) when a patch changes nothing', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { redis: { enabled: false } } });
    const before = s.current;
    expect(s.patch([{ path: ['externalRedis'], value: { host: '', port: 6379 } }])).toBe(before);
  });

  it('computes the effective values once per values file', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { redis: { enabled: false } } });
    expect(s.effective()).toBe(s.effective());
    expect(s.effective()).toEqual({ redis: { enabled: false }, externalRedis: { host: '', port: 6379 } });
    s.patch([{ path: ['externalRedis', 'host'], value: 'cache' }]);
    expect(s.effective()).toEqual({ redis: { enabled: false }, externalRedis: { host: 'cache', port: 6379 } });
  });

  it('keeps the last good values when the YAML does not parse', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { redis: { enabled: false } } });
    const bad = s.fromText('redis:\n  enabled: [\n');
    expect(bad.problems.length).toBeGreaterThan(0);
    expect(bad.user).toEqual({ redis: { enabled: false } });
    expect(bad.text).toBe('redis:\n  enabled: [\n');
    const good = s.fromText('redis:\n  enabled: true\n');
    expect(good.problems).toEqual([]);
    expect(good.user).toEqual({ redis: { enabled: true } });
  });

  it('shows the full values.yaml with the chart comments in full mode', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { externalRedis: { host: 'cache' } } });
    const full = s.setMode('full');
    expect(full.text).toBe(
      '# chart defaults\nredis:\n  # bundled or not\n  enabled: true\nexternalRedis:\n  host: "cache"\n  port: 6379\n',
    );
    expect(s.fromText(full.text.replace('port: 6379', 'port: 7000')).user).toEqual({ externalRedis: { host: 'cache', port: 7000 } });
    expect(s.setMode('changes').text).toBe('externalRedis:\n  host: cache\n  port: 7000\n');
  });
});

describe('EditingSession views', () => {
  it('keeps a null (Helm: delete the default) through the full view', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { externalRedis: { port: null } } });
    const full = s.setMode('full');
    expect(full.text).toContain('port: null');
    expect(s.fromText(full.text).user).toEqual({ externalRedis: { port: null } });
  });

  it('keeps the values file comments across a visit to the full view', () => {
    const s = new EditingSession(defaults, defaultsText, { text: '# why: cache elsewhere\nredis:\n  enabled: false\n' });
    const full = s.setMode('full');
    s.fromText(full.text.replace('host: ""', 'host: cache'));
    expect(s.setMode('changes').text).toBe('# why: cache elsewhere\nredis:\n  enabled: false\nexternalRedis:\n  host: cache\n');
  });
});

describe('applyChanges', () => {
  it('keeps what the user wrote explicitly even when it equals a default', () => {
    const user = { redis: { enabled: true } };
    const before = { host: '', port: 6379 };
    const after = { host: 'x', port: 6379 };
    expect(applyChanges(user, ['externalRedis'], before, after, defaults)).toEqual({
      redis: { enabled: true },
      externalRedis: { host: 'x' },
    });
  });
});

describe('EditingSession on hostile input (issue 23)', () => {
  it('reports 0.6 MB of aliases to one long string as a problem; the values (and their coalescing) stay the last good ones', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { redis: { enabled: false } } });
    const text = `s: &s "${'x'.repeat(590_000)}"\nl: [${Array(999).fill('*s').join(',')}]\n`;
    const next = s.fromText(text);
    expect(next.problems.map((p) => p.message)).toEqual([VALUES_EXPAND_TOO_FAR]);
    expect(next.text).toBe(text);
    expect(next.user).toEqual({ redis: { enabled: false } });
    expect(() => s.effective()).not.toThrow();
  });

  it('holds a text to parse later: shown as typed, "checking", values and positions untouched until fromText', () => {
    const s = new EditingSession(defaults, defaultsText, { user: { redis: { enabled: false } } });
    const held = s.hold('redis:\n  enabled: true\n');
    expect(held).toMatchObject({ text: 'redis:\n  enabled: true\n', checking: true, user: { redis: { enabled: false } } });
    expect(s.positions()).toBeNull();
    const parsed = s.fromText(held.text);
    expect(parsed.checking).toBeUndefined();
    expect(parsed.user).toEqual({ redis: { enabled: true } });
    expect(s.positions()).not.toBeNull();
  });

  it('opens a file that is refused as it is, with its problem, instead of replacing it with {}', () => {
    const s = new EditingSession(defaults, defaultsText);
    const big = `${'x'.repeat(99)}\n`.repeat(20_000);
    const next = s.load({}, big);
    expect(next.text).toBe(big);
    expect(next.problems[0]).toMatchObject({ refused: true, message: expect.stringMatching(/^The text is 2\.00 MB; /) });
  });
});
