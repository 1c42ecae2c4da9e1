#!/bin/sh
# Downloads one backup from s3://$S3_BUCKET/$S3_PREFIX/ into $BACKUP_DIR, for the restore scripts that follow it.
# Usage: download-s3.sh KIND FILE, KIND aeterna-db- or aeterna-knowledge-, FILE a name or "latest" (the newest).
set -eu
kind=${1:?usage: download-s3.sh aeterna-db-|aeterna-knowledge- FILE|latest}
file=${2:?usage: download-s3.sh aeterna-db-|aeterna-knowledge- FILE|latest}
s3() {
  if [ -n "${S3_ENDPOINT:-}" ]; then aws --endpoint-url "$S3_ENDPOINT" "$@"; else aws "$@"; fi
}
prefix=${S3_PREFIX:-}
prefix=${prefix%/}
[ -z "$prefix" ] || prefix="$prefix/"
if [ "$file" = latest ]; then
  key=$(s3 s3api list-objects-v2 --bucket "$S3_BUCKET" --prefix "$prefix$kind" --query 'Contents[].Key' --output text |
    tr '\t' '\n' | grep -E "^$prefix$kind[0-9]{8}T[0-9]{6}Z\.(dump|bundle)\$" | sort | tail -n 1)
  [ -n "$key" ] || { echo "download: no $kind* backup under s3://$S3_BUCKET/$prefix"; exit 1; }
else
  key="$prefix$file"
fi
s3 s3 cp --only-show-errors "s3://$S3_BUCKET/$key" "$BACKUP_DIR/$(basename "$key")"
echo "downloaded: s3://$S3_BUCKET/$key"
