{{/*
Checks that need the release as it runs in the cluster (lookup), made on `helm upgrade` only. A render that cannot
read the cluster (helm template, Argo CD, Flux's dry runs) skips them: it has nothing to compare with.
*/}}

{{/*
The latest patch of each Qdrant minor version (the Qdrant chart's releases, whose appVersion is the image tag), for
the stepping stones the refusal names. Qdrant reads storage written by the minor version just before its own only.
*/}}
{{- define "aeterna.qdrant.minorReleases" -}}
v1.12.6 v1.13.6 v1.14.1 v1.15.5 v1.16.3 v1.17.1 v1.18.3
{{- end }}

{{/* "<major>.<minor>" of an image reference's tag (v1.15.4, v1.15.4-unprivileged, with or without a digest), or "". */}}
{{- define "aeterna.qdrant.minorOf" -}}
{{- $ref := splitList "/" . | last | splitList "@" | first }}
{{- if regexMatch "^[^:]+:v?[0-9]+\\.[0-9]+\\.[0-9]+" $ref }}
{{- regexReplaceAll "^[^:]+:v?([0-9]+)\\.([0-9]+)\\..*$" $ref "${1}.${2}" }}
{{- end }}
{{- end }}

{{/*
A bundled Qdrant's image may move one minor version per upgrade: Qdrant keeps its storage readable across one minor
version only (qdrant.tech/documentation/guides/upgrades), so a jump from v1.15 to v1.19 would leave its collections
unreadable. The running version is the image of the Qdrant StatefulSet's qdrant container; the target is
qdrant.image.tag or the Qdrant chart's appVersion, as that chart resolves it.
*/}}
{{- define "aeterna.qdrant.versionStepCheck" -}}
{{- if and .Release.IsUpgrade .Values.qdrant.enabled .Values.upgradeChecks.qdrantVersionSteps }}
{{- $name := include "aeterna.qdrant.fullname" . }}
{{- $running := "" }}
{{- range (dig "spec" "template" "spec" "containers" list (lookup "apps/v1" "StatefulSet" .Release.Namespace $name)) }}
{{- if eq .name "qdrant" }}{{ $running = .image }}{{ end }}
{{- end }}
{{- $target := .Values.qdrant.image.tag | default .Subcharts.qdrant.Chart.AppVersion | toString }}
{{- $from := include "aeterna.qdrant.minorOf" $running | splitList "." }}
{{- $to := include "aeterna.qdrant.minorOf" (printf "qdrant:%s" $target) | splitList "." }}
{{- if and (eq (len $from) 2) (eq (len $to) 2) }}
{{- $fromMinor := index $from 1 | atoi }}
{{- $toMinor := index $to 1 | atoi }}
{{- if or (ne (index $from 0) (index $to 0)) (gt $toMinor (add1 $fromMinor)) }}
{{- $stones := list }}
{{- range (include "aeterna.qdrant.minorReleases" . | splitList " ") }}
{{- $minor := include "aeterna.qdrant.minorOf" (printf "qdrant:%s" .) | splitList "." }}
{{- if and (eq (index $minor 0) (index $from 0)) (gt (index $minor 1 | atoi) $fromMinor) (lt (index $minor 1 | atoi) $toMinor) }}
{{- $stones = append $stones . }}
{{- end }}
{{- end }}
{{- $last := ternary (printf "once more with `qdrant.image.tag=%s`" $target) "once more without the setting" (not (empty .Values.qdrant.image.tag)) }}
{{- $steps := "step through each minor version with `--set qdrant.image.tag=<tag>`" }}
{{- if $stones }}
{{- $steps = printf "upgrade with `--set qdrant.image.tag=%s`%s" (first $stones) (include "aeterna.qdrant.thenTags" (rest $stones)) }}
{{- end }}
{{- fail (printf "qdrant.image.tag: this upgrade would move the bundled Qdrant (StatefulSet %s) from %s to %s, more than one minor version at once, and Qdrant keeps its storage readable across one minor version only. To keep its collections, %s, waiting each time until the Qdrant pod is ready, then %s (the chart's UPGRADING.md, 0.2.0). If this Qdrant holds no collections (this server version writes none), set upgradeChecks.qdrantVersionSteps=false to upgrade at once." $name (splitList "/" $running | last) $target $steps $last) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/* ", then `v1.17.1`, then `v1.18.3`" for the tags given. */}}
{{- define "aeterna.qdrant.thenTags" -}}
{{- range . }}, then `{{ . }}`{{ end }}
{{- end }}
