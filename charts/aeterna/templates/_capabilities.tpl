{{/*
What the cluster offers (lookup, API versions) and how the release is exposed.
*/}}

{{/* Default IngressClass of the cluster (annotation ingressclass.kubernetes.io/is-default-class: "true"), or empty. */}}
{{- define "aeterna.ingress.defaultClassName" -}}
{{- $found := "" }}
{{- $classes := lookup "networking.k8s.io/v1" "IngressClass" "" "" }}
{{- if $classes }}
{{- range ($classes.items | default list) }}
{{- if and (not $found) (eq (toString (dig "metadata" "annotations" "ingressclass.kubernetes.io/is-default-class" "" .)) "true") }}
{{- $found = .metadata.name }}
{{- end }}
{{- end }}
{{- end }}
{{- $found }}
{{- end }}

{{/* IngressClass used by the Ingress: ingress.className, else the cluster's default, else none. */}}
{{- define "aeterna.ingress.className" -}}
{{- if .Values.ingress.className }}
{{- .Values.ingress.className }}
{{- else }}
{{- include "aeterna.ingress.defaultClassName" . }}
{{- end }}
{{- end }}

{{/* Whether to render the ServiceMonitor: asked for, and the CRD is served (or forced). */}}
{{- define "aeterna.serviceMonitor.render" -}}
{{- if and .Values.metrics.serviceMonitor.enabled (or .Values.metrics.serviceMonitor.forceRender (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor")) }}true{{ end }}
{{- end }}

{{/* Whether to render the PrometheusRule: asked for, and the CRD is served (or forced). */}}
{{- define "aeterna.prometheusRule.render" -}}
{{- if and .Values.metrics.prometheusRule.enabled (or .Values.metrics.prometheusRule.forceRender (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/PrometheusRule")) }}true{{ end }}
{{- end }}

{{/* Published outside the cluster: an Ingress, or a Service of type LoadBalancer or NodePort. */}}
{{- define "aeterna.published" -}}
{{- if or .Values.ingress.enabled (has .Values.service.type (list "LoadBalancer" "NodePort")) }}true{{ end }}
{{- end }}
