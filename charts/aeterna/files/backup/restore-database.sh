#!/bin/sh
# Restores a dump made by backup-database.sh into the database of the libpq variables (PGDATABASE...), in one
# transaction: all of it or, on the first error, nothing. Objects that already exist are dropped first (--clean),
# so the target may be empty or freshly migrated by the chart's Job. Objects keep their owner from the dump (the
# server's user, who must own them): connect as the PostgreSQL admin, on a server where that role exists.
# Usage: restore-database.sh FILE (a path, or a name in $BACKUP_DIR; "latest" for the newest there).
set -eu
file=${1:?usage: restore-database.sh FILE|latest}
if [ "$file" = latest ]; then
  file=$(ls -1 "$BACKUP_DIR" | grep -E '^aeterna-db-[0-9]{8}T[0-9]{6}Z\.dump$' | sort | tail -n 1)
  [ -n "$file" ] || { echo "restore: no aeterna-db-*.dump in $BACKUP_DIR"; exit 1; }
fi
case $file in */*) ;; *) file="${BACKUP_DIR:-.}/$file" ;; esac
echo "restore: $file into database $PGDATABASE on $PGHOST"
pg_restore --no-password --exit-on-error --single-transaction --clean --if-exists --dbname="$PGDATABASE" "$file"
echo "restore: done; start the server again"
