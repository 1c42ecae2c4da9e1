{{/*
Pieces of pod specs: security contexts, probes, resources, the init containers that hold the server until its dependencies and schema are ready, and the migration Job's containers' environment.
*/}}

{{/* Whether the pods mount a ServiceAccount token: only when asked, when RBAC is created for them, or when the
server checks Kubernetes tokens (it authenticates its TokenReview calls with its own token). */}}
{{- define "aeterna.automountToken" -}}
{{- if or .Values.serviceAccount.automountServiceAccountToken .Values.rbac.create .Values.auth.kubernetes.enabled }}true{{ else }}false{{ end }}
{{- end }}

{{/* Pod and container security contexts shared by the helm test pods (restricted PSS). */}}
{{- define "aeterna.testPodSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .uid }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "aeterna.testContainerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* Probe timing fields from a probe values block. */}}
{{- define "aeterna.probeTimings" -}}
initialDelaySeconds: {{ .initialDelaySeconds }}
periodSeconds: {{ .periodSeconds }}
timeoutSeconds: {{ .timeoutSeconds }}
failureThreshold: {{ .failureThreshold }}
successThreshold: {{ .successThreshold }}
{{- end }}

{{/* Container resources without empty entries (an empty limits.cpu means no CPU limit). Call with .Values.resources. */}}
{{- define "aeterna.resources" -}}
{{- $out := dict }}
{{- range $kind := list "requests" "limits" }}
{{- $m := dict }}
{{- range $k, $v := (get $ $kind | default dict) }}
{{- if $v }}{{ $_ := set $m $k $v }}{{ end }}
{{- end }}
{{- if $m }}{{ $_ := set $out $kind $m }}{{ end }}
{{- end }}
{{- if $out }}{{ toYaml $out }}{{ else }}{}{{ end }}
{{- end }}

{{/*
A workload's resources: its explicit `resources` when any entry is set (as Bitnami's charts do, they replace the
preset entirely), else the figures of its size in sizes.json, else none. Usage: include "aeterna.presetResources"
(dict "resources" .Values.resources "preset" .Values.resourcesPreset "workload" "server" "root" $).
*/}}
{{- define "aeterna.presetResources" -}}
{{- $explicit := include "aeterna.resources" .resources }}
{{- if or (ne $explicit "{}") (eq (toString .preset) "none") }}
{{- $explicit }}
{{- else }}
{{- $size := get (.root.Files.Get "sizes.json" | fromJson).sizes (toString .preset) }}
{{- if not $size }}
{{- fail (printf "resourcesPreset %q is not a size of this chart: use small, medium, large or none." (toString .preset)) }}
{{- end }}
{{- include "aeterna.resources" (get $size .workload) }}
{{- end }}
{{- end }}

{{/*
Kubernetes quantity ("500m", "1Gi", "2", "1e3") as a plain number string, for comparing limits with requests.
*/}}
{{- define "aeterna.quantity" -}}
{{- $q := toString . | trim }}
{{- $num := regexFind "^[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?" $q }}
{{- $suffix := trimPrefix $num $q }}
{{- $mult := dict "" 1.0 "m" 0.001 "k" 1000.0 "M" 1000000.0 "G" 1000000000.0 "T" 1000000000000.0 "P" 1000000000000000.0 "E" 1000000000000000000.0 "Ki" 1024.0 "Mi" 1048576.0 "Gi" 1073741824.0 "Ti" 1099511627776.0 "Pi" 1125899906842624.0 "Ei" 1152921504606846976.0 }}
{{- mulf (float64 $num) (get $mult $suffix | default 1.0) }}
{{- end }}

{{/*
A bash loop that waits until a command succeeds, for at most waitForDependencies.timeoutSeconds, then fails with
a message. Usage: include "aeterna.waitUntil" (dict "until" "<command>" "every" <seconds> "failure" "<message>"
"timeout" .Values.waitForDependencies.timeoutSeconds); the message is a double-quoted bash word ($VARS expand).
*/}}
{{- define "aeterna.waitUntil" -}}
end=$(( $(date +%s) + {{ int .timeout }} ))
until {{ .until }}; do
  if [ "$(date +%s)" -ge "$end" ]; then
    echo "{{ .failure }}"
    exit 1
  fi
  sleep {{ .every }}
done
{{- end }}

{{/* Resources of the small init containers that only wait (bash, psql, pg_isready). */}}
{{- define "aeterna.waitResources" -}}
requests:
  cpu: 10m
  memory: 16Mi
limits:
  memory: 64Mi
{{- end }}

{{/*
Waits for PostgreSQL (pg_isready) and Redis (PING answered by +PONG): a server that starts while Redis is
unreachable keeps its state in memory for the life of the pod (bootstrap.rs, no retry).
*/}}
{{- define "aeterna.initContainer.waitForDependencies" -}}
- name: wait-for-dependencies
  image: {{ include "aeterna.simpleImage" (dict "image" .Values.waitForDependencies.image "global" .Values.global) | quote }}
  imagePullPolicy: IfNotPresent
  command:
    - /bin/bash
    - -c
    - |
      redis_ping() {
        exec 3<>"/dev/tcp/$RD_HOST/$RD_PORT" || return 1
        printf 'PING\r\n' >&3
        IFS= read -r -t 3 reply <&3
        exec 3<&- 3>&-
        [ "$reply" = $'+PONG\r' ]
      }
      {{- $timeout := int .Values.waitForDependencies.timeoutSeconds }}
      {{- include "aeterna.waitUntil" (dict "until" "pg_isready -q && redis_ping 2>/dev/null" "every" 2 "timeout" $timeout "failure" (printf "not ready after %ds: PostgreSQL $PGHOST:$PGPORT and Redis $RD_HOST:$RD_PORT" $timeout)) | nindent 6 }}
  env:
    {{- include "aeterna.postgresql.libpqEnv" . | nindent 4 }}
    - name: RD_HOST
      value: {{ include "aeterna.redis.host" . | quote }}
    - name: RD_PORT
      value: {{ include "aeterna.redis.port" . | quote }}
  securityContext:
    {{- toYaml .Values.containerSecurityContext | nindent 4 }}
  resources:
    {{- include "aeterna.waitResources" . | nindent 4 }}
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
  image: {{ include "aeterna.simpleImage" (dict "image" .Values.waitForDependencies.image "global" .Values.global) | quote }}
  imagePullPolicy: IfNotPresent
  command:
    - /bin/bash
    - -c
    - |
      query="SELECT to_regclass('public._aeterna_migrations') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m','S') AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user))"
      {{- $timeout := int .Values.waitForDependencies.timeoutSeconds }}
      {{- $failure := printf "the database migrations have not finished after %ds: see the Job %s-migrate* (kubectl logs job/<name> --all-containers)" $timeout (include "aeterna.fullname" .) }}
      {{- include "aeterna.waitUntil" (dict "until" "[ \"$(psql -XtAq -c \"$query\" 2>/dev/null)\" = \"t\" ]" "every" 3 "timeout" $timeout "failure" $failure) | nindent 6 }}
  env:
    - name: HOME
      value: /tmp
    {{- include "aeterna.postgresql.libpqEnv" . | nindent 4 }}
    - name: PGUSER
      value: {{ include "aeterna.postgresql.username" . | quote }}
    - name: PGPASSWORD
      valueFrom:
        secretKeyRef:
          name: {{ (include "aeterna.credentials.postgresql" . | fromYaml).name | quote }}
          key: {{ (include "aeterna.credentials.postgresql" . | fromYaml).key | quote }}
  securityContext:
    {{- toYaml .Values.containerSecurityContext | nindent 4 }}
  resources:
    {{- include "aeterna.waitResources" . | nindent 4 }}
  volumeMounts:
    - name: tmp
      mountPath: /tmp
    {{- with (include "aeterna.postgresql.tlsMount" .) }}
    {{- . | nindent 4 }}
    {{- end }}
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
