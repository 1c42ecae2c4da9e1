{{/*
Secrets the chart generates that must never change: the local KMS key, the plugin-auth signing key and the bundled
PostgreSQL's passwords. helm install and upgrade read them back from the cluster (lookup) and keep them. Where the
chart is rendered without the cluster (helm template, helm lint, --dry-run=client, Argo CD, any tool that renders
and then applies), lookup answers nothing, a new value would be generated on every render, and applying it would
replace the one in use: every tenant secret unreadable, everyone signed out, the server locked out of its database.
So such a render refuses (generatedSecrets.withoutCluster=refuse, the default) unless those Secrets come from you
(existingSecret) or from your secret store (externalSecrets, which counts as an existing Secret),
or it is told to generate anyway, for looking at the output only (generatedSecrets.withoutCluster=generate).
*/}}

{{/*
True when this render can read the cluster. A list of Secrets in the release namespace is answered by a real
cluster even when the namespace is empty or not created yet (an empty SecretList); without a cluster lookup returns
an empty map. Anyone who can run helm here can list Secrets: Helm keeps its releases in them.
*/}}
{{- define "aeterna.clusterReadable" -}}
{{- if (lookup "v1" "Secret" .Release.Namespace "") }}true{{ end }}
{{- end }}

{{/* The Secrets this render would generate (not found in the cluster), one line each, for the refusal. */}}
{{- define "aeterna.generatedSecrets.pending" -}}
{{- $ns := .Release.Namespace }}
{{- if include "aeterna.kms.chartManagedSecret" . }}
{{- $name := include "aeterna.kms.generatedSecretName" . }}
- the local KMS key (Secret {{ $name }}, kept by helm when the chart stops creating it): a new one makes every stored tenant secret unreadable. Create it once, kubectl create secret generic {{ $name }} --namespace {{ $ns }} --from-literal={{ .Values.aeterna.kms.local.existingSecretKey }}="$(openssl rand -base64 32)", and set aeterna.kms.local.existingSecret={{ $name }} (or use AWS KMS: aeterna.kms.provider=aws).
{{- end }}
{{- if and (eq .Values.auth.mode "plugin") (not (include "aeterna.existingSecret" (list . "pluginJwtSecret"))) }}
{{- $name := printf "%s-signing-key" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
- the plugin-auth signing key (Secret {{ include "aeterna.auth.jwtSecretName" . }}): a new one signs everyone out. Create a Secret once, kubectl create secret generic {{ $name }} --namespace {{ $ns }} --from-literal={{ .Values.auth.plugin.jwtSecret.existingSecretKey }}="$(openssl rand -base64 48)", and set auth.plugin.jwtSecret.existingSecret={{ $name }}.
{{- end }}
{{- if include "aeterna.postgresql.chartManagedSecret" . }}
{{- $admin := or .Values.postgresql.auth.postgresPassword (and (eq (include "aeterna.postgresql.username" .) "postgres") .Values.postgresql.auth.password) }}
{{- if not (and .Values.postgresql.auth.password $admin) }}
{{- $name := printf "%s-postgresql-credentials" .Release.Name | trunc 63 | trimSuffix "-" }}
- the bundled PostgreSQL's passwords (Secret {{ include "aeterna.postgresql.generatedSecretName" . }}): new ones lock the server out of the database created with the first. Create a Secret once, kubectl create secret generic {{ $name }} --namespace {{ $ns }} --from-literal=password="$(openssl rand -hex 24)" --from-literal=postgres-password="$(openssl rand -hex 24)", and set postgresql.auth.existingSecret={{ $name }} (or set both postgresql.auth.password and postgresql.auth.postgresPassword).
{{- end }}
{{- end }}
{{- end }}

{{/* Refuses a render without the cluster that would generate any of them (see above). Called from deployment.yaml. */}}
{{- define "aeterna.generatedSecrets.check" -}}
{{- if and (eq .Values.generatedSecrets.withoutCluster "refuse") (not (include "aeterna.clusterReadable" .)) }}
{{- $pending := include "aeterna.generatedSecrets.pending" . | trim }}
{{- if $pending }}
{{- fail (printf "\n\nSECRETS THAT MUST NOT CHANGE:\nThis render cannot read the cluster (helm template, helm lint, --dry-run=client, Argo CD and other tools that render without it), so the chart would generate these Secrets anew on every render, and applying the output would replace the ones in use:\n%s\nFor a release that already runs, put the values it uses now into those Secrets (kubectl get secret <name> --namespace %s -o yaml), never new ones. An ExternalSecret (External Secrets Operator) or a SealedSecret that writes the Secret works as well. helm upgrade --install, which reads the cluster, generates them once and keeps them. To render anyway with new values each time, to look at the output and never to apply it, set generatedSecrets.withoutCluster=generate.\n" $pending .Release.Namespace) }}
{{- end }}
{{- end }}
{{- end }}
