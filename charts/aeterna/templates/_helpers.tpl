{{/*
Names and labels. The helper names are the ones `helm create` uses, so that anyone who knows Helm finds them.
*/}}

{{/* Chart name, or nameOverride. */}}
{{- define "aeterna.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: fullnameOverride, else <release>-<name>, or the release name alone when it already
contains the name. Truncated to 63 characters (DNS label).
*/}}
{{- define "aeterna.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Chart name and version, for the helm.sh/chart label. */}}
{{- define "aeterna.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every resource of this chart. */}}
{{- define "aeterna.labels" -}}
helm.sh/chart: {{ include "aeterna.chart" . }}
{{ include "aeterna.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: aeterna
{{- end }}

{{/* Selector labels: name and instance only, because a Deployment's selector is immutable. */}}
{{- define "aeterna.selectorLabels" -}}
app.kubernetes.io/name: {{ include "aeterna.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Name of the ServiceAccount the pods use. */}}
{{- define "aeterna.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "aeterna.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Whether the pods mount a ServiceAccount token: only when asked, when RBAC is created for them, or when the
server checks Kubernetes tokens (it authenticates its TokenReview calls with its own token). */}}
{{- define "aeterna.automountToken" -}}
{{- if or .Values.serviceAccount.automountServiceAccountToken .Values.rbac.create .Values.auth.kubernetes.enabled }}true{{ else }}false{{ end }}
{{- end }}

{{/* Label that marks a pod as a client of Aeterna for the NetworkPolicy (Bitnami's `<fullname>-client` idiom). */}}
{{- define "aeterna.clientLabelKey" -}}
{{- printf "%s-client" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Image reference of the server: registry/repository, then @digest or :tag (default v<appVersion>). */}}
{{- define "aeterna.image" -}}
{{- $repo := .Values.image.repository }}
{{- if .Values.image.registry }}
{{- $repo = printf "%s/%s" .Values.image.registry .Values.image.repository }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repo .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repo (default (printf "v%s" .Chart.AppVersion) .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* Image reference from a {registry, repository, tag} map (helm test and init images). */}}
{{- define "aeterna.simpleImage" -}}
{{- if .registry }}
{{- printf "%s/%s:%s" .registry .repository (toString .tag) }}
{{- else }}
{{- printf "%s:%s" .repository (toString .tag) }}
{{- end }}
{{- end }}

{{/* imagePullSecrets of the pods, from global.imagePullSecrets and imagePullSecrets (names or {name} maps). */}}
{{- define "aeterna.imagePullSecrets" -}}
{{- $names := list }}
{{- range (concat (.Values.global.imagePullSecrets | default list) (.Values.imagePullSecrets | default list)) }}
{{- if kindIs "map" . }}
{{- $names = append $names .name }}
{{- else }}
{{- $names = append $names . }}
{{- end }}
{{- end }}
{{- with ($names | uniq) }}
imagePullSecrets:
{{- range . }}
  - name: {{ . | quote }}
{{- end }}
{{- end }}
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

{{/*
Full name of a subchart as the subchart itself computes it (Bitnami's common.names.fullname and Qdrant's
qdrant.fullname follow the same rule): fullnameOverride, else <release>-<name or nameOverride>, or the release
name alone when it contains that name.
Bitnami's rule (bitnami/common 2.31.4, the library in Redis 23.1.1 and PostgreSQL 17.0.2) first lowercases the
release name and turns every run of characters other than a-z, 0-9 and "-" into one "-" (a release "my.app" gives
"my-app-redis"); Qdrant's rule uses the release name as it is. Pass "bitnami" true for the Bitnami charts.
Call with (dict "values" .Values.redis "chartName" "redis" "Release" .Release "bitnami" true).
*/}}
{{- define "aeterna.subchartFullname" -}}
{{- if .values.fullnameOverride }}
{{- .values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .chartName .values.nameOverride }}
{{- $release := .Release.Name }}
{{- if .bitnami }}
{{- $release = regexReplaceAll "(-?[^a-z\\d\\-])+-?" (lower .Release.Name) "-" }}
{{- end }}
{{- if contains $name $release }}
{{- $release | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" $release $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* ===================================== Redis ===================================== */}}

{{- define "aeterna.redis.fullname" -}}
{{- include "aeterna.subchartFullname" (dict "values" .Values.redis "chartName" "redis" "Release" .Release "bitnami" true) }}
{{- end }}

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

{{/* ===================================== PostgreSQL ===================================== */}}

{{/* The Bitnami PostgreSQL chart lets global.postgresql.fullnameOverride win over its own naming rule. */}}
{{- define "aeterna.postgresql.fullname" -}}
{{- $global := dig "postgresql" "fullnameOverride" "" (.Values.global | default dict | merge dict) }}
{{- if $global }}
{{- $global }}
{{- else }}
{{- include "aeterna.subchartFullname" (dict "values" .Values.postgresql "chartName" "postgresql" "Release" .Release "bitnami" true) }}
{{- end }}
{{- end }}

{{/*
Name of the Secret this chart generates for the bundled PostgreSQL. It depends on the release name only, because
the Bitnami chart renders postgresql.auth.existingSecret with tpl in its own context, where only the release is
shared with this chart.
*/}}
{{- define "aeterna.postgresql.generatedSecretName" -}}
{{- printf "%s-aeterna-postgresql" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* postgresql.auth.existingSecret rendered (it may contain a template), or empty. */}}
{{- define "aeterna.postgresql.renderedExistingSecret" -}}
{{- with .Values.postgresql.auth.existingSecret }}{{ tpl . $ }}{{ end }}
{{- end }}

{{/* True when the chart must create the bundled PostgreSQL's credentials Secret. */}}
{{- define "aeterna.postgresql.chartManagedSecret" -}}
{{- if and .Values.postgresql.enabled (eq (include "aeterna.postgresql.renderedExistingSecret" .) (include "aeterna.postgresql.generatedSecretName" .)) }}true{{ end }}
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

{{/* Secret holding the password the server uses. */}}
{{- define "aeterna.postgresql.secretName" -}}
{{- if .Values.postgresql.enabled }}
{{- $existing := include "aeterna.postgresql.renderedExistingSecret" . }}
{{- if $existing }}{{ $existing }}{{ else }}{{ include "aeterna.postgresql.fullname" . }}{{ end }}
{{- else if .Values.externalPostgresql.existingSecret }}
{{- .Values.externalPostgresql.existingSecret }}
{{- else }}
{{- include "aeterna.fullname" . }}
{{- end }}
{{- end }}

{{/*
Key of that password. Bundled, as the Bitnami chart reads it: the user's key, or the admin key when the user is
postgres (empty username); without existingSecret the chart's own Secret has `password` and `postgres-password`.
*/}}
{{- define "aeterna.postgresql.secretKey" -}}
{{- if .Values.postgresql.enabled }}
{{- $admin := eq (include "aeterna.postgresql.username" .) "postgres" }}
{{- if .Values.postgresql.auth.existingSecret }}
{{- if $admin }}
{{- dig "auth" "secretKeys" "adminPasswordKey" "postgres-password" (.Values.postgresql | merge dict) }}
{{- else }}
{{- dig "auth" "secretKeys" "userPasswordKey" "password" (.Values.postgresql | merge dict) }}
{{- end }}
{{- else }}{{ ternary "postgres-password" "password" $admin }}{{ end }}
{{- else if .Values.externalPostgresql.existingSecret }}
{{- .Values.externalPostgresql.existingSecretPasswordKey }}
{{- else }}postgresql-password{{ end }}
{{- end }}

{{/* ===================================== Qdrant ===================================== */}}

{{- define "aeterna.qdrant.fullname" -}}
{{- include "aeterna.subchartFullname" (dict "values" .Values.qdrant "chartName" "qdrant" "Release" .Release) }}
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

{{/* ===================================== LLM ===================================== */}}

{{/* Secret name/key of the OpenAI API key, or empty. */}}
{{- define "aeterna.openai.apiKeyRef" -}}
{{- if eq .Values.aeterna.llm.provider "openai" }}
{{- if .Values.aeterna.llm.openai.existingSecret }}
{{- printf "%s/%s" .Values.aeterna.llm.openai.existingSecret .Values.aeterna.llm.openai.existingSecretKey }}
{{- else if .Values.aeterna.llm.openai.apiKey }}
{{- printf "%s/openai-api-key" (include "aeterna.fullname" .) }}
{{- end }}
{{- end }}
{{- end }}

{{/* True when the chart's own Secret (inline credentials) has at least one key. */}}
{{- define "aeterna.secret.hasData" -}}
{{- if or (and (not .Values.postgresql.enabled) .Values.externalPostgresql.password (not .Values.externalPostgresql.existingSecret)) (and (eq .Values.aeterna.llm.provider "openai") .Values.aeterna.llm.openai.apiKey (not .Values.aeterna.llm.openai.existingSecret)) }}true{{ end }}
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

{{/* Default IngressClass of the cluster (annotation ingressclass.kubernetes.io/is-default-class: "true"), or empty. */}}
{{- define "aeterna.ingress.defaultClassName" -}}
{{- $found := "" }}
{{- $classes := lookup "networking.k8s.io/v1" "IngressClass" "" "" }}
{{- if $classes }}
{{- range ($classes.items | default list) }}
{{- if and (not $found) (eq (toString (dig "metadata" "annotations" "ingressclass.kubernetes.io/is-default-class" "" .)) "true") }}
{{- $found = .metadata.name }}
{{- end }}
{{- end }}
{{- end }}
{{- $found }}
{{- end }}

{{/* IngressClass used by the Ingress: ingress.className, else the cluster's default, else none. */}}
{{- define "aeterna.ingress.className" -}}
{{- if .Values.ingress.className }}
{{- .Values.ingress.className }}
{{- else }}
{{- include "aeterna.ingress.defaultClassName" . }}
{{- end }}
{{- end }}

{{/* Whether to render the ServiceMonitor: asked for, and the CRD is served (or forced). */}}
{{- define "aeterna.serviceMonitor.render" -}}
{{- if and .Values.metrics.serviceMonitor.enabled (or .Values.metrics.serviceMonitor.forceRender (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor")) }}true{{ end }}
{{- end }}

{{/* Whether to render the PrometheusRule: asked for, and the CRD is served (or forced). */}}
{{- define "aeterna.prometheusRule.render" -}}
{{- if and .Values.metrics.prometheusRule.enabled (or .Values.metrics.prometheusRule.forceRender (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/PrometheusRule")) }}true{{ end }}
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
Labels of the helm test pods. Deliberately NOT the selector labels: a test pod must never become an endpoint of the
Service or count in the PodDisruptionBudget.
*/}}
{{- define "aeterna.testLabels" -}}
helm.sh/chart: {{ include "aeterna.chart" . }}
app.kubernetes.io/name: {{ printf "%s-test" (include "aeterna.name" .) | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: test
{{- end }}
