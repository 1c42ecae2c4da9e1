{{/*
Labels: the chart's, the immutable selector labels, and the client labels NetworkPolicies select.
*/}}

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

{{/* Label that marks a pod as a client of Aeterna for the NetworkPolicy (Bitnami's `<fullname>-client` idiom). */}}
{{- define "aeterna.clientLabelKey" -}}
{{- printf "%s-client" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
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

{{/*
What `aeterna serve` needs at boot that is not a plain setting: the KMS key, the migration admin, the knowledge
repository volume, PostgreSQL TLS files, and the init containers that hold the server back until its dependencies
and its database schema are ready. Source references are to kikokikok/aeterna at the chart's appVersion.
*/}}

{{/* Labels of the migration Job's pods: not the selector labels, so that they never become Service endpoints. */}}
{{- define "aeterna.migrations.podLabels" -}}
helm.sh/chart: {{ include "aeterna.chart" . }}
app.kubernetes.io/name: {{ printf "%s-migrations" (include "aeterna.name" .) | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: migrations
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
