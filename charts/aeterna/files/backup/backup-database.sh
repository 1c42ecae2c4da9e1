#!/bin/sh
# Dumps the Aeterna database with pg_dump in its custom format (compressed, restorable table by table with
# pg_restore) into $BACKUP_DIR, checks that pg_restore can read the archive, then keeps the newest
# $BACKUP_RETENTION dumps there (0: keep all, when the dumps are uploaded and pruned in S3 instead).
# Connection: the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSL*) of the container.
set -eu
. "$(dirname "$0")/lib.sh"

name="aeterna-db-$(backup_stamp).dump"
partial="$BACKUP_DIR/.$name.partial"
trap 'rm -f -- "$partial"' EXIT
pg_dump --no-password --format=custom --file="$partial"
# A truncated or unreadable archive fails here, not on the day it is needed.
pg_restore --list "$partial" >/dev/null
mv -- "$partial" "$BACKUP_DIR/$name"
echo "database backup: $name, $(wc -c <"$BACKUP_DIR/$name" | tr -d ' ') bytes, database $PGDATABASE on $PGHOST"
keep_newest "$BACKUP_DIR" aeterna-db- .dump "${BACKUP_RETENTION:-0}"
