"""The live check warm from the first request: readability dictionaries and rules loaded at start.

textstat loads its hyphenation dictionary on the first measure (1.2–3.7 s on the first check
after a server start), and the rule set compiles its matchers on first use. A server (gunicorn,
uWSGI, ``runserver``) starts a background thread in ``GuidelinesConfig.ready`` that does both;
management commands (migrate, seed_demo, ...) and tests do not pay for it. The setting
``GUIDELINES_WARM_UP`` (True/False) overrides the detection.
"""

import logging
import os
import sys
import threading
import time

from django.conf import settings

from portal import languages

from . import readability

logger = logging.getLogger(__name__)

SERVERS = {"gunicorn", "uwsgi", "daphne", "uvicorn", "hypercorn", "granian"}
# Long enough for every measure (textstat counts syllables, sentences and long words).
SAMPLE = "Wir treffen uns jeden Dienstag im Gemeindehaus. Alle sind willkommen, auch Kinder."

_started = threading.Event()
done = threading.Event()


def serving(argv: list[str] | None = None, environ: dict[str, str] | None = None) -> bool:
    """Whether this process serves requests: a WSGI/ASGI server, or runserver's serving child."""
    forced = getattr(settings, "GUIDELINES_WARM_UP", None)
    if forced is not None:
        return bool(forced)
    argv = sys.argv if argv is None else argv
    environ = dict(os.environ) if environ is None else environ
    if not argv:
        return False
    program = os.path.basename(argv[0]).split(".")[0]
    if program == "__main__":  # python -m gunicorn
        program = os.path.basename(os.path.dirname(argv[0]))
    if program in SERVERS:
        return True
    if len(argv) > 1 and argv[1] == "runserver":
        # With the autoreloader the first process only watches files; its child serves.
        return "--noreload" in argv or environ.get("RUN_MAIN") == "true"
    return False


def warm_readability() -> list[str]:
    """Load the hyphenation dictionary of every language with readability measures.

    Returns the textstat languages loaded; one that cannot load (e.g. English needs NLTK's
    cmudict) is logged and left to the first check that needs it.
    """
    loaded = []
    for row in languages.LANGUAGE_TABLE:
        if not row.readability or row.readability in loaded:
            continue
        try:
            readability.score(SAMPLE, row.code, "flesch_amstad")
        except Exception as error:  # noqa: BLE001 - a missing dictionary only slows that language
            logger.info("guidelines: no readability warm-up for %s: %s", row.code, type(error).__name__)
        else:
            loaded.append(row.readability)
    return loaded


def warm_rules() -> None:
    """Compile the enabled rules' matchers for every language."""
    from django.apps import apps
    from django.db import close_old_connections, connection

    from . import engine

    while not apps.ready:  # started from ready(): other apps may still be starting
        time.sleep(0.05)
    try:
        ruleset = engine.current_ruleset()
        for code in languages.codes():
            ruleset.for_language(code)
    finally:
        close_old_connections()
        connection.close()


def warm() -> float:
    """Both; returns the seconds taken. A failure is logged, never raised: the check still works."""
    started = time.perf_counter()
    try:
        warm_readability()
        warm_rules()
    except Exception:  # noqa: BLE001 - warming is an optimisation; a cold check stays correct
        logger.exception("guidelines: warming the live check failed")
    finally:
        done.set()
    seconds = time.perf_counter() - started
    logger.info("guidelines: live check warm in %.2f s", seconds)
    return seconds


def start() -> bool:
    """Warm in a background thread, once per process; False when already started."""
    if _started.is_set():
        return False
    _started.set()
    threading.Thread(target=warm, name="guidelines-warm-up", daemon=True).start()
    return True
