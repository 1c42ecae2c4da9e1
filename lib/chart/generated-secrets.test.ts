import { describe, expect, it } from 'vitest';
import { pendingGeneratedSecrets, parseGeneratedSecretsTemplate, refusalMessage, withExistingSecretsNamed } from './generated-secrets';
import { coalesce } from '@/lib/values/coalesce';
import { chartDefaults, generatedSecretsText, presetValues, productionWithExistingSecrets } from '@/test/support/export-inputs';

const tpl = generatedSecretsText();
const pending = (user: Record<string, unknown>, release = 'aeterna', ns = 'aeterna') =>
  pendingGeneratedSecrets(tpl, coalesce(chartDefaults(), user as never), release, ns);

describe('the chart refusal to generate the Secrets that must not change', () => {
  it('reads the words from the template: one line per Secret and the fail message', () => {
    expect(tpl.message.startsWith('\n\nSECRETS THAT MUST NOT CHANGE:\nThis render cannot read the cluster')).toBe(true);
    expect(tpl.lines['aeterna.kms.local.existingSecret']).toMatch(/^- the local KMS key \(Secret \{\{ \$name \}\}/);
  });

  it('with the defaults: the local KMS key and the bundled PostgreSQL passwords, named after the release', () => {
    const p = pending({}, 'demo', 'apps');
    expect(p.map((x) => x.setting)).toEqual(['aeterna.kms.local.existingSecret', 'postgresql.auth.existingSecret']);
    expect(p[0]!.line).toBe(
      '- the local KMS key (Secret demo-aeterna-kms, kept by helm when the chart stops creating it): a new one makes every stored tenant secret unreadable. Create it once, kubectl create secret generic demo-aeterna-kms --namespace apps --from-literal=kms-key="$(openssl rand -base64 32)", and set aeterna.kms.local.existingSecret=demo-aeterna-kms (or use AWS KMS: aeterna.kms.provider=aws).',
    );
    expect(p[1]!.line).toContain('(Secret demo-aeterna-postgresql)');
    expect(p[1]!.line).toContain('kubectl create secret generic demo-postgresql-credentials --namespace apps');
  });

  it('with the production preset: the plugin-auth signing key and the PostgreSQL passwords', () => {
    expect(pending(presetValues()).map((x) => x.setting)).toEqual([
      'auth.plugin.jwtSecret.existingSecret',
      'postgresql.auth.existingSecret',
    ]);
    expect(pending(presetValues())[0]!.line).toContain('(Secret aeterna-auth)');
  });

  it('none once existing Secrets are named, with AWS KMS, external PostgreSQL or both passwords set', () => {
    expect(pending(productionWithExistingSecrets())).toEqual([]);
    expect(pending({ aeterna: { kms: { provider: 'aws' } }, postgresql: { auth: { password: 'a', postgresPassword: 'b' } } })).toEqual([]);
    expect(pending({ aeterna: { kms: { local: { existingSecret: 'k' } } }, postgresql: { enabled: false } })).toEqual([]);
  });

  it('the message is printf of the lines and the namespace', () => {
    const p = pending({}, 'aeterna', 'apps');
    const msg = refusalMessage(tpl, p, 'apps');
    expect(msg).toContain(`replace the ones in use:\n${p[0]!.line}\n${p[1]!.line}\nFor a release`);
    expect(msg).toContain('kubectl get secret <name> --namespace apps -o yaml');
    expect(msg).not.toContain('%s');
  });

  it('refuses a template whose words it cannot read, saying what is missing', () => {
    expect(() => parseGeneratedSecretsTemplate('{{- define "aeterna.other" -}}{{- end }}')).toThrow(
      'templates/_generated-secrets.tpl has no define "aeterna.generatedSecrets.pending"',
    );
    const changed = `{{- define "aeterna.generatedSecrets.pending" -}}\n- the local KMS key {{ .Chart.Name }}, and set aeterna.kms.local.existingSecret=x\n- the plugin-auth signing key, and set auth.plugin.jwtSecret.existingSecret=x\n- the bundled PostgreSQL, and set postgresql.auth.existingSecret=x\n{{- end }}\n{{- define "aeterna.generatedSecrets.check" -}}{{- fail (printf "%s %s" $pending .Release.Namespace) }}{{- end }}`;
    const parsed = parseGeneratedSecretsTemplate(changed);
    expect(() => pendingGeneratedSecrets(parsed, coalesce(chartDefaults(), {}), 'a', 'b')).toThrow(
      "unknown template action in the chart's refusal: {{ .Chart.Name }}",
    );
  });
});

describe('withExistingSecretsNamed: the values once the refusal is followed', () => {
  it('names the Secret each line creates, keeps everything else, and leaves nothing pending', () => {
    const preset = presetValues();
    const p = pending(preset);
    expect(p.map((x) => [x.setting, x.secretName])).toEqual([
      ['auth.plugin.jwtSecret.existingSecret', 'aeterna-signing-key'],
      ['postgresql.auth.existingSecret', 'aeterna-postgresql-credentials'],
    ]);
    const named = withExistingSecretsNamed(preset, p);
    expect(pending(named)).toEqual([]);
    expect((named.auth as { plugin: { jwtSecret: unknown } }).plugin.jwtSecret).toEqual({ existingSecret: 'aeterna-signing-key' });
    expect({ ...named, auth: preset.auth, postgresql: preset.postgresql }).toEqual(preset);
    // The preset itself is not changed.
    expect(pending(preset)).toHaveLength(2);
  });

  it('creates the objects on the way when the values have none', () => {
    expect(withExistingSecretsNamed({}, pending({}, 'demo'))).toEqual({
      aeterna: { kms: { local: { existingSecret: 'demo-aeterna-kms' } } },
      postgresql: { auth: { existingSecret: 'demo-postgresql-credentials' } },
    });
  });
});
