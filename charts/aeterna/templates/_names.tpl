{{/*
Names of the chart's objects and of the subcharts' Services and Secrets. The helper names are the ones `helm create` uses, so that anyone who knows Helm finds them.
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

{{/* Name of the ServiceAccount the pods use. */}}
{{- define "aeterna.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "aeterna.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Full name of a subchart as the subchart itself computes it (Bitnami's common.names.fullname and Qdrant's
qdrant.fullname follow the same rule): fullnameOverride, else <release>-<name or nameOverride>, or the release
name alone when it contains that name.
Bitnami's rule (bitnami/common 2.31.4, the library in Redis 23.1.1 and PostgreSQL 17.1.0) first lowercases the
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

{{- define "aeterna.redis.fullname" -}}
{{- include "aeterna.subchartFullname" (dict "values" .Values.redis "chartName" "redis" "Release" .Release "bitnami" true) }}
{{- end }}

{{/* The Bitnami PostgreSQL chart lets global.postgresql.fullnameOverride win over its own naming rule. */}}
{{- define "aeterna.postgresql.fullname" -}}
{{- $global := dig "postgresql" "fullnameOverride" "" (.Values.global | default dict | merge dict) }}
{{- if $global }}
{{- $global }}
{{- else }}
{{- include "aeterna.subchartFullname" (dict "values" .Values.postgresql "chartName" "postgresql" "Release" .Release "bitnami" true) }}
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

{{- define "aeterna.qdrant.fullname" -}}
{{- include "aeterna.subchartFullname" (dict "values" .Values.qdrant "chartName" "qdrant" "Release" .Release) }}
{{- end }}

{{/*
Name of the Secret this chart generates for the bundled PostgreSQL. It depends on the release name only, because
the Bitnami chart renders postgresql.auth.existingSecret with tpl in its own context, where only the release is
shared with this chart.
*/}}
{{- define "aeterna.postgresql.generatedSecretName" -}}
{{- printf "%s-aeterna-postgresql" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Name of the Secret the chart generates for the local KMS key (release-scoped, kept on uninstall). */}}
{{- define "aeterna.kms.generatedSecretName" -}}
{{- printf "%s-kms" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Secret with the key that signs plugin-auth tokens: yours, or the one the chart generates. */}}
{{- define "aeterna.auth.jwtSecretName" -}}
{{- include "aeterna.existingSecret" (list . "pluginJwtSecret") | default (printf "%s-auth" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-") }}
{{- end }}

{{/* Where the knowledge repository lives: a sub-folder of the /data volume, so that a fresh volume's lost+found
does not make boot refuse the folder as "not empty and not a git repository" when a remote is set. */}}
{{/* Cluster-scoped name of the TokenReview ClusterRole and its binding: unique per namespace and release. */}}
{{- define "aeterna.tokenReviewName" -}}
{{- printf "%s-%s-tokenreview" .Release.Namespace (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "aeterna.knowledgeRepoPath" -}}/data/knowledge-repo{{- end }}
