{{/*
What `aeterna serve` needs at boot that is not a plain setting: the KMS key, the migration admin, the knowledge
repository volume, PostgreSQL TLS files, and the init containers that hold the server back until its dependencies
and its database schema are ready. Source references are to kikokikok/aeterna at the chart's appVersion.
*/}}

{{/* Where the knowledge repository lives: a sub-folder of the /data volume, so that a fresh volume's lost+found
does not make boot refuse the folder as "not empty and not a git repository" when a remote is set. */}}
{{- define "aeterna.knowledgeRepoPath" -}}/data/knowledge-repo{{- end }}

{{/* ===================================== KMS ===================================== */}}

{{/* Name of the Secret the chart generates for the local KMS key (release-scoped, kept on uninstall). */}}
{{- define "aeterna.kms.generatedSecretName" -}}
{{- printf "%s-kms" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* True when the chart must create the local KMS key Secret. */}}
{{- define "aeterna.kms.chartManagedSecret" -}}
{{- if and (ne .Values.aeterna.kms.provider "aws") (not .Values.aeterna.kms.local.existingSecret) }}true{{ end }}
{{- end }}

{{/* secretKeyRef (name/key) of AETERNA_LOCAL_KMS_KEY, or empty with AWS KMS. */}}
{{- define "aeterna.kms.keyRef" -}}
{{- if ne .Values.aeterna.kms.provider "aws" }}
{{- printf "%s/%s" (.Values.aeterna.kms.local.existingSecret | default (include "aeterna.kms.generatedSecretName" .)) .Values.aeterna.kms.local.existingSecretKey }}
{{- end }}
{{- end }}

{{/* ===================================== PostgreSQL admin (migrations) ===================================== */}}

{{- define "aeterna.postgresql.adminUsername" -}}
{{- if .Values.postgresql.enabled }}postgres{{ else }}{{ .Values.externalPostgresql.admin.username }}{{ end }}
{{- end }}

{{/* Secret and key of the admin password: the bundled chart's postgres password, or externalPostgresql.admin. */}}
{{- define "aeterna.postgresql.adminSecretName" -}}
{{- if .Values.postgresql.enabled }}
{{- $existing := include "aeterna.postgresql.renderedExistingSecret" . }}
{{- if $existing }}{{ $existing }}{{ else }}{{ include "aeterna.postgresql.fullname" . }}{{ end }}
{{- else }}
{{- .Values.externalPostgresql.admin.existingSecret }}
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

{{/* ===================================== PostgreSQL TLS ===================================== */}}

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

{{/*
Bitnami's client labels: with networkPolicy.allowExternal=false the bundled charts admit only pods labelled
`<fullname>-client: "true"` (Redis templates/networkpolicy.yaml, PostgreSQL templates/primary/networkpolicy.yaml).
The server, the migration Job and the test pods carry them.
*/}}
{{- define "aeterna.dependencyClientLabels" -}}
{{- if .Values.redis.enabled }}
{{ printf "%s-client" (include "aeterna.redis.fullname" .) | trunc 63 | trimSuffix "-" }}: "true"
{{- end }}
{{- if .Values.postgresql.enabled }}
{{ printf "%s-client" (include "aeterna.postgresql.primaryFullname" .) | trunc 63 | trimSuffix "-" }}: "true"
{{- end }}
{{- end }}

{{/* Full name of the bundled PostgreSQL's primary (Bitnami postgresql.v1.primary.fullname). */}}
{{- define "aeterna.postgresql.primaryFullname" -}}
{{- if eq (.Values.postgresql.architecture | default "standalone") "replication" }}
{{- printf "%s-%s" (include "aeterna.postgresql.fullname" .) (dig "primary" "name" "primary" (.Values.postgresql | merge dict)) | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- include "aeterna.postgresql.fullname" . }}
{{- end }}
{{- end }}

{{/* ===================================== Init containers ===================================== */}}

{{/*
Waits for PostgreSQL (pg_isready) and Redis (PING answered by +PONG): a server that starts while Redis is
unreachable keeps its state in memory for the life of the pod (bootstrap.rs, no retry).
*/}}
{{- define "aeterna.initContainer.waitForDependencies" -}}
- name: wait-for-dependencies
  image: {{ include "aeterna.simpleImage" .Values.waitForDependencies.image | quote }}
  imagePullPolicy: IfNotPresent
  command:
    - /bin/bash
    - -c
    - |
      end=$(( $(date +%s) + {{ int .Values.waitForDependencies.timeoutSeconds }} ))
      redis_ping() {
        exec 3<>"/dev/tcp/$RD_HOST/$RD_PORT" || return 1
        printf 'PING\r\n' >&3
        IFS= read -r -t 3 reply <&3
        exec 3<&- 3>&-
        [ "$reply" = $'+PONG\r' ]
      }
      until pg_isready -q && redis_ping 2>/dev/null; do
        if [ "$(date +%s)" -ge "$end" ]; then
          echo "not ready after {{ int .Values.waitForDependencies.timeoutSeconds }}s: PostgreSQL $PGHOST:$PGPORT and Redis $RD_HOST:$RD_PORT"
          exit 1
        fi
        sleep 2
      done
  env:
    {{- include "aeterna.postgresql.libpqEnv" . | nindent 4 }}
    - name: RD_HOST
      value: {{ include "aeterna.redis.host" . | quote }}
    - name: RD_PORT
      value: {{ include "aeterna.redis.port" . | quote }}
  securityContext:
    {{- toYaml .Values.containerSecurityContext | nindent 4 }}
  resources:
    requests:
      cpu: 10m
      memory: 16Mi
    limits:
      memory: 64Mi
  {{- with (include "aeterna.postgresql.tlsMount" .) }}
  volumeMounts:
    {{- . | nindent 4 }}
  {{- end }}
{{- end }}

{{/*
Holds the server until the migration Job has finished: the migrations table exists and every relation in schema
public belongs to the server's user (the Job hands them over as its last step; `serve` alters tables it must own,
storage/src/postgres.rs initialize_schema).
*/}}
{{- define "aeterna.initContainer.waitForMigrations" -}}
- name: wait-for-migrations
  image: {{ include "aeterna.simpleImage" .Values.waitForDependencies.image | quote }}
  imagePullPolicy: IfNotPresent
  command:
    - /bin/bash
    - -c
    - |
      end=$(( $(date +%s) + {{ int .Values.waitForDependencies.timeoutSeconds }} ))
      query="SELECT to_regclass('public._aeterna_migrations') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m','S') AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user))"
      until [ "$(psql -XtAq -c "$query" 2>/dev/null)" = "t" ]; do
        if [ "$(date +%s)" -ge "$end" ]; then
          echo "the database migrations have not finished after {{ int .Values.waitForDependencies.timeoutSeconds }}s: see the Job {{ include "aeterna.fullname" . }}-migrate* (kubectl logs job/<name> --all-containers)"
          exit 1
        fi
        sleep 3
      done
  env:
    - name: HOME
      value: /tmp
    {{- include "aeterna.postgresql.libpqEnv" . | nindent 4 }}
    - name: PGUSER
      value: {{ include "aeterna.postgresql.username" . | quote }}
    - name: PGPASSWORD
      valueFrom:
        secretKeyRef:
          name: {{ include "aeterna.postgresql.secretName" . | quote }}
          key: {{ include "aeterna.postgresql.secretKey" . | quote }}
  securityContext:
    {{- toYaml .Values.containerSecurityContext | nindent 4 }}
  resources:
    requests:
      cpu: 10m
      memory: 16Mi
    limits:
      memory: 64Mi
  volumeMounts:
    - name: tmp
      mountPath: /tmp
    {{- with (include "aeterna.postgresql.tlsMount" .) }}
    {{- . | nindent 4 }}
    {{- end }}
{{- end }}

{{/* ===================================== Migration Job ===================================== */}}

{{/* Labels of the migration Job's pods: not the selector labels, so that they never become Service endpoints. */}}
{{- define "aeterna.migrations.podLabels" -}}
helm.sh/chart: {{ include "aeterna.chart" . }}
app.kubernetes.io/name: {{ printf "%s-migrations" (include "aeterna.name" .) | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: migrations
{{- end }}

{{/* libpq environment of the migration Job's psql containers: the admin user and password. */}}
{{- define "aeterna.migrations.adminEnv" -}}
- name: HOME
  value: /tmp
{{ include "aeterna.postgresql.libpqEnv" . }}
- name: PGUSER
  value: {{ include "aeterna.postgresql.adminUsername" . | quote }}
- name: PGPASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "aeterna.postgresql.adminSecretName" . | quote }}
      key: {{ include "aeterna.postgresql.adminSecretKey" . | quote }}
{{- end }}

{{- define "aeterna.migrations.mounts" -}}
- name: tmp
  mountPath: /tmp
{{- with (include "aeterna.postgresql.tlsMount" .) }}
{{ . }}
{{- end }}
{{- end }}

{{/* ===================================== Authentication ===================================== */}}

{{/* Secret with the key that signs plugin-auth tokens: yours, or the one the chart generates. */}}
{{- define "aeterna.auth.jwtSecretName" -}}
{{- .Values.auth.plugin.jwtSecret.existingSecret | default (printf "%s-auth" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-") }}
{{- end }}

{{/* Published outside the cluster: an Ingress, or a Service of type LoadBalancer or NodePort. */}}
{{- define "aeterna.published" -}}
{{- if or .Values.ingress.enabled (has .Values.service.type (list "LoadBalancer" "NodePort")) }}true{{ end }}
{{- end }}
