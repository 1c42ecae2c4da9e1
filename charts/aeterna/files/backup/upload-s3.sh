#!/bin/sh
# Uploads the backups found in $BACKUP_DIR (written there by the previous container) to
# s3://$S3_BUCKET/$S3_PREFIX/, then keeps the newest $BACKUP_RETENTION objects of each kind under that prefix.
# Runs the AWS CLI: credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or a web identity (IRSA, EKS Pod
# Identity) injected into the pod; $S3_ENDPOINT for S3-compatible stores (MinIO, Ceph, R2...).
set -eu

s3() {
  if [ -n "${S3_ENDPOINT:-}" ]; then aws --endpoint-url "$S3_ENDPOINT" "$@"; else aws "$@"; fi
}
prefix=${S3_PREFIX:-}
prefix=${prefix%/}
[ -z "$prefix" ] || prefix="$prefix/"

uploaded=0
for file in "$BACKUP_DIR"/aeterna-db-*.dump "$BACKUP_DIR"/aeterna-knowledge-*.bundle; do
  [ -e "$file" ] || continue
  s3 s3 cp --only-show-errors "$file" "s3://$S3_BUCKET/$prefix$(basename "$file")"
  echo "uploaded: s3://$S3_BUCKET/$prefix$(basename "$file")"
  uploaded=$((uploaded + 1))
done
if [ "$uploaded" -eq 0 ]; then
  echo "upload: no backup file in $BACKUP_DIR"
  exit 1
fi

keep=${BACKUP_RETENTION:-0}
[ "$keep" -gt 0 ] || exit 0
for kind in aeterna-db- aeterna-knowledge-; do
  # Keys sort by age (the UTC time in the name); list-objects-v2 pages through them all.
  s3 s3api list-objects-v2 --bucket "$S3_BUCKET" --prefix "$prefix$kind" --query 'Contents[].Key' --output text |
    tr '\t' '\n' | grep -E "^$prefix$kind[0-9]{8}T[0-9]{6}Z\.(dump|bundle)\$" | sort -r | tail -n +"$((keep + 1))" |
    while read -r key; do
      s3 s3api delete-object --bucket "$S3_BUCKET" --key "$key" >/dev/null
      echo "retention: removed s3://$S3_BUCKET/$key (keeping the newest $keep)"
    done
done
