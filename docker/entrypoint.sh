#!/bin/sh
# Entry point of the Kreisnetz image: optional release steps, then the command (gunicorn by
# default, or whatever `docker compose run app1 ...` / `exec` passes).
#
# RUN_MIGRATIONS=1 runs the database steps of a release before the command. Set it on exactly
# one container (the one-shot `migrate` service in compose.yaml), never on every app server:
# several servers migrating the same database at once would race. collectstatic already ran
# when the image was built.
set -eu

case "${RUN_MIGRATIONS:-0}" in
    1 | true | yes)
        echo "entrypoint: manage.py migrate --noinput"
        python /app/manage.py migrate --noinput
        echo "entrypoint: manage.py update_translation_fields"
        python /app/manage.py update_translation_fields
        echo "entrypoint: manage.py set_site_address (WAGTAILADMIN_BASE_URL)"
        python /app/manage.py set_site_address
        ;;
esac

exec "$@"
