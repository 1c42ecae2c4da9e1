{{/*
Where PostgreSQL and Redis are (bundled subchart or external), and how libpq-based containers reach PostgreSQL, TLS included.
*/}}

{{/* Redis host: the bundled chart's master Service (no sentinel), or externalRedis.host. */}}
{{- define "aeterna.redis.host" -}}
{{- if .Values.redis.enabled }}
{{- printf "%s-master" (include "aeterna.redis.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- .Values.externalRedis.host }}
{{- end }}
{{- end }}

{{- define "aeterna.redis.port" -}}
{{- if .Values.redis.enabled }}
{{- dig "master" "service" "ports" "redis" 6379 (.Values.redis | merge dict) | toString }}
{{- else }}
{{- .Values.externalRedis.port | toString }}
{{- end }}
{{- end }}

{{- define "aeterna.redis.database" -}}
{{- if .Values.redis.enabled }}0{{ else }}{{ .Values.externalRedis.database | toString }}{{ end }}
{{- end }}

{{/* PostgreSQL host: the bundled chart's Service (<fullname>, or <fullname>-<primary.name> with replication), or external. */}}
{{- define "aeterna.postgresql.host" -}}
{{- if .Values.postgresql.enabled }}
{{- include "aeterna.postgresql.primaryFullname" . }}
{{- else }}
{{- .Values.externalPostgresql.host }}
{{- end }}
{{- end }}

{{- define "aeterna.postgresql.port" -}}
{{- if .Values.postgresql.enabled }}
{{- dig "primary" "service" "ports" "postgresql" 5432 (.Values.postgresql | merge dict) | toString }}
{{- else }}
{{- .Values.externalPostgresql.port | toString }}
{{- end }}
{{- end }}

{{- define "aeterna.postgresql.database" -}}
{{- if .Values.postgresql.enabled }}
{{- .Values.postgresql.auth.database }}
{{- else }}
{{- .Values.externalPostgresql.database }}
{{- end }}
{{- end }}

{{/* Bundled: an empty postgresql.auth.username means the postgres admin user, as in the Bitnami chart. */}}
{{- define "aeterna.postgresql.username" -}}
{{- if .Values.postgresql.enabled }}
{{- .Values.postgresql.auth.username | default "postgres" }}
{{- else }}
{{- .Values.externalPostgresql.username }}
{{- end }}
{{- end }}

{{/* libpq's TLS variables (sqlx, psql and pg_isready all read them), as container env entries; empty when unused. */}}
{{- define "aeterna.postgresql.tlsEnv" -}}
{{- if not .Values.postgresql.enabled }}
{{- with .Values.externalPostgresql.tls }}
{{- if .sslMode }}
- name: PGSSLMODE
  value: {{ .sslMode | quote }}
{{- end }}
{{- if .existingSecret }}
{{- if .caKey }}
- name: PGSSLROOTCERT
  value: {{ printf "/etc/aeterna/postgresql-tls/%s" .caKey | quote }}
{{- end }}
{{- if and .certKey .keyKey }}
- name: PGSSLCERT
  value: {{ printf "/etc/aeterna/postgresql-tls/%s" .certKey | quote }}
- name: PGSSLKEY
  value: {{ printf "/etc/aeterna/postgresql-tls/%s" .keyKey | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{- define "aeterna.postgresql.tlsMount" -}}
{{- if and (not .Values.postgresql.enabled) .Values.externalPostgresql.tls.existingSecret }}
- name: postgresql-tls
  mountPath: /etc/aeterna/postgresql-tls
  readOnly: true
{{- end }}
{{- end }}

{{/* The client key must not be world-readable for libpq: 0440 (root, group fsGroup). */}}
{{- define "aeterna.postgresql.tlsVolume" -}}
{{- if and (not .Values.postgresql.enabled) .Values.externalPostgresql.tls.existingSecret }}
- name: postgresql-tls
  secret:
    secretName: {{ .Values.externalPostgresql.tls.existingSecret | quote }}
    # 0440 in octal: written in decimal because YAML 1.1 and 1.2 read a leading 0 differently.
    defaultMode: 288
{{- end }}
{{- end }}

{{/*
The PostgreSQL client key must be an unencrypted PKCS#8 PEM key: the server and `admin migrate up` load it with sqlx
on native-tls (Identity::from_pkcs8), whose OpenSSL backend checks that the file starts with this line and refuses
anything else, while psql and pg_isready read PKCS#1 and SEC1 keys too; the init containers would pass and the server
would not. Checked at render when the cluster lets helm read the Secret (lookup), and in a first init container when
the pod starts (a Secret created later, or a render without the cluster), with the same message.
*/}}
{{- define "aeterna.postgresql.clientKeyInUse" -}}
{{- with .Values.externalPostgresql.tls }}
{{- if and (not $.Values.postgresql.enabled) .existingSecret .certKey .keyKey }}true{{ end }}
{{- end }}
{{- end }}

{{- define "aeterna.postgresql.pkcs8Header" -}}-----BEGIN PRIVATE KEY-----{{- end }}

{{- define "aeterna.postgresql.clientKeyMessage" -}}
{{- with .Values.externalPostgresql.tls -}}
externalPostgresql.tls: the client key in Secret {{ .existingSecret }}, key {{ .keyKey }}, is not an unencrypted PKCS#8 PEM key (its first line must be {{ include "aeterna.postgresql.pkcs8Header" $ }}). The server and the migration Job load it with native-tls (Identity::from_pkcs8), which refuses PKCS#1 (BEGIN RSA PRIVATE KEY), SEC1 (BEGIN EC PRIVATE KEY) and encrypted keys, although psql accepts them. Convert it with: openssl pkcs8 -topk8 -nocrypt -in client.key -out client.pk8.key, then store client.pk8.key under the key {{ .keyKey }}.
{{- end }}
{{- end }}

{{/* The render-time half of the check: only when helm can read the Secret (helm install/upgrade with access). */}}
{{- define "aeterna.postgresql.clientKeyCheck" -}}
{{- if include "aeterna.postgresql.clientKeyInUse" . }}
{{- $data := (lookup "v1" "Secret" .Release.Namespace .Values.externalPostgresql.tls.existingSecret).data | default dict }}
{{- with (get $data .Values.externalPostgresql.tls.keyKey) }}
{{- if not (hasPrefix (include "aeterna.postgresql.pkcs8Header" $) (b64dec .)) }}
{{- fail (include "aeterna.postgresql.clientKeyMessage" $) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/* The start-time half: the first init container of the server's pod and of the migration Job. */}}
{{- define "aeterna.initContainer.checkClientKey" -}}
{{- if include "aeterna.postgresql.clientKeyInUse" . }}
{{- $file := printf "/etc/aeterna/postgresql-tls/%s" .Values.externalPostgresql.tls.keyKey }}
{{- $header := include "aeterna.postgresql.pkcs8Header" . }}
- name: check-postgresql-client-key
  image: {{ include "aeterna.simpleImage" .Values.waitForDependencies.image | quote }}
  imagePullPolicy: IfNotPresent
  command:
    - /bin/bash
    - -c
    - |
      if [ "$(head -c {{ len $header }} {{ $file | squote }})" != {{ $header | squote }} ]; then
        echo {{ include "aeterna.postgresql.clientKeyMessage" . | squote }}
        exit 1
      fi
  securityContext:
    {{- toYaml .Values.containerSecurityContext | nindent 4 }}
  resources:
    {{- include "aeterna.waitResources" . | nindent 4 }}
  volumeMounts:
    {{- include "aeterna.postgresql.tlsMount" . | nindent 4 }}
{{- end }}
{{- end }}

{{/* PG* connection variables for psql/pg_isready containers: host, port, database (TLS included). */}}
{{- define "aeterna.postgresql.libpqEnv" -}}
- name: PGHOST
  value: {{ include "aeterna.postgresql.host" . | quote }}
- name: PGPORT
  value: {{ include "aeterna.postgresql.port" . | quote }}
- name: PGDATABASE
  value: {{ include "aeterna.postgresql.database" . | quote }}
- name: PGCONNECT_TIMEOUT
  value: "5"
{{- include "aeterna.postgresql.tlsEnv" . }}
{{- end }}
