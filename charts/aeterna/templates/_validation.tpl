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

{{- /* Inline secret and existingSecret both set. */}}
{{- if and .Values.externalPostgresql.password .Values.externalPostgresql.existingSecret }}
{{- $errors = append $errors "externalPostgresql.password and externalPostgresql.existingSecret are both set: keep one (the password in the Secret named by existingSecret, key existingSecretPasswordKey, is the safer choice)." }}
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

{{- /* What the server needs at boot (bootstrap.rs), refused here rather than crash-looping in the cluster. */}}
{{- $a := .Values.aeterna }}
{{- if and (eq $a.llm.provider "openai") (not $a.llm.openai.apiKey) (not $a.llm.openai.existingSecret) }}
{{- $errors = append $errors "aeterna.llm.provider=openai needs an API key (the server stops at start-up with \"OPENAI_API_KEY not set\"): set aeterna.llm.openai.existingSecret (and existingSecretKey) or aeterna.llm.openai.apiKey." }}
{{- end }}
{{- if and (eq $a.llm.provider "google") (or (not $a.llm.google.projectId) (not $a.llm.google.location) (not $a.llm.google.embeddingModel)) }}
{{- $errors = append $errors "aeterna.llm.provider=google needs aeterna.llm.google.projectId, location and embeddingModel (the server has no defaults and stops at start-up): set all three." }}
{{- end }}
{{- if and (eq $a.llm.provider "google") $a.features.reflective (not $a.llm.google.model) }}
{{- $errors = append $errors "aeterna.llm.provider=google with aeterna.features.reflective=true needs aeterna.llm.google.model (the chat model; the server has no default and stops at start-up): set it, or turn reflective off." }}
{{- end }}
{{- if and (eq $a.llm.provider "bedrock") (or (not $a.llm.bedrock.region) (not $a.llm.bedrock.embeddingModel)) }}
{{- $errors = append $errors "aeterna.llm.provider=bedrock needs aeterna.llm.bedrock.region and embeddingModel (the server has no defaults and stops at start-up): set both." }}
{{- end }}
{{- if and (eq $a.llm.provider "bedrock") $a.features.reflective (not $a.llm.bedrock.model) }}
{{- $errors = append $errors "aeterna.llm.provider=bedrock with aeterna.features.reflective=true needs aeterna.llm.bedrock.model (the chat model id; the server has no default and stops at start-up): set it, or turn reflective off." }}
{{- end }}
{{- if and (eq $a.kms.provider "aws") (not $a.kms.aws.keyArn) }}
{{- $errors = append $errors "aeterna.kms.provider=aws needs aeterna.kms.aws.keyArn (the key id, alias or ARN the server encrypts tenant secrets with): set it, or use aeterna.kms.provider=local." }}
{{- end }}
{{- if and (eq $a.environment "production") (ne $a.kms.provider "aws") }}
{{- $errors = append $errors "aeterna.environment=production with aeterna.kms.provider=local: the server refuses to start (\"KMS provider 'local' is not production-grade but AETERNA_ENV=production\"). Use aeterna.kms.provider=aws with aeterna.kms.aws.keyArn, or another aeterna.environment." }}
{{- end }}
{{- if and (eq $a.environment "production") (ne $a.secretProvider.provider "vault") }}
{{- $errors = append $errors "aeterna.environment=production with aeterna.secretProvider.provider=local: the server refuses to start (\"AETERNA_SECRET_PROVIDER=local is not production-grade\"). Use aeterna.secretProvider.provider=vault with its address and token Secret, or another aeterna.environment." }}
{{- end }}
{{- if and (eq $a.secretProvider.provider "vault") (or (not $a.secretProvider.vault.address) (not $a.secretProvider.vault.existingSecret)) }}
{{- $errors = append $errors "aeterna.secretProvider.provider=vault needs aeterna.secretProvider.vault.address and existingSecret (the Secret holding the Vault token): set both." }}
{{- end }}

{{- if and (has $a.deploymentMode (list "hybrid" "remote")) (not $a.remoteGovernanceUrl) }}
{{- $errors = append $errors "aeterna.deploymentMode hybrid or remote synchronises with a remote governance server: set aeterna.remoteGovernanceUrl, or use deploymentMode local for a central server." }}
{{- end }}

{{- /* Authentication: closed by default when published; each backend's inputs. */}}
{{- $auth := .Values.auth }}
{{- if and (include "aeterna.published" .) (eq $auth.mode "off") (not $auth.acknowledgeUnauthenticatedExposure) }}
{{- $errors = append $errors "auth.mode=off with an Ingress, a LoadBalancer or a NodePort: the server would trust the X-Tenant-ID, X-User-ID and X-User-Role headers of anyone who reaches it. Set auth.mode=plugin (with auth.plugin.github.existingSecret), keep the Service internal, or set auth.acknowledgeUnauthenticatedExposure=true if you protect it another way." }}
{{- end }}
{{- if and (include "aeterna.published" .) (eq $auth.mode "plugin") .Values.aeterna.features.radkit (not $auth.a2a.existingSecret) (not $auth.acknowledgeUnauthenticatedExposure) }}
{{- $errors = append $errors "The /a2a endpoints (aeterna.features.radkit) sit outside the API's authentication and would be published without a key: set auth.a2a.existingSecret, turn aeterna.features.radkit off, or set auth.acknowledgeUnauthenticatedExposure=true if you protect them another way." }}
{{- end }}
{{- if and (eq $auth.mode "plugin") (not $auth.plugin.github.existingSecret) }}
{{- $errors = append $errors "auth.mode=plugin needs the GitHub OAuth App users sign in with: set auth.plugin.github.existingSecret (keys clientIdKey and clientSecretKey)." }}
{{- end }}
{{- $cedar := $auth.authorization.cedar }}
{{- if and (eq $auth.authorization.backend "cedar") (not $cedar.existingConfigMap) (or (not $cedar.policies) (not $cedar.schema)) }}
{{- $errors = append $errors "auth.authorization.backend=cedar needs the policies and the schema (the server stops at start-up without them): set auth.authorization.cedar.policies and schema, or auth.authorization.cedar.existingConfigMap." }}
{{- end }}
{{- if and (eq $auth.authorization.backend "permit") (or (not $auth.authorization.permit.pdpUrl) (not $auth.authorization.permit.existingSecret)) }}
{{- $errors = append $errors "auth.authorization.backend=permit needs auth.authorization.permit.pdpUrl and existingSecret (the API key; the server stops at start-up without them): set both." }}
{{- end }}

{{- /* The knowledge repository is a git working copy on the pod's volume. */}}
{{- $several := or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) }}
{{- if and $several (not $a.knowledgeRepository.remote.url) }}
{{- $errors = append $errors "Several Aeterna pods (replicaCount > 1 or autoscaling.enabled) without aeterna.knowledgeRepository.remote.url: each pod would keep its own, diverging knowledge repository. Set the remote URL (with its credentials in aeterna.knowledgeRepository.github), or run one pod." }}
{{- end }}
{{- if and $several .Values.persistence.enabled }}
{{- $errors = append $errors "persistence.enabled with several Aeterna pods (replicaCount > 1 or autoscaling.enabled): the knowledge repository's volume belongs to one pod. Set persistence.enabled=false (each pod then clones aeterna.knowledgeRepository.remote.url into its own emptyDir), or run one pod." }}
{{- end }}

{{- /* PostgreSQL: the server's unescaped connection URL, the migration admin, TLS. */}}
{{- range $path, $pw := dict "postgresql.auth.password" .Values.postgresql.auth.password "postgresql.auth.postgresPassword" .Values.postgresql.auth.postgresPassword "externalPostgresql.password" .Values.externalPostgresql.password }}
{{- if regexMatch "[@:/?#%]" (toString $pw) }}
{{- $errors = append $errors (printf "%s contains @ : / ? # or %%, which break the server's connection URL (postgres://user:password@host, built without escaping): choose a password without them (letters, digits and - _ . ~ are safe)." $path) }}
{{- end }}
{{- end }}
{{- if and .Values.migrations.enabled (not .Values.postgresql.enabled) (not .Values.externalPostgresql.admin.existingSecret) }}
{{- $errors = append $errors "migrations.enabled with an external PostgreSQL needs the admin credentials the migration Job connects with: set externalPostgresql.admin.existingSecret (and admin.username, admin.existingSecretPasswordKey), or set migrations.enabled=false and run `aeterna admin migrate up` yourself." }}
{{- end }}
{{- $tls := .Values.externalPostgresql.tls }}
{{- if and (not .Values.postgresql.enabled) (has $tls.sslMode (list "verify-ca" "verify-full")) (not $tls.existingSecret) }}
{{- $errors = append $errors "externalPostgresql.tls.sslMode verify-ca or verify-full needs the CA certificate: set externalPostgresql.tls.existingSecret (key caKey)." }}
{{- end }}
{{- if and (not .Values.postgresql.enabled) (or (and $tls.certKey (not $tls.keyKey)) (and $tls.keyKey (not $tls.certKey))) }}
{{- $errors = append $errors "externalPostgresql.tls.certKey and keyKey go together (a client certificate and its key): set both, or neither." }}
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
