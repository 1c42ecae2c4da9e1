{{/*
Image references, the Bitnami way (bitnami/common common.images.image): global.imageRegistry, when set, wins over
each image's own registry, so that one value moves every image of the release (ours and the bundled Bitnami
charts') to a mirror.
*/}}

{{/*
Image reference of the server: registry/repository, then @digest or :tag (default v<appVersion>).
Usage: {{ include "aeterna.image" . }}
*/}}
{{- define "aeterna.image" -}}
{{- $registry := default .Values.image.registry ((.Values.global).imageRegistry) }}
{{- $repo := .Values.image.repository }}
{{- if $registry }}
{{- $repo = printf "%s/%s" $registry .Values.image.repository }}
{{- end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repo .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repo (default (printf "v%s" .Chart.AppVersion) .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
Image reference from a {registry, repository, tag} map (helm test and init images).
Usage: {{ include "aeterna.simpleImage" (dict "image" .Values.tests.curlImage "global" .Values.global) }}
*/}}
{{- define "aeterna.simpleImage" -}}
{{- $registry := default .image.registry ((.global).imageRegistry) }}
{{- if $registry }}
{{- printf "%s/%s:%s" $registry .image.repository (toString .image.tag) }}
{{- else }}
{{- printf "%s:%s" .image.repository (toString .image.tag) }}
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
