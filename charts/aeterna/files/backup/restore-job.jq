# Turns a backup CronJob (kubectl get cronjob <fullname>-backup-<what> -o json) into a one-off restore Job with the
# same image, Secrets, TLS settings and volumes: jq --arg what database|knowledge [--arg file NAME] -f restore-job.jq
# With destination s3 a first container downloads the backup. The server must be stopped (scaled to 0) meanwhile,
# so the pod no longer follows it to its node; the knowledge volume is mounted writable.
({"database": "aeterna-db-", "knowledge": "aeterna-knowledge-"}[$what]) as $kind
| ($ARGS.named.file // "latest") as $file
| {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name: (.metadata.name | sub("-backup-"; "-restore-")),
      labels: (.metadata.labels | del(."app.kubernetes.io/managed-by", ."helm.sh/chart") | ."app.kubernetes.io/component" = "restore")
    },
    spec: (.spec.jobTemplate.spec
      | .backoffLimit = 0
      | del(.template.spec.affinity)
      | .template.spec |= (
          (if .initContainers then .initContainers[0] else .containers[0] end) as $writer
          | (if .initContainers then [.containers[0]
                | .name = "download"
                | .command = ["/bin/sh", "/scripts/download-s3.sh", $kind, $file]
                | .volumeMounts |= map(if .name == "backup" then del(.readOnly) else . end)]
             else [] end) as $download
          | .initContainers = $download
          | .containers = [$writer
              | .name = "restore"
              | .command = ["/bin/sh", ("/scripts/restore-" + $what + ".sh"), $file]
              | .volumeMounts |= map(if .name == "data" then del(.readOnly) else . end)]
          | .volumes |= map(if .persistentVolumeClaim then del(.persistentVolumeClaim.readOnly) else . end)))
  }
