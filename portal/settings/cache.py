"""Cache and sessions that survive a Redis outage (used by the production settings).

- The caches ignore Redis errors (django-redis ``IGNORE_EXCEPTIONS``): a read is a miss, a
  write is dropped, and each ignored error is logged (logger ``django_redis.cache``). Short
  socket timeouts keep an unreachable Redis from holding a worker.
- Sessions are stored in the database and cached in Redis (``cached_db``): with Redis gone,
  a logged-in editor stays logged in (the session is read from the database).
- Rate limits of public forms count in the cache; without it they let the form through
  (``RATELIMIT_FAIL_OPEN``) instead of refusing every visitor. The honeypot still applies.
"""

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
RATELIMIT_FAIL_OPEN = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "django_redis.cache"

_REDIS_OPTIONS = {
    "CLIENT_CLASS": "django_redis.client.DefaultClient",
    "IGNORE_EXCEPTIONS": True,
    "SOCKET_CONNECT_TIMEOUT": 0.5,  # seconds
    "SOCKET_TIMEOUT": 0.5,
}


def redis_caches(url, timeout=300):
    """The CACHES setting for one Redis server at ``url``."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "kreisnetz",
            "TIMEOUT": timeout,
            "OPTIONS": dict(_REDIS_OPTIONS),
        },
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "kreisnetz-renditions",
            "TIMEOUT": 600,
            "OPTIONS": dict(_REDIS_OPTIONS),
        },
    }
