{{/*
Credentials from the team's secret store (External Secrets Operator): for each credential the chart reads, an
optional ExternalSecret whose target is the very Secret every consumer reads. The consumers never read
externalSecrets.* themselves: they ask aeterna.existingSecret, which answers the Secret you named (existingSecret),
else the ExternalSecret's target when the store provides the credential, else nothing (the chart generates it or it
is given inline). So a credential from the store counts as an existing Secret everywhere: in the Deployment, the
migration Job, the init containers, the checksums and the refusal of generatedSecrets.withoutCluster.
*/}}

{{/*
The credentials, as YAML (include ... | fromYaml): `credentials` is a list of {id, suffix, existing, keys}; `id` is
the key under externalSecrets, `existing` the Secret named in values (rendered for postgresql.auth.existingSecret),
`keys` maps each of the credential's remote references (externalSecrets.<id>.<ref>) to the key it fills in the
target Secret, the key the consumers read. `suffix` names the ExternalSecret <fullname>-<suffix>, and its target
when existing is empty. The operator (creationPolicy Owner) adopts a Secret of the target's name that no other
ExternalSecret owns, such as one the chart generated and kept before, and writes the store's values into it.
*/}}
{{- define "aeterna.externalSecrets.credentials" -}}
{{- $v := .Values }}
credentials:
{{- if $v.postgresql.enabled }}
  - id: postgresql
    suffix: postgresql
    existing: {{ include "aeterna.postgresql.renderedExistingSecret" . | quote }}
    keys:
      password: {{ dig "auth" "secretKeys" "userPasswordKey" "password" ($v.postgresql | merge dict) | quote }}
      postgresPassword: {{ dig "auth" "secretKeys" "adminPasswordKey" "postgres-password" ($v.postgresql | merge dict) | quote }}
{{- else }}
  - id: postgresql
    suffix: postgresql
    existing: {{ $v.externalPostgresql.existingSecret | quote }}
    keys:
      password: {{ $v.externalPostgresql.existingSecretPasswordKey | quote }}
  - id: postgresqlAdmin
    suffix: postgresql-admin
    existing: {{ $v.externalPostgresql.admin.existingSecret | quote }}
    keys:
      password: {{ $v.externalPostgresql.admin.existingSecretPasswordKey | quote }}
  - id: postgresqlTls
    suffix: postgresql-tls
    existing: {{ $v.externalPostgresql.tls.existingSecret | quote }}
    keys:
      ca: {{ $v.externalPostgresql.tls.caKey | quote }}
      clientCert: {{ $v.externalPostgresql.tls.certKey | quote }}
      clientKey: {{ $v.externalPostgresql.tls.keyKey | quote }}
{{- end }}
  - id: openai
    suffix: openai
    existing: {{ $v.aeterna.llm.openai.existingSecret | quote }}
    keys:
      apiKey: {{ $v.aeterna.llm.openai.existingSecretKey | quote }}
  - id: knowledgeRepositoryGithub
    suffix: knowledge-github
    existing: {{ $v.aeterna.knowledgeRepository.github.existingSecret | quote }}
    keys:
      token: {{ $v.aeterna.knowledgeRepository.github.tokenKey | quote }}
      appPrivateKey: {{ $v.aeterna.knowledgeRepository.github.appPrivateKeyKey | quote }}
      webhookSecret: {{ $v.aeterna.knowledgeRepository.github.webhookSecretKey | quote }}
  - id: kmsLocalKey
    suffix: kms-local-key
    existing: {{ $v.aeterna.kms.local.existingSecret | quote }}
    keys:
      key: {{ $v.aeterna.kms.local.existingSecretKey | quote }}
  - id: vaultToken
    suffix: vault-token
    existing: {{ $v.aeterna.secretProvider.vault.existingSecret | quote }}
    keys:
      token: {{ $v.aeterna.secretProvider.vault.existingSecretKey | quote }}
  - id: pluginJwtSecret
    suffix: plugin-jwt-secret
    existing: {{ $v.auth.plugin.jwtSecret.existingSecret | quote }}
    keys:
      key: {{ $v.auth.plugin.jwtSecret.existingSecretKey | quote }}
  - id: pluginGithub
    suffix: plugin-github
    existing: {{ $v.auth.plugin.github.existingSecret | quote }}
    keys:
      clientId: {{ $v.auth.plugin.github.clientIdKey | quote }}
      clientSecret: {{ $v.auth.plugin.github.clientSecretKey | quote }}
  - id: permit
    suffix: permit
    existing: {{ $v.auth.authorization.permit.existingSecret | quote }}
    keys:
      apiKey: {{ $v.auth.authorization.permit.existingSecretKey | quote }}
  - id: a2a
    suffix: a2a
    existing: {{ $v.auth.a2a.existingSecret | quote }}
    keys:
      apiKey: {{ $v.auth.a2a.existingSecretKey | quote }}
  - id: backupS3
    suffix: backup-s3
    existing: {{ $v.backup.destination.s3.existingSecret | quote }}
    keys:
      accessKeyId: {{ $v.backup.destination.s3.accessKeyIdKey | quote }}
      secretAccessKey: {{ $v.backup.destination.s3.secretAccessKeyKey | quote }}
{{- end }}

{{/*
The ExternalSecrets to create, as YAML (include ... | fromYaml): `items` is a list of {id, name, target, data}, one
for each credential of aeterna.externalSecrets.credentials with at least one remote reference (a non-empty
externalSecrets.<id>.<ref>.key) while externalSecrets.enabled; `data` lists {secretKey, remoteRef} in the order of
the references. Empty `items` when the store provides nothing.
*/}}
{{- define "aeterna.externalSecrets.items" -}}
{{- $items := list }}
{{- if .Values.externalSecrets.enabled }}
{{- range $c := (include "aeterna.externalSecrets.credentials" . | fromYaml).credentials }}
{{- $refs := get $.Values.externalSecrets $c.id | default dict }}
{{- $data := list }}
{{- range $ref := keys $c.keys | sortAlpha }}
{{- $r := get $refs $ref | default dict }}
{{- if and $r.key (get $c.keys $ref) }}
{{- $remote := dict "key" $r.key }}
{{- with $r.property }}{{ $_ := set $remote "property" . }}{{ end }}
{{- $data = append $data (dict "secretKey" (get $c.keys $ref) "remoteRef" $remote) }}
{{- end }}
{{- end }}
{{- if $data }}
{{- $name := printf "%s-%s" (include "aeterna.fullname" $) $c.suffix | trunc 63 | trimSuffix "-" }}
{{- $items = append $items (dict "id" $c.id "name" $name "target" ($c.existing | default $name) "data" $data) }}
{{- end }}
{{- end }}
{{- end }}
{{- toYaml (dict "items" $items) }}
{{- end }}

{{/*
Usage: {{- include "aeterna.externalSecrets.remember" $ }}, then $.aeternaExternalSecrets.credentials and .items
The two tables above, built and parsed once per render and kept on the root context: helm gives every template of
a chart the same root and builds a new one for each render, so nothing outlives the render. aeterna.existingSecret
is asked some thirty times a render, and building and parsing the tables on each call was a third of the chart's
render time (and of the configurator's manifests view).
*/}}
{{- define "aeterna.externalSecrets.remember" -}}
{{- if not (hasKey . "aeternaExternalSecrets") }}
{{- $credentials := (include "aeterna.externalSecrets.credentials" . | fromYaml).credentials }}
{{- $_ := set . "aeternaExternalSecrets" (dict "credentials" $credentials "items" (include "aeterna.externalSecrets.items" . | fromYaml).items) }}
{{- end }}
{{- end }}

{{/*
Usage: include "aeterna.existingSecret" (list $ "<id>")
The Secret a credential is read from when it is not the chart's to create: the one named in values
(existingSecret), else the target of its ExternalSecret, else empty. <id> is one of the ids of
aeterna.externalSecrets.credentials.
*/}}
{{- define "aeterna.existingSecret" -}}
{{- $ctx := index . 0 }}
{{- $id := index . 1 }}
{{- $found := "" }}
{{- include "aeterna.externalSecrets.remember" $ctx }}
{{- range $ctx.aeternaExternalSecrets.credentials }}
{{- if eq .id $id }}{{ $found = .existing }}{{ end }}
{{- end }}
{{- if not $found }}
{{- range $ctx.aeternaExternalSecrets.items }}
{{- if eq .id $id }}{{ $found = .target }}{{ end }}
{{- end }}
{{- end }}
{{- $found }}
{{- end }}

{{/* Usage: include "aeterna.externalSecrets.provides" (list $ "<id>"): true when an ExternalSecret writes that credential. */}}
{{- define "aeterna.externalSecrets.provides" -}}
{{- $id := index . 1 }}
{{- include "aeterna.externalSecrets.remember" (index . 0) }}
{{- range (index . 0).aeternaExternalSecrets.items }}
{{- if eq .id $id }}true{{ end }}
{{- end }}
{{- end }}

{{/* Whether the cluster serves the ExternalSecret kind (helm template: --api-versions external-secrets.io/v1/ExternalSecret). */}}
{{- define "aeterna.externalSecrets.apiServed" -}}
{{- if .Capabilities.APIVersions.Has "external-secrets.io/v1/ExternalSecret" }}true{{ end }}
{{- end }}

{{/*
Refuses a render that would create ExternalSecrets for a cluster that does not serve them: every consumer would
wait for a Secret nobody writes. Unlike the ServiceMonitor (a warning in the NOTES), nothing works without it.
Called from deployment.yaml.
*/}}
{{- define "aeterna.externalSecrets.check" -}}
{{- include "aeterna.externalSecrets.remember" . }}
{{- $items := .aeternaExternalSecrets.items }}
{{- if and $items (not (include "aeterna.externalSecrets.apiServed" .)) }}
{{- $names := list }}
{{- range $items }}{{ $names = append $names .target }}{{ end }}
{{- fail (printf "\n\nexternalSecrets.enabled: the cluster does not serve external-secrets.io/v1 ExternalSecret, so nothing would write the Secrets %s that the pods read. Install the External Secrets Operator (v0.17 or later, which serves external-secrets.io/v1) before this chart, or set externalSecrets.enabled=false and create those Secrets yourself. A render without the cluster (helm template, Argo CD without the CRD) must be told the API exists: --api-versions external-secrets.io/v1/ExternalSecret.\n" (join ", " $names)) }}
{{- end }}
{{- end }}
