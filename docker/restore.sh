#!/bin/sh
# Restore a backup of docker/backup.sh into the database of DATABASE_URL and into MEDIA_ROOT.
# Stop the app servers first. The database should be empty (a fresh one: createdb) or is
# cleaned object by object (--clean --if-exists); run `manage.py migrate` afterwards when the
# code is newer than the backup, and `manage.py rebuild_search` with SEARCH_BACKEND=elasticsearch.
#
#   DATABASE_URL=postgres://... MEDIA_ROOT=/app/media \
#       docker/restore.sh kreisnetz-2026-12-03T031500Z.dump kreisnetz-media-2026-12-03T031500Z.tar.gz
set -eu

dump="${1:?usage: docker/restore.sh DUMP [MEDIA_TARBALL]}"
media="${2:-}"
: "${DATABASE_URL:?DATABASE_URL is not set}"

pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="$DATABASE_URL" "$dump"
if [ -n "$media" ]; then
    : "${MEDIA_ROOT:?MEDIA_ROOT is not set}"
    mkdir -p "$MEDIA_ROOT"
    tar -xzf "$media" -C "$MEDIA_ROOT"
fi
