# Shared by the backup and restore scripts (POSIX sh: they run in the PostgreSQL, git and AWS CLI images alike).
# Backup files are named <kind>-<UTC time>.<ext> (aeterna-db-20261207T031500Z.dump), so that sorting the names
# sorts them by age, on a volume as in an S3 listing.

backup_stamp() { date -u +%Y%m%dT%H%M%SZ; }

# keep_newest DIR PREFIX SUFFIX KEEP: deletes all but the KEEP newest DIR/PREFIX*SUFFIX files; KEEP 0 keeps all.
# The glob sorts the names, oldest first; files being written are hidden (.name.partial) and never match.
keep_newest() {
  dir=$1 prefix=$2 suffix=$3 keep=$4
  [ "$keep" -gt 0 ] || return 0
  set -- "$dir/$prefix"*"$suffix"
  [ -e "$1" ] || return 0
  excess=$(($# - keep))
  while [ "$excess" -gt 0 ]; do
    rm -f -- "$1"
    echo "retention: removed $(basename "$1") (keeping the newest $keep)"
    shift
    excess=$((excess - 1))
  done
}
