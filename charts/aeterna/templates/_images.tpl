{{/*
Image references and pull secrets.
*/}}

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
