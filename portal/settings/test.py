"""Test settings: SQLite in memory, or PostgreSQL when DATABASE_URL is set (always in CI)."""

from .base import *  # noqa: F403
from .env import get_database

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
DATABASES = {"default": get_database(default="sqlite://:memory:")}
DATABASES["default"]["CONN_MAX_AGE"] = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests expect fresh renders; tests/portal/test_page_cache.py switches the page cache on.
PAGE_CACHE_ENABLED = False
# Index version tokens repeat between tests (rolled back, "initial" after a flush): search
# results are not kept, except in tests/search/test_results_cache.py.
SEARCH_RESULTS_CACHE_TIMEOUT = 0
# Documents built from many pages (portal.generated_documents) likewise, except in test_page_cache.
GENERATED_DOCUMENTS_TIMEOUT = 0
# No machine translation unless a test points it at its local fake provider.
MACHINE_TRANSLATION = {**MACHINE_TRANSLATION, "PROVIDER": "", "AUTH_KEY": "", "SERVER_URL": None}  # noqa: F405
