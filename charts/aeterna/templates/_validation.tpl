{{/*
Cross-field validation. Each message names the value that is wrong and how to fix it. The rules that JSON Schema
can express are also in values.schema.json (root allOf, one if/then per rule, with the same message as its
description), so that the configurator and Helm reject the same values; the rules below that the schema cannot
express (quantities, host lists, rendered templates) live here only.
Called once from deployment.yaml.
*/}}
{{- define "aeterna.validateValues" -}}
{{- $errors := list }}

{{- /* Dependencies: bundled or external, not both, not neither. */}}
{{- if and (not .Values.postgresql.enabled) (not .Values.externalPostgresql.host) }}
{{- $errors = append $errors "PostgreSQL is neither bundled nor external: set postgresql.enabled=true, or set externalPostgresql.host to your server's host name." }}
{{- end }}
{{- if and .Values.postgresql.enabled .Values.externalPostgresql.host }}
{{- $errors = append $errors "PostgreSQL is both bundled and external: postgresql.enabled=true and externalPostgresql.host is set. Set postgresql.enabled=false to use the external server, or empty externalPostgresql.host." }}
{{- end }}
{{- if and (not .Values.redis.enabled) (not .Values.externalRedis.host) }}
{{- $errors = append $errors "Redis is neither bundled nor external: set redis.enabled=true, or set externalRedis.host to your server's host name." }}
{{- end }}
{{- if and .Values.redis.enabled .Values.externalRedis.host }}
{{- $errors = append $errors "Redis is both bundled and external: redis.enabled=true and externalRedis.host is set. Set redis.enabled=false to use the external server, or empty externalRedis.host." }}
{{- end }}
{{- if and (not .Values.qdrant.enabled) (not .Values.externalQdrant.host) }}
{{- $errors = append $errors "Qdrant is neither bundled nor external: set qdrant.enabled=true, or set externalQdrant.host to your server's host name." }}
{{- end }}
{{- if and .Values.qdrant.enabled .Values.externalQdrant.host }}
{{- $errors = append $errors "Qdrant is both bundled and external: qdrant.enabled=true and externalQdrant.host is set. Set qdrant.enabled=false to use the external server, or empty externalQdrant.host." }}
{{- end }}

{{- /* Inline secret and existingSecret both set. */}}
{{- if and .Values.externalPostgresql.password .Values.externalPostgresql.existingSecret }}
{{- $errors = append $errors "externalPostgresql.password and externalPostgresql.existingSecret are both set: keep one (the password in the Secret named by existingSecret, key existingSecretPasswordKey, is the safer choice)." }}
{{- end }}
{{- if and .Values.externalQdrant.apiKey .Values.externalQdrant.existingSecret }}
{{- $errors = append $errors "externalQdrant.apiKey and externalQdrant.existingSecret are both set: keep one (the key in the Secret named by existingSecret, key existingSecretApiKeyKey, is the safer choice)." }}
{{- end }}
{{- if and .Values.aeterna.llm.openai.apiKey .Values.aeterna.llm.openai.existingSecret }}
{{- $errors = append $errors "aeterna.llm.openai.apiKey and aeterna.llm.openai.existingSecret are both set: keep one (the key in the Secret named by existingSecret, key existingSecretKey, is the safer choice)." }}
{{- end }}
{{- if and .Values.postgresql.enabled (not (include "aeterna.postgresql.chartManagedSecret" .)) .Values.postgresql.auth.existingSecret (or .Values.postgresql.auth.password .Values.postgresql.auth.postgresPassword) }}
{{- $errors = append $errors "postgresql.auth.password (or postgresPassword) and your own postgresql.auth.existingSecret are both set: keep one. The passwords are read from the existingSecret when it is set." }}
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
{{- $errors = append $errors "global.postgresql.auth is set: the bundled Bitnami PostgreSQL would take its credentials from there, but Aeterna is wired from postgresql.auth. Move these settings to postgresql.auth (username, password, postgresPassword, database, existingSecret, secretKeys) and remove global.postgresql.auth." }}
{{- end }}
{{- end }}

{{- /* What the server does not support. */}}
{{- if not (has .Values.aeterna.llm.provider (list "none" "openai" "google" "bedrock")) }}
{{- $errors = append $errors (printf "aeterna.llm.provider=%q is not accepted by the server (it stops at start-up): use one of none, openai, google, bedrock." (toString .Values.aeterna.llm.provider)) }}
{{- end }}
{{- if and .Values.redis.enabled (dig "auth" "enabled" false (.Values.redis | merge dict)) }}
{{- $errors = append $errors "redis.auth.enabled=true: Aeterna 0.8.0-rc.12 cannot send a Redis password and would silently fall back to in-memory state. Set redis.auth.enabled=false and protect Redis with a NetworkPolicy." }}
{{- end }}
{{- if and .Values.redis.enabled (dig "sentinel" "enabled" false (.Values.redis | merge dict)) }}
{{- $errors = append $errors "redis.sentinel.enabled=true: Aeterna 0.8.0-rc.12 connects to one Redis address and cannot follow a Sentinel failover. Set redis.sentinel.enabled=false (architecture standalone or replication)." }}
{{- end }}

{{- /* Resources: limits not below requests. */}}
{{- range $res := list "cpu" "memory" }}
{{- $req := dig "requests" $res "" ($.Values.resources | merge dict) }}
{{- $lim := dig "limits" $res "" ($.Values.resources | merge dict) }}
{{- if and $req $lim }}
{{- if lt (float64 (include "aeterna.quantity" $lim)) (float64 (include "aeterna.quantity" $req)) }}
{{- $errors = append $errors (printf "resources.limits.%s (%v) is below resources.requests.%s (%v): raise the limit or lower the request." $res $lim $res $req) }}
{{- end }}
{{- end }}
{{- end }}

{{- /* Scaling and availability. */}}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- $errors = append $errors (printf "autoscaling.minReplicas (%v) is above autoscaling.maxReplicas (%v): make minReplicas <= maxReplicas." .Values.autoscaling.minReplicas .Values.autoscaling.maxReplicas) }}
{{- end }}
{{- if and .Values.pdb.enabled (toString .Values.pdb.minAvailable) (toString .Values.pdb.maxUnavailable) }}
{{- $errors = append $errors "pdb.minAvailable and pdb.maxUnavailable are both set: a PodDisruptionBudget takes one of them. Empty the other." }}
{{- end }}

{{- /* Ingress: every TLS host must be routed. */}}
{{- if .Values.ingress.enabled }}
{{- $hosts := list }}
{{- range .Values.ingress.hosts }}{{ $hosts = append $hosts .host }}{{ end }}
{{- range .Values.ingress.tls }}
{{- range .hosts }}
{{- if not (has . $hosts) }}
{{- $errors = append $errors (printf "ingress.tls lists host %q, which is not in ingress.hosts: add it to ingress.hosts (with its paths) or remove it from ingress.tls." .) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{- if $errors }}
{{- fail (printf "\n\nVALUES VALIDATION:\n- %s\n" (join "\n- " $errors)) }}
{{- end }}
{{- end }}
