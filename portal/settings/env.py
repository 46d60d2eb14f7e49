"""Reading configuration from the environment.

Every reader raises :class:`ConfigError` with a one-line message naming the variable, so that
``manage.py`` and the WSGI entry point can stop start-up with exactly that line.
"""

import os
from urllib.parse import urlparse

import dj_database_url


class ConfigError(Exception):
    """A missing or malformed environment variable."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def get_str(name, default=None, *, required=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        if required:
            raise ConfigError(f"{name} is not set")
        return default
    return value.strip()


def get_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ConfigError(f"{name} must be true or false, not {value!r}")


def get_int(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from None


def get_list(name, default=(), *, required=False):
    value = get_str(name, required=required)
    if value is None:
        return list(default)
    items = [item.strip() for item in value.split(",") if item.strip()]
    if required and not items:
        raise ConfigError(f"{name} is empty")
    return items


def get_choice(name, choices, default):
    value = get_str(name, default)
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def get_url(name, schemes, default=None, *, required=False):
    value = get_str(name, default, required=required)
    if value is None:
        return None
    parsed = urlparse(value)
    if parsed.scheme not in schemes or not (parsed.netloc or parsed.path):
        raise ConfigError(f"{name} must be a URL starting with {' or '.join(s + '://' for s in schemes)}")
    return value


def get_database(name="DATABASE_URL", default=None, *, required=False):
    value = get_url(name, ("postgres", "postgresql", "sqlite", "pgsql"), default, required=required)
    if value is None:
        return None
    try:
        config = dj_database_url.parse(value, conn_max_age=get_int("DATABASE_CONN_MAX_AGE", 60))
    except ValueError as exc:
        raise ConfigError(f"{name} is malformed: {exc}") from None
    return config
