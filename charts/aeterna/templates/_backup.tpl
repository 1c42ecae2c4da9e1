{{/*
The backup CronJobs' pieces (backup-database-cronjob.yaml, backup-knowledge-cronjob.yaml): names, labels, and the
pod both use. A backup pod writes its file with a first container (pg_dump or git, in backup-<kind>.sh) either
straight to the backup volume, which then also prunes it to backup.retention, or, with destination s3, to an
emptyDir that a second container (the AWS CLI, upload-s3.sh) uploads and prunes in the bucket. The scripts come from
the ConfigMap <fullname>-backup-scripts (files/backup/*.sh), credentials only from secretKeyRef.
*/}}

{{- define "aeterna.backup.scriptsName" -}}
{{- printf "%s-backup-scripts" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The backup volume's claim: backup.destination.pvc.existingClaim or the one the chart creates. */}}
{{- define "aeterna.backup.claimName" -}}
{{- .Values.backup.destination.pvc.existingClaim | default (printf "%s-backup" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-") }}
{{- end }}

{{- define "aeterna.backup.serviceAccountName" -}}
{{- if .Values.backup.serviceAccount.create }}
{{- printf "%s-backup" (include "aeterna.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- include "aeterna.serviceAccountName" . }}
{{- end }}
{{- end }}

{{/* Pod labels: not the server's selector labels (its Service and NetworkPolicy must not select a backup pod). */}}
{{- define "aeterna.backup.podLabels" -}}
helm.sh/chart: {{ include "aeterna.chart" . }}
app.kubernetes.io/name: {{ printf "%s-backup" (include "aeterna.name" .) | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: backup
{{- end }}

{{/* Restricted Pod Security for every backup container, whatever the image's own user. */}}
{{- define "aeterna.backup.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
privileged: false
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/*
The CronJob of one kind of backup. Usage: include "aeterna.backup.cronJob" (dict "root" $ "kind" "database")
("database" or "knowledge"). The knowledge pod mounts the server's ReadWriteOnce volume read-only, so it must run
on the server's node (podAffinity); with a ReadWriteOnce backup volume the database pod joins it there too.
*/}}
{{- define "aeterna.backup.cronJob" -}}
{{- $ := .root }}
{{- $b := $.Values.backup }}
{{- $kind := .kind }}
{{- $s3 := eq $b.destination.type "s3" }}
{{- $pvc := not $s3 }}
{{- $onServerNode := or (eq $kind "knowledge") (and $pvc (has "ReadWriteOnce" $b.destination.pvc.accessModes)) }}
{{- $writer := dict }}
{{- if eq $kind "database" }}
{{- $writer = dict "name" "pg-dump" "image" $b.images.postgresql "script" "backup-database.sh" }}
{{- else }}
{{- $writer = dict "name" "git-bundle" "image" $b.images.git "script" "backup-knowledge.sh" }}
{{- end }}
apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ printf "%s-backup-%s" (include "aeterna.fullname" $ | trunc 44 | trimSuffix "-") $kind }}
  namespace: {{ $.Release.Namespace | quote }}
  labels:
    {{- include "aeterna.labels" $ | nindent 4 }}
    app.kubernetes.io/component: backup
spec:
  schedule: {{ $b.schedule | quote }}
  {{- with $b.timeZone }}
  timeZone: {{ . | quote }}
  {{- end }}
  # Two runs must never prune each other's files.
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: {{ int $b.successfulJobsHistoryLimit }}
  failedJobsHistoryLimit: {{ int $b.failedJobsHistoryLimit }}
  jobTemplate:
    spec:
      backoffLimit: {{ int $b.backoffLimit }}
      activeDeadlineSeconds: {{ int $b.activeDeadlineSeconds }}
      template:
        metadata:
          labels:
            {{- include "aeterna.backup.podLabels" $ | nindent 12 }}
            {{- if eq $kind "database" }}
            {{- with (include "aeterna.dependencyClientLabels" $ | trim) }}{{ . | nindent 12 }}{{ end }}
            {{- end }}
          annotations:
            checksum/scripts: {{ include (print $.Template.BasePath "/backup-configmap.yaml") $ | sha256sum }}
            {{- with $b.podAnnotations }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
        spec:
          restartPolicy: Never
          serviceAccountName: {{ include "aeterna.backup.serviceAccountName" $ }}
          automountServiceAccountToken: false
          {{- with (include "aeterna.imagePullSecrets" $) }}{{ . | nindent 10 }}{{ end }}
          {{- with $.Values.priorityClassName }}
          priorityClassName: {{ . | quote }}
          {{- end }}
          securityContext:
            {{- toYaml $b.podSecurityContext | nindent 12 }}
          {{- if $onServerNode }}
          affinity:
            podAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - topologyKey: kubernetes.io/hostname
                  labelSelector:
                    matchLabels:
                      {{- include "aeterna.selectorLabels" $ | nindent 22 }}
          {{- end }}
          {{- if $s3 }}
          initContainers:
            {{- include "aeterna.backup.writer" (dict "root" $ "kind" $kind "writer" $writer) | nindent 12 }}
          containers:
            - name: upload
              image: {{ include "aeterna.simpleImage" (dict "image" $b.images.s3 "global" $.Values.global) | quote }}
              imagePullPolicy: IfNotPresent
              command: ["/bin/sh", "/scripts/upload-s3.sh"]
              env:
                - name: HOME
                  value: /tmp
                - name: BACKUP_DIR
                  value: /backup
                - name: BACKUP_RETENTION
                  value: {{ $b.retention | quote }}
                - name: S3_BUCKET
                  value: {{ $b.destination.s3.bucket | quote }}
                - name: S3_PREFIX
                  value: {{ $b.destination.s3.prefix | quote }}
                {{- with $b.destination.s3.endpoint }}
                - name: S3_ENDPOINT
                  value: {{ . | quote }}
                {{- end }}
                {{- with $b.destination.s3.region }}
                - name: AWS_REGION
                  value: {{ . | quote }}
                {{- end }}
                {{- with include "aeterna.existingSecret" (list $ "backupS3") }}
                - name: AWS_ACCESS_KEY_ID
                  valueFrom:
                    secretKeyRef:
                      name: {{ . | quote }}
                      key: {{ $b.destination.s3.accessKeyIdKey | quote }}
                - name: AWS_SECRET_ACCESS_KEY
                  valueFrom:
                    secretKeyRef:
                      name: {{ . | quote }}
                      key: {{ $b.destination.s3.secretAccessKeyKey | quote }}
                {{- end }}
              securityContext:
                {{- include "aeterna.backup.containerSecurityContext" $ | nindent 16 }}
              resources:
                {{- include "aeterna.resources" $b.resources | nindent 16 }}
              volumeMounts:
                - name: scripts
                  mountPath: /scripts
                  readOnly: true
                - name: tmp
                  mountPath: /tmp
                - name: backup
                  mountPath: /backup
                  readOnly: true
          {{- else }}
          containers:
            {{- include "aeterna.backup.writer" (dict "root" $ "kind" $kind "writer" $writer) | nindent 12 }}
          {{- end }}
          volumes:
            - name: scripts
              configMap:
                name: {{ include "aeterna.backup.scriptsName" $ }}
                # 0444 in octal.
                defaultMode: 292
            - name: tmp
              emptyDir:
                sizeLimit: 64Mi
            - name: backup
              {{- if $s3 }}
              emptyDir:
                sizeLimit: {{ $b.destination.s3.stagingSizeLimit | quote }}
              {{- else }}
              persistentVolumeClaim:
                claimName: {{ include "aeterna.backup.claimName" $ | quote }}
              {{- end }}
            {{- if eq $kind "knowledge" }}
            - name: data
              persistentVolumeClaim:
                claimName: {{ $.Values.persistence.existingClaim | default (printf "%s-data" (include "aeterna.fullname" $)) | quote }}
                readOnly: true
            {{- else }}
            {{- with (include "aeterna.postgresql.tlsVolume" $) }}
            {{- . | nindent 12 }}
            {{- end }}
            {{- end }}
          {{- with $.Values.nodeSelector }}
          nodeSelector:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- with $.Values.tolerations }}
          tolerations:
            {{- toYaml . | nindent 12 }}
          {{- end }}
{{- end }}

{{/* The container that writes the backup file (pg_dump or git bundle). Usage: see aeterna.backup.cronJob. */}}
{{- define "aeterna.backup.writer" -}}
{{- $ := .root }}
{{- $b := $.Values.backup }}
{{- $s3 := eq $b.destination.type "s3" -}}
- name: {{ .writer.name }}
  image: {{ include "aeterna.simpleImage" (dict "image" .writer.image "global" $.Values.global) | quote }}
  imagePullPolicy: IfNotPresent
  command: ["/bin/sh", {{ printf "/scripts/%s" .writer.script | quote }}]
  env:
    {{- if eq .kind "database" }}
    {{- include "aeterna.migrations.adminEnv" $ | nindent 4 }}
    {{- else }}
    - name: HOME
      value: /tmp
    - name: KNOWLEDGE_REPO
      value: {{ include "aeterna.knowledgeRepoPath" $ | quote }}
    {{- end }}
    - name: BACKUP_DIR
      value: /backup
    # With s3 the upload container prunes the bucket; the staging emptyDir holds one file.
    - name: BACKUP_RETENTION
      value: {{ ternary "0" (toString $b.retention) $s3 | quote }}
  securityContext:
    {{- include "aeterna.backup.containerSecurityContext" $ | nindent 4 }}
  resources:
    {{- include "aeterna.resources" $b.resources | nindent 4 }}
  volumeMounts:
    - name: scripts
      mountPath: /scripts
      readOnly: true
    - name: tmp
      mountPath: /tmp
    - name: backup
      mountPath: /backup
    {{- if eq .kind "knowledge" }}
    - name: data
      mountPath: /data
      readOnly: true
    {{- else }}
    {{- with (include "aeterna.postgresql.tlsMount" $) }}
    {{- . | nindent 4 }}
    {{- end }}
    {{- end }}
{{- end }}
