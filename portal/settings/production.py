"""Production: everything from the environment, nothing guessed.

A missing or malformed variable raises ConfigError with one line naming it; manage.py and the
WSGI entry point print that line and stop. See README.md ("Production") for the variables.
"""

from typing import Any
from urllib.parse import urlparse

from . import cache as cache_settings
from .base import *  # noqa: F403
from .cache import redis_caches
from .env import ConfigError, get_bool, get_database, get_int, get_list, get_str, get_url

DEBUG = get_bool("DEBUG", False)
TRUST_X_FORWARDED_FOR = get_bool("TRUST_X_FORWARDED_FOR", False)
SECRET_KEY = get_str("SECRET_KEY", required=True)
if len(SECRET_KEY) < 32:
    raise ConfigError("SECRET_KEY must be at least 32 characters long")
ALLOWED_HOSTS = get_list("ALLOWED_HOSTS", required=True)
CSRF_TRUSTED_ORIGINS = get_list("CSRF_TRUSTED_ORIGINS", [f"https://{host}" for host in ALLOWED_HOSTS])
DATABASES = {"default": get_database(required=True)}

# --- Faults: database, cache and sessions (issue 17, "Faults and load") ------------------------
# A broken persistent connection (database restarted) is tested and replaced before a request
# uses it; requests while the database is down get portal/unavailable.py's 503 page.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Cache and sessions in Redis, shared by every app server; a Redis outage is survived (see
# portal/settings/cache.py: cache bypassed and logged, sessions read from the database).
REDIS_URL = get_url("REDIS_URL", ("redis", "rediss", "unix"), required=True)
CACHES = redis_caches(REDIS_URL, get_int("CACHE_TIMEOUT", 300))
SESSION_ENGINE = cache_settings.SESSION_ENGINE
RATELIMIT_FAIL_OPEN = cache_settings.RATELIMIT_FAIL_OPEN
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = cache_settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS
DJANGO_REDIS_LOGGER = cache_settings.DJANGO_REDIS_LOGGER
# The page cache for anonymous visitors (portal/page_cache.py) lives in the same Redis.
PAGE_CACHE_ENABLED = get_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_TIMEOUT = get_int("PAGE_CACHE_TIMEOUT", 600)
PAGE_CACHE_SHARED_MAX_AGE = get_int("PAGE_CACHE_SHARED_MAX_AGE", 60)
# Documents built from many pages (map GeoJSON, calendar feeds, open data, statistics), same Redis.
GENERATED_DOCUMENTS_TIMEOUT = get_int("GENERATED_DOCUMENTS_TIMEOUT", 3600)
# --- end of the faults block -------------------------------------------------------------------

# --- Front cache (issue 18): Varnish in front of the app servers, purged on publish -------------
# FRONTEND_CACHE_URLS: the address of each Varnish (docker/varnish/), comma-separated; every
# app server tells every cache (portal/front_cache.py). Unset: no front cache, nothing sent.
FRONTEND_CACHE_URLS = get_list("FRONTEND_CACHE_URLS")
for _url in FRONTEND_CACHE_URLS:
    if urlparse(_url).scheme not in ("http", "https") or not urlparse(_url).netloc:
        raise ConfigError(f"FRONTEND_CACHE_URLS must be URLs starting with http:// or https://, not {_url!r}")
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {"BACKEND": "portal.front_cache.VarnishBackend", "LOCATION": url}
    for number, url in enumerate(FRONTEND_CACHE_URLS, start=1)
}
FRONTEND_CACHE_TIMEOUT = get_int("FRONTEND_CACHE_TIMEOUT", 1)  # seconds per request to a cache
if FRONTEND_CACHE_URLS:
    # Page responses carry X-Page-Id/X-Page-Path for the bans (Varnish strips them).
    _label = "portal.front_cache.PageLabelMiddleware"
    MIDDLEWARE = (
        [*MIDDLEWARE[:-1], _label, MIDDLEWARE[-1]]
        if MIDDLEWARE[-1].startswith("axes.")
        else [*MIDDLEWARE, _label]
    )
# --- end of the front cache block ---------------------------------------------------------------

# Media: a shared directory (NFS, volume) or an S3-compatible bucket, so several app servers
# serve the same files.
MEDIA_STORAGE = get_str("MEDIA_STORAGE", "filesystem")
default_storage: dict[str, Any]
if MEDIA_STORAGE == "s3":
    default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": get_str("S3_BUCKET", required=True),
            "endpoint_url": get_url("S3_ENDPOINT_URL", ("http", "https")),
            "region_name": get_str("S3_REGION"),
            "access_key": get_str("S3_ACCESS_KEY_ID", required=True),
            "secret_key": get_str("S3_SECRET_ACCESS_KEY", required=True),
            "custom_domain": get_str("S3_CUSTOM_DOMAIN"),
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": False,
        },
    }
elif MEDIA_STORAGE == "filesystem":
    MEDIA_ROOT = get_str("MEDIA_ROOT", str(MEDIA_ROOT))
    default_storage = {"BACKEND": "portal.upload_storage.GuardedFileSystemStorage"}
else:
    raise ConfigError(f"MEDIA_STORAGE must be filesystem or s3, not {MEDIA_STORAGE!r}")
STATIC_ROOT = get_str("STATIC_ROOT", str(STATIC_ROOT))
STORAGES = {
    "default": default_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = get_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = get_str("EMAIL_HOST", "localhost")
EMAIL_PORT = get_int("EMAIL_PORT", 25)
EMAIL_USE_TLS = get_bool("EMAIL_USE_TLS", False)
EMAIL_HOST_USER = get_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = get_str("EMAIL_HOST_PASSWORD", "")
WAGTAILADMIN_BASE_URL = get_url("WAGTAILADMIN_BASE_URL", ("http", "https"), required=True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = get_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True

# --- Headers: HSTS and the media origin of the Content-Security-Policy ---------------------------
# HSTS: 0 sends no header. The documented production values (docker/env.example, README
# "Headers") are a year, subdomains included, preload; `check --deploy` is clean with them.
SECURE_HSTS_SECONDS = get_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = get_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = get_bool("SECURE_HSTS_PRELOAD", False)
if MEDIA_STORAGE == "s3":
    # Images are served from the bucket's host: the policy of every area must allow it.
    _s3 = default_storage["OPTIONS"]
    if _s3["custom_domain"]:
        _media_origins = [f"https://{_s3['custom_domain']}"]
    elif _s3["endpoint_url"]:  # path-style or bucket-as-subdomain addresses of that provider
        _endpoint = urlparse(_s3["endpoint_url"])
        _media_origins = [
            f"{_endpoint.scheme}://{_endpoint.netloc}",
            f"{_endpoint.scheme}://*.{_endpoint.netloc}",
        ]
    else:
        _media_origins = ["https://*.amazonaws.com"]
    for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):
        _policy["DIRECTIVES"]["img-src"] = [*_policy["DIRECTIVES"]["img-src"], *_media_origins]
