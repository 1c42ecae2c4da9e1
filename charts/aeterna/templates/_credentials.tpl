{{/*
Credentials: for each one, the Secret and key it is read from, and whether the chart creates that Secret.
*/}}

{{/*
postgresql.auth.existingSecret rendered (it may contain a template), or empty. Rendered once per render and kept
on the root context (see aeterna.externalSecrets.remember): tpl copies every template of the chart on each call.
*/}}
{{- define "aeterna.postgresql.renderedExistingSecret" -}}
{{- if not (hasKey . "aeternaPostgresqlExistingSecret") }}
{{- $_ := set . "aeternaPostgresqlExistingSecret" (include "aeterna.postgresql.renderExistingSecret" .) }}
{{- end }}
{{- .aeternaPostgresqlExistingSecret }}
{{- end }}

{{- define "aeterna.postgresql.renderExistingSecret" -}}
{{- with .Values.postgresql.auth.existingSecret }}{{ tpl . $ }}{{ end }}
{{- end }}

{{/* True when the chart must create the bundled PostgreSQL's credentials Secret. */}}
{{- define "aeterna.postgresql.chartManagedSecret" -}}
{{- if and .Values.postgresql.enabled (eq (include "aeterna.postgresql.renderedExistingSecret" .) (include "aeterna.postgresql.generatedSecretName" .)) (not (include "aeterna.externalSecrets.provides" (list . "postgresql"))) }}true{{ end }}
{{- end }}



{{- define "aeterna.postgresql.adminUsername" -}}
{{- if .Values.postgresql.enabled }}postgres{{ else }}{{ .Values.externalPostgresql.admin.username }}{{ end }}
{{- end }}

{{/* Secret and key of the admin password: the bundled chart's postgres password, or externalPostgresql.admin. */}}
{{- define "aeterna.postgresql.adminSecretName" -}}
{{- if .Values.postgresql.enabled }}
{{- $existing := include "aeterna.postgresql.renderedExistingSecret" . }}
{{- if $existing }}{{ $existing }}{{ else }}{{ include "aeterna.postgresql.fullname" . }}{{ end }}
{{- else }}
{{- include "aeterna.existingSecret" (list . "postgresqlAdmin") }}
{{- end }}
{{- end }}

{{- define "aeterna.postgresql.adminSecretKey" -}}
{{- if .Values.postgresql.enabled }}
{{- if .Values.postgresql.auth.existingSecret }}
{{- dig "auth" "secretKeys" "adminPasswordKey" "postgres-password" (.Values.postgresql | merge dict) }}
{{- else }}postgres-password{{ end }}
{{- else }}
{{- .Values.externalPostgresql.admin.existingSecretPasswordKey }}
{{- end }}
{{- end }}

{{/*
Secret name and key of the bundled Qdrant's API key, as "name/key", or empty when there is none (helm test only:
the server does not use Qdrant at this version). apiKey true or a string -> <qdrant fullname>-apikey / api-key (the
Qdrant chart's own Secret); apiKey.valueFrom.secretKeyRef -> that Secret.
*/}}
{{- define "aeterna.qdrant.apiKeyRef" -}}
{{- $k := .Values.qdrant.apiKey }}
{{- if kindIs "map" $k }}
{{- with (dig "valueFrom" "secretKeyRef" dict $k) }}{{ .name }}/{{ .key }}{{ end }}
{{- else if $k }}
{{- printf "%s-apikey/api-key" (include "aeterna.qdrant.fullname" .) }}
{{- end }}
{{- end }}



{{/* True when the chart must create the local KMS key Secret. */}}
{{- define "aeterna.kms.chartManagedSecret" -}}
{{- if and (ne .Values.aeterna.kms.provider "aws") (not (include "aeterna.existingSecret" (list . "kmsLocalKey"))) }}true{{ end }}
{{- end }}

{{/* secretKeyRef (name/key) of AETERNA_LOCAL_KMS_KEY, or empty with AWS KMS. */}}
{{- define "aeterna.kms.keyRef" -}}
{{- if ne .Values.aeterna.kms.provider "aws" }}
{{- printf "%s/%s" (include "aeterna.existingSecret" (list . "kmsLocalKey") | default (include "aeterna.kms.generatedSecretName" .)) .Values.aeterna.kms.local.existingSecretKey }}
{{- end }}
{{- end }}

{{/*
The server's PostgreSQL password, as a dict (include ... | fromYaml): `name` and `key` of the Secret it is read
from, and `inline: true` with its `value` when the chart's own Secret (<fullname>) holds it. Bundled, as the
Bitnami chart reads it: the user's key, or the admin key when the user is postgres (empty username); the Secret
the chart generates has `password` and `postgres-password`.
*/}}
{{- define "aeterna.credentials.postgresql" -}}
{{- if .Values.postgresql.enabled }}
{{- $existing := include "aeterna.postgresql.renderedExistingSecret" . }}
{{- $admin := eq (include "aeterna.postgresql.username" .) "postgres" }}
name: {{ $existing | default (include "aeterna.postgresql.fullname" .) | quote }}
{{- if .Values.postgresql.auth.existingSecret }}
key: {{ ternary (dig "auth" "secretKeys" "adminPasswordKey" "postgres-password" (.Values.postgresql | merge dict)) (dig "auth" "secretKeys" "userPasswordKey" "password" (.Values.postgresql | merge dict)) $admin | quote }}
{{- else }}
key: {{ ternary "postgres-password" "password" $admin | quote }}
{{- end }}
{{- else if include "aeterna.existingSecret" (list . "postgresql") }}
name: {{ include "aeterna.existingSecret" (list . "postgresql") | quote }}
key: {{ .Values.externalPostgresql.existingSecretPasswordKey | quote }}
{{- else }}
name: {{ include "aeterna.fullname" . | quote }}
key: postgresql-password
inline: {{ not (empty .Values.externalPostgresql.password) }}
value: {{ .Values.externalPostgresql.password | quote }}
{{- end }}
{{- end }}

{{/* The OpenAI API key, as a dict like aeterna.credentials.postgresql; empty unless the provider is openai and a key is configured. */}}
{{- define "aeterna.credentials.openai" -}}
{{- $secret := include "aeterna.existingSecret" (list . "openai") }}
{{- with .Values.aeterna.llm.openai }}
{{- if eq $.Values.aeterna.llm.provider "openai" }}
{{- if $secret }}
name: {{ $secret | quote }}
key: {{ .existingSecretKey | quote }}
{{- else if .apiKey }}
name: {{ include "aeterna.fullname" $ | quote }}
key: openai-api-key
inline: true
value: {{ .apiKey | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/* The credentials the chart's own Secret (<fullname>) holds: a list of {key, value}; empty when there are none. */}}
{{- define "aeterna.credentials.inline" -}}
{{- $out := list }}
{{- range $c := list (include "aeterna.credentials.postgresql" $ | fromYaml) (include "aeterna.credentials.openai" $ | fromYaml) }}
{{- if $c.inline }}{{ $out = append $out (dict "key" $c.key "value" $c.value) }}{{ end }}
{{- end }}
{{- toYaml $out }}
{{- end }}

{{/*
checksum/secret of the server's pods: it changes when a credential the chart writes changes, so the pods restart,
and it must not reveal those credentials. An unsalted hash of the Secret manifests would let anyone who can read the
Deployment test a weak inline password against it offline. So it hashes the Secret names and key names, plus, when
the chart holds credentials given in values, a derivePassword digest of them (the Master Password algorithm:
scrypt with N=32768, about 0.1 s and 32 MB a guess, salted with the namespace and release). Generated credentials
(read back with lookup) only change when their Secret is recreated, which changes nothing here: they are left out,
so a render that cannot look them up (helm template, Argo CD) gives the same checksum as the real install.
*/}}
{{- define "aeterna.secretChecksum" -}}
{{- $parts := list }}
{{- range $t := list "/secret.yaml" "/secret-postgresql.yaml" }}
{{- $doc := include (print $.Template.BasePath $t) $ | fromYaml }}
{{- with $doc.data }}
{{- $parts = append $parts (printf "%s:%s" $doc.metadata.name (keys . | sortAlpha | join ",")) }}
{{- end }}
{{- end }}
{{- include "aeterna.externalSecrets.remember" . }}
{{- range .aeternaExternalSecrets.items }}
{{- $refs := list }}
{{- range .data }}{{ $refs = append $refs (printf "%s<-%s#%s" .secretKey .remoteRef.key (.remoteRef.property | default "")) }}{{ end }}
{{- $parts = append $parts (printf "%s:%s" .target (join "," $refs)) }}
{{- end }}
{{- $given := list }}
{{- range (include "aeterna.credentials.inline" . | fromYamlArray) }}{{ $given = append $given (printf "%s=%s" .key .value) }}{{ end }}
{{- if include "aeterna.postgresql.chartManagedSecret" . }}
{{- with .Values.postgresql.auth.password }}{{ $given = append $given (printf "password=%v" .) }}{{ end }}
{{- with .Values.postgresql.auth.postgresPassword }}{{ $given = append $given (printf "postgres-password=%v" .) }}{{ end }}
{{- end }}
{{- if $given }}
{{- $parts = append $parts (derivePassword 1 "maximum" (join "\n" $given) (printf "%s/%s" .Release.Namespace .Release.Name) "aeterna checksum/secret") }}
{{- end }}
{{- join "\n" $parts | sha256sum }}
{{- end }}
