import { describe, expect, it } from 'vitest';
import { extractValidationMessages } from './template-messages';

const tpl = `{{/* Checks values. */}}
{{- define "aeterna.validate" -}}
{{- if and (not .Values.redis.enabled) (not .Values.externalRedis.host) -}}
{{- fail "redis.enabled is false and externalRedis.host is empty: set externalRedis.host or enable redis" -}}
{{- end -}}
{{- if .Values.redis.auth.enabled }}
  {{- $msg := printf "redis.auth.enabled=%v: Aeterna %s cannot send a password; set redis.auth.enabled=false" .Values.redis.auth.enabled .Chart.AppVersion -}}
  {{- fail $msg }}
{{- else if gt (int .Values.replicaCount) 10 }}
  {{ fail (print "replicaCount " "is too high") }}
{{- end }}
{{- $_ := required "externalPostgresql.host is required when postgresql.enabled=false" .Values.externalPostgresql.host -}}
{{- if not (has .Values.aeterna.llm.provider (list "none" "openai")) }}{{ fail (cat "aeterna.llm.provider" "must be one of none, openai") }}{{ end }}
{{- end -}}
`;

describe('extractValidationMessages', () => {
  const msgs = extractValidationMessages(tpl);

  it('finds every fail and required message, with format verbs as placeholders', () => {
    expect(msgs.map((m) => [m.kind, m.message])).toEqual([
      ['fail', 'redis.enabled is false and externalRedis.host is empty: set externalRedis.host or enable redis'],
      ['fail', 'redis.auth.enabled=<…>: Aeterna <…> cannot send a password; set redis.auth.enabled=false'],
      ['fail', 'replicaCount is too high'],
      ['required', 'externalPostgresql.host is required when postgresql.enabled=false'],
      ['fail', 'aeterna.llm.provider must be one of none, openai'],
    ]);
  });

  it('records the template, the enclosing conditions and the values they read', () => {
    expect(msgs[0]).toMatchObject({
      template: 'aeterna.validate',
      conditions: ['and (not .Values.redis.enabled) (not .Values.externalRedis.host)'],
      valuePaths: ['redis.enabled', 'externalRedis.host'],
      line: 4,
    });
    expect(msgs[2]!.conditions[0]).toBe('not (.Values.redis.auth.enabled) and gt (int .Values.replicaCount) 10');
    expect(msgs[3]!.valuePaths).toEqual(['externalPostgresql.host']);
    expect(msgs[4]!.valuePaths).toEqual(['aeterna.llm.provider']);
  });
});

describe('errors collected in a list, then failed together', () => {
  const tpl = `{{- define "v" -}}
{{- $errors := list }}
{{- if not .Values.a.enabled }}
{{- $errors = append $errors "a.enabled is false: set it to true." }}
{{- end }}
{{- range $r := list "cpu" "memory" }}
{{- $errors = append $errors (printf "resources.limits.%s is low" $r) }}
{{- end }}
{{- $other := append (list) "not a message" }}
{{- if $errors }}
{{- fail (printf "\\n\\nVALUES VALIDATION:\\n- %s\\n" (join "\\n- " $errors)) }}
{{- end }}
{{- end }}`;
  const msgs = extractValidationMessages(tpl);

  it('reports each appended message, and marks the final fail as the aggregate', () => {
    expect(msgs.map((m) => [m.message.trim(), m.aggregate])).toEqual([
      ['a.enabled is false: set it to true.', false],
      ['resources.limits.<…> is low', false],
      ['VALUES VALIDATION:\n- <…>', true],
    ]);
    expect(msgs[0]!.valuePaths).toEqual(['a.enabled']);
  });
});

describe('messages looked up in validation-rules.json', () => {
  it('resolves `get $rules "id"` and `printf (get $rules "id") args`, with the rule id', () => {
    const src = `{{- define "v" -}}
{{- $rules := (.Files.Get "validation-rules.json" | fromJson).messages }}
{{- $errors := list }}
{{- if .Values.a }}{{ $errors = append $errors (get $rules "a-rule") }}{{ end }}
{{- if .Values.b }}{{ $errors = append $errors (printf (get $rules "b-rule") .Values.b) }}{{ end }}
{{- if $errors }}{{ fail (join "\\n" $errors) }}{{ end }}
{{- end }}`;
    const msgs = extractValidationMessages(src, { 'a-rule': 'a is wrong: unset it.', 'b-rule': 'b=%q is 100%% wrong.' });
    expect(msgs.filter((m) => !m.aggregate).map((m) => [m.ruleId, m.message, m.valuePaths])).toEqual([
      ['a-rule', 'a is wrong: unset it.', ['a']],
      ['b-rule', 'b=<…> is 100% wrong.', ['b']],
    ]);
  });
});

describe('actions as Go reads them', () => {
  it('keeps a message whole when it quotes braces, as in YAML flow maps', () => {
    const src = `{{- /* a comment with }} in it */}}
{{- if .Values.networkPolicy.enabled }}{{ fail "list them, e.g. [{namespaceSelector: {matchLabels: {name: x}}}] or none" }}{{ end }}
{{- fail \`raw {{ and }} braces\` }}`;
    expect(extractValidationMessages(src).map((m) => [m.message, m.conditions])).toEqual([
      ['list them, e.g. [{namespaceSelector: {matchLabels: {name: x}}}] or none', ['.Values.networkPolicy.enabled']],
      ['raw {{ and }} braces', []],
    ]);
  });
});
