#!/bin/sh
# Backup of Kreisnetz: the database (pg_dump, custom format) and the media directory (tar.gz),
# taken together so that they match. Needs pg_dump (same or newer major version as the server).
#
#   DATABASE_URL=postgres://kreisnetz:...@host:5432/kreisnetz MEDIA_ROOT=/app/media \
#       docker/backup.sh /var/backups/kreisnetz
#
# Writes kreisnetz-<UTC time>.dump and kreisnetz-media-<UTC time>.tar.gz into the directory and
# prints their names. Restore: docker/restore.sh (see README.md, "Operations"). With
# MEDIA_STORAGE=s3 leave MEDIA_ROOT unset: the bucket is backed up with the provider's tools.
set -eu

target="${1:?usage: docker/backup.sh TARGET_DIRECTORY}"
: "${DATABASE_URL:?DATABASE_URL is not set}"
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
mkdir -p "$target"

dump="$target/kreisnetz-$stamp.dump"
pg_dump --format=custom --no-owner --file="$dump.partial" "$DATABASE_URL"
mv "$dump.partial" "$dump"
echo "$dump"

if [ -n "${MEDIA_ROOT:-}" ]; then
    media="$target/kreisnetz-media-$stamp.tar.gz"
    tar -czf "$media.partial" -C "$MEDIA_ROOT" .
    mv "$media.partial" "$media"
    echo "$media"
fi
