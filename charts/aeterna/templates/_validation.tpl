{{/*
Cross-field validation. Each message names the value that is wrong and how to fix it. The rules that JSON Schema
can express are also in values.schema.json (root allOf, one if/then per rule, with the same message as its
description), so that the configurator and Helm reject the same values; the rules below that the schema cannot
express (quantities, host lists, rendered templates) live here only.
Called once from deployment.yaml.
*/}}
{{- define "aeterna.validateValues" -}}
{{- $rules := (.Files.Get "validation-rules.json" | fromJson).messages }}
{{- $errors := list }}

{{- /* Dependencies: bundled or external, not both, not neither. */}}
{{- if and (not .Values.postgresql.enabled) (not .Values.externalPostgresql.host) }}
{{- $errors = append $errors (get $rules "postgresql-neither") }}
{{- end }}
{{- if and .Values.postgresql.enabled .Values.externalPostgresql.host }}
{{- $errors = append $errors (get $rules "postgresql-both") }}
{{- end }}
{{- if and (not .Values.redis.enabled) (not .Values.externalRedis.host) }}
{{- $errors = append $errors (get $rules "redis-neither") }}
{{- end }}
{{- if and .Values.redis.enabled .Values.externalRedis.host }}
{{- $errors = append $errors (get $rules "redis-both") }}
{{- end }}

{{- /* Inline secret and existingSecret both set. */}}
{{- if and .Values.externalPostgresql.password .Values.externalPostgresql.existingSecret }}
{{- $errors = append $errors (get $rules "external-postgresql-password-and-secret") }}
{{- end }}
{{- if and .Values.aeterna.llm.openai.apiKey .Values.aeterna.llm.openai.existingSecret }}
{{- $errors = append $errors (get $rules "openai-api-key-and-secret") }}
{{- end }}
{{- if and .Values.postgresql.enabled (not (include "aeterna.postgresql.chartManagedSecret" .)) .Values.postgresql.auth.existingSecret (or .Values.postgresql.auth.password .Values.postgresql.auth.postgresPassword) }}
{{- $errors = append $errors (get $rules "postgresql-password-and-own-secret") }}
{{- end }}

{{- /* Bitnami PostgreSQL gives global.postgresql.auth.* priority over postgresql.auth.*, which is what Aeterna is wired from. */}}
{{- if .Values.postgresql.enabled }}
{{- $gauth := dig "postgresql" "auth" dict (.Values.global | default dict | merge dict) }}
{{- $gset := false }}
{{- range $k := list "postgresPassword" "username" "password" "database" "existingSecret" }}
{{- if get $gauth $k }}{{ $gset = true }}{{ end }}
{{- end }}
{{- if get $gauth "secretKeys" }}{{ $gset = true }}{{ end }}
{{- if $gset }}
{{- $errors = append $errors (get $rules "global-postgresql-auth") }}
{{- end }}
{{- end }}

{{- /* What the server needs at boot (bootstrap.rs), refused here rather than crash-looping in the cluster. */}}
{{- $a := .Values.aeterna }}
{{- if and (eq $a.llm.provider "openai") (not $a.llm.openai.apiKey) (not $a.llm.openai.existingSecret) }}
{{- $errors = append $errors (get $rules "openai-without-key") }}
{{- end }}
{{- if and (eq $a.llm.provider "google") (or (not $a.llm.google.projectId) (not $a.llm.google.location) (not $a.llm.google.embeddingModel)) }}
{{- $errors = append $errors (get $rules "google-settings-missing") }}
{{- end }}
{{- if and (eq $a.llm.provider "google") $a.features.reflective (not $a.llm.google.model) }}
{{- $errors = append $errors (get $rules "google-chat-model-missing") }}
{{- end }}
{{- if and (eq $a.llm.provider "bedrock") (or (not $a.llm.bedrock.region) (not $a.llm.bedrock.embeddingModel)) }}
{{- $errors = append $errors (get $rules "bedrock-settings-missing") }}
{{- end }}
{{- if and (eq $a.llm.provider "bedrock") $a.features.reflective (not $a.llm.bedrock.model) }}
{{- $errors = append $errors (get $rules "bedrock-chat-model-missing") }}
{{- end }}
{{- if and (eq $a.kms.provider "aws") (not $a.kms.aws.keyArn) }}
{{- $errors = append $errors (get $rules "kms-aws-without-key") }}
{{- end }}
{{- if and (eq $a.environment "production") (ne $a.kms.provider "aws") }}
{{- $errors = append $errors (get $rules "production-local-kms") }}
{{- end }}
{{- if and (eq $a.environment "production") (ne $a.secretProvider.provider "vault") }}
{{- $errors = append $errors (get $rules "production-local-secret-provider") }}
{{- end }}
{{- if and (eq $a.secretProvider.provider "vault") (or (not $a.secretProvider.vault.address) (not $a.secretProvider.vault.existingSecret)) }}
{{- $errors = append $errors (get $rules "vault-settings-missing") }}
{{- end }}

{{- if and (has $a.deploymentMode (list "hybrid" "remote")) (not $a.remoteGovernanceUrl) }}
{{- $errors = append $errors (get $rules "deployment-mode-without-remote") }}
{{- end }}

{{- /* Authentication: closed by default when published; each backend's inputs. */}}
{{- $auth := .Values.auth }}
{{- if and (include "aeterna.published" .) (eq $auth.mode "off") (not $auth.acknowledgeUnauthenticatedExposure) }}
{{- $errors = append $errors (get $rules "published-without-auth") }}
{{- end }}
{{- if and (include "aeterna.published" .) (eq $auth.mode "plugin") .Values.aeterna.features.radkit (not $auth.a2a.existingSecret) (not $auth.acknowledgeUnauthenticatedExposure) }}
{{- $errors = append $errors (get $rules "published-a2a-without-key") }}
{{- end }}
{{- if and (eq $auth.mode "plugin") (not $auth.plugin.github.existingSecret) }}
{{- $errors = append $errors (get $rules "plugin-auth-without-github") }}
{{- end }}
{{- $cedar := $auth.authorization.cedar }}
{{- if and (eq $auth.authorization.backend "cedar") (not $cedar.existingConfigMap) (or (not $cedar.policies) (not $cedar.schema)) }}
{{- $errors = append $errors (get $rules "cedar-inputs-missing") }}
{{- end }}
{{- if and (eq $auth.authorization.backend "permit") (or (not $auth.authorization.permit.pdpUrl) (not $auth.authorization.permit.existingSecret)) }}
{{- $errors = append $errors (get $rules "permit-inputs-missing") }}
{{- end }}

{{- /* The knowledge repository is a git working copy on the pod's volume. */}}
{{- $several := or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) }}
{{- if and $several (not $a.knowledgeRepository.remote.url) }}
{{- $errors = append $errors (get $rules "several-pods-without-remote") }}
{{- end }}
{{- if and $several .Values.persistence.enabled }}
{{- $errors = append $errors (get $rules "persistence-with-several-pods") }}
{{- end }}

{{- /* PostgreSQL: the server's unescaped connection URL, the migration admin, TLS. */}}
{{- range $path, $pw := dict "postgresql.auth.password" .Values.postgresql.auth.password "postgresql.auth.postgresPassword" .Values.postgresql.auth.postgresPassword "externalPostgresql.password" .Values.externalPostgresql.password }}
{{- if regexMatch "[@:/?#%]" (toString $pw) }}
{{- $errors = append $errors (printf (get $rules "password-breaks-url") $path) }}
{{- end }}
{{- end }}
{{- if and .Values.migrations.enabled (not .Values.postgresql.enabled) (not .Values.externalPostgresql.admin.existingSecret) }}
{{- $errors = append $errors (get $rules "migrations-without-admin") }}
{{- end }}
{{- $tls := .Values.externalPostgresql.tls }}
{{- if and (not .Values.postgresql.enabled) (has $tls.sslMode (list "verify-ca" "verify-full")) (not $tls.existingSecret) }}
{{- $errors = append $errors (get $rules "postgresql-tls-verify-without-ca") }}
{{- end }}
{{- if and (not .Values.postgresql.enabled) (or (and $tls.certKey (not $tls.keyKey)) (and $tls.keyKey (not $tls.certKey))) }}
{{- $errors = append $errors (get $rules "postgresql-tls-cert-without-key") }}
{{- end }}

{{- /* What the server does not support. */}}
{{- if not (has .Values.aeterna.llm.provider (list "none" "openai" "google" "bedrock")) }}
{{- $errors = append $errors (get $rules "llm-provider-unknown") }}
{{- end }}
{{- if and .Values.redis.enabled (dig "auth" "enabled" false (.Values.redis | merge dict)) }}
{{- $errors = append $errors (get $rules "redis-auth") }}
{{- end }}
{{- if and .Values.redis.enabled (dig "sentinel" "enabled" false (.Values.redis | merge dict)) }}
{{- $errors = append $errors (get $rules "redis-sentinel") }}
{{- end }}

{{- /* Resources: limits not below requests. */}}
{{- range $res := list "cpu" "memory" }}
{{- $req := dig "requests" $res "" ($.Values.resources | merge dict) }}
{{- $lim := dig "limits" $res "" ($.Values.resources | merge dict) }}
{{- if and $req $lim }}
{{- if lt (float64 (include "aeterna.quantity" $lim)) (float64 (include "aeterna.quantity" $req)) }}
{{- $errors = append $errors (printf (get $rules "limits-below-requests") $res $lim $res $req) }}
{{- end }}
{{- end }}
{{- end }}

{{- /* Scaling and availability. */}}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- $errors = append $errors (printf (get $rules "autoscaling-min-above-max") .Values.autoscaling.minReplicas .Values.autoscaling.maxReplicas) }}
{{- end }}
{{- if and .Values.pdb.enabled (toString .Values.pdb.minAvailable) (toString .Values.pdb.maxUnavailable) }}
{{- $errors = append $errors (get $rules "pdb-both") }}
{{- end }}

{{- /* Ingress: every TLS host must be routed. */}}
{{- if .Values.ingress.enabled }}
{{- $hosts := list }}
{{- range .Values.ingress.hosts }}{{ $hosts = append $hosts .host }}{{ end }}
{{- range .Values.ingress.tls }}
{{- range .hosts }}
{{- if not (has . $hosts) }}
{{- $errors = append $errors (printf (get $rules "ingress-tls-host-not-routed") .) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{- if $errors }}
{{- fail (printf "\n\nVALUES VALIDATION:\n- %s\n" (join "\n- " $errors)) }}
{{- end }}
{{- end }}
