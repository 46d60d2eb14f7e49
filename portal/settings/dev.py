"""Local development: SQLite (or DATABASE_URL), database search, console e-mail, DEBUG on."""

from .base import *  # noqa: F403
from .env import get_bool, get_database, get_list, get_str

DEBUG = get_bool("DEBUG", True)
SECRET_KEY = get_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: S105
ALLOWED_HOSTS = get_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
DATABASES = {"default": get_database(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# The demo subscription fetches this site's own feed on 127.0.0.1.
EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES = get_bool("EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES", True)
