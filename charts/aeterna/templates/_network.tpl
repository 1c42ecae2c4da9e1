{{/*
What the server connects to outside the cluster's dependencies, derived from the settings, for the NetworkPolicy's
egress and the install notes: a YAML list of {port, for}. A NetworkPolicy cannot name a host, so each port is open
to any address (networkPolicy.egressPeers narrows them); the notes say which services each port is for.
*/}}

{{/* Port of a URL: the explicit one, or the scheme's (https 443, http 80, ssh 22, git 9418); scp-style git@host:path is ssh, except GitHub's, which the server rewrites to https (knowledge/src/repository.rs ssh_url_to_https). */}}
{{- define "aeterna.urlPort" -}}
{{- $url := . }}
{{- if regexMatch "^git@github\\.com:" $url }}443
{{- else if regexMatch "^[^/:]+@[^/:]+:" $url }}22
{{- else }}
{{- $u := urlParse $url }}
{{- $hostPort := regexFind ":[0-9]+$" $u.host }}
{{- if $hostPort }}{{ trimPrefix ":" $hostPort }}
{{- else }}{{ get (dict "https" "443" "http" "80" "ssh" "22" "git" "9418") ($u.scheme | lower) | default "443" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "aeterna.networkPolicy.egressTargets" -}}
{{- $a := .Values.aeterna }}
{{- $out := list }}
{{- if eq $a.llm.provider "openai" }}
{{- $out = append $out (dict "port" (include "aeterna.urlPort" ($a.llm.openai.baseUrl | default "https://api.openai.com")) "for" "OpenAI") }}
{{- else if eq $a.llm.provider "google" }}
{{- $out = append $out (dict "port" "443" "for" "Google Vertex AI") }}
{{- else if eq $a.llm.provider "bedrock" }}
{{- $out = append $out (dict "port" "443" "for" "AWS Bedrock") }}
{{- end }}
{{- with $a.knowledgeRepository.remote.url }}
{{- $out = append $out (dict "port" (include "aeterna.urlPort" .) "for" "the knowledge repository's remote") }}
{{- end }}
{{- if and $a.knowledgeRepository.github.owner $a.knowledgeRepository.github.repo }}
{{- $out = append $out (dict "port" "443" "for" "the GitHub API (knowledge repository)") }}
{{- end }}
{{- if eq .Values.auth.mode "plugin" }}
{{- $gh := .Values.auth.plugin.github }}
{{- $out = append $out (dict "port" (include "aeterna.urlPort" ($gh.apiBaseUrl | default "https://api.github.com")) "for" "GitHub sign-in") }}
{{- with $gh.oauthBaseUrl }}{{ $out = append $out (dict "port" (include "aeterna.urlPort" .) "for" "GitHub sign-in") }}{{ end }}
{{- end }}
{{- if eq .Values.auth.authorization.backend "permit" }}
{{- with .Values.auth.authorization.permit.pdpUrl }}{{ $out = append $out (dict "port" (include "aeterna.urlPort" .) "for" "the Permit.io PDP") }}{{ end }}
{{- end }}
{{- if eq $a.secretProvider.provider "vault" }}
{{- with $a.secretProvider.vault.address }}{{ $out = append $out (dict "port" (include "aeterna.urlPort" .) "for" "Vault") }}{{ end }}
{{- end }}
{{- if eq $a.kms.provider "aws" }}
{{- $out = append $out (dict "port" "443" "for" "AWS KMS") }}
{{- end }}
{{- if and (ne ($a.deploymentMode | default "local") "local") $a.remoteGovernanceUrl }}
{{- $out = append $out (dict "port" (include "aeterna.urlPort" $a.remoteGovernanceUrl) "for" "the remote governance server") }}
{{- end }}
{{- if .Values.auth.kubernetes.enabled }}
{{- /* The API server's Service port (443) is translated to its endpoints' port (often 6443) before most CNIs apply the policy. */}}
{{- range .Values.networkPolicy.apiServerPorts }}{{ $out = append $out (dict "port" (toString .) "for" "the Kubernetes API server (TokenReview)") }}{{ end }}
{{- end }}
{{- toYaml $out }}
{{- end }}

{{/* The egress targets grouped by port: a YAML list of {port (int), for (list of services)} in port order. */}}
{{- define "aeterna.networkPolicy.egressByPort" -}}
{{- $byPort := dict }}
{{- range (include "aeterna.networkPolicy.egressTargets" . | fromYamlArray) }}
{{- $_ := set $byPort (printf "%05d" (int .port)) (append (get $byPort (printf "%05d" (int .port)) | default list) .for | uniq) }}
{{- end }}
{{- $out := list }}
{{- range $k := keys $byPort | sortAlpha }}{{ $out = append $out (dict "port" (atoi $k) "for" (get $byPort $k)) }}{{ end }}
{{- toYaml $out }}
{{- end }}
