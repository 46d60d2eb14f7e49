"""Settings shared by every environment. Environment-specific modules import from here."""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO

from portal import languages

from . import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PORTAL_DIR = BASE_DIR / "portal"

# The apps of Kreisnetz (tests walk their models, e.g. tests/i18n/test_admin_language.py).
KREISNETZ_APPS = [
    "portal",
    "home",
    "organisations",
    "offers",
    "events",
    "newsletter",
    "guidelines",
    "dashboard",
    "legal",
    "stories",
    "responsibilities",
    "networking",
    "search",
    "translations",
]

INSTALLED_APPS = [
    # Translation: before the wagtail apps and before our apps (it registers Page first)
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # Kreisnetz apps
    *KREISNETZ_APPS,
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",  # login throttling (see "Accounts" below)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.content_security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous pages from the shared cache: after the language is known, before auth and CSRF.
    "portal.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.statement_timeout.PublicStatementTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "guidelines.middleware.CurrentRequestMiddleware",
    "portal.middleware.ImageConsentMiddleware",
    # Uploads on a full or read-only media directory: a message, nothing half-stored.
    "portal.upload_storage.UploadStorageMiddleware",
    # Last, as django-axes requires: turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

# Page cache for anonymous visitors (portal/page_cache.py): seconds an entry lives (a change
# drops it at once anyway), s-maxage for shared caches in front of the app, largest entry.
PAGE_CACHE_ENABLED = True
PAGE_CACHE_TIMEOUT = 600
PAGE_CACHE_SHARED_MAX_AGE = 60
PAGE_CACHE_MAX_BYTES = 5_000_000
SEARCH_RESULTS_CACHE_TIMEOUT = 600
# Map GeoJSON, calendar feeds, open data, statistics: built once per change (portal.generated_documents).
GENERATED_DOCUMENTS_TIMEOUT = 3600

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"
FORM_RENDERER = "portal.form_renderer.PortalFormRenderer"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------------
# One row per language in portal/languages.py; everything per language is read from there.
LEICHTE_SPRACHE = languages.LEICHTE_SPRACHE
LANG_INFO[LEICHTE_SPRACHE] = {
    "bidi": False,
    "code": LEICHTE_SPRACHE,
    "name": "Easy German",
    "name_local": languages.language(LEICHTE_SPRACHE).native_name,
}

LANGUAGE_CODE = languages.SOURCE_LANGUAGE
LANGUAGES = [(row.code, row.name) for row in languages.LANGUAGE_TABLE]
LANGUAGES_BIDI = languages.right_to_left_codes()
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": (LANGUAGE_CODE,)}
MODELTRANSLATION_CUSTOM_FIELDS = ()
# wagtail-modeltranslation's StreamField copy buttons mis-handle hyphenated codes.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

WAGTAIL_I18N_ENABLED = False  # translations are fields (modeltranslation), not page copies
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media ------------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = []
# npm packages (axe-core for tests, leaflet for maps) are served from node_modules via a
# prefix so that no asset comes from an external CDN.
NODE_MODULES_DIR = BASE_DIR / "node_modules"
VENDOR_ASSETS = {"leaflet": NODE_MODULES_DIR / "leaflet" / "dist"}
STATICFILES_DIRS += [(f"vendor/{name}", path) for name, path in VENDOR_ASSETS.items() if path.is_dir()]

# Map tiles: a tile server the county may use (its own, or OpenStreetMap's within their policy).
# Pages stay usable when tiles cannot load: addresses and lists are plain HTML.
MAP_TILE_URL = env.get_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_ATTRIBUTION = env.get_str("MAP_ATTRIBUTION", "© OpenStreetMap contributors")
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "portal.upload_storage.GuardedFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Kreisnetz"
WAGTAILADMIN_BASE_URL = env.get_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "ics"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [(code, name) for code, name in LANGUAGES if code != LEICHTE_SPRACHE]
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Search ------------------------------------------------------------------------------------
# The public search (app "search") answers from its own index table ("db", default) or from
# Elasticsearch 8 (one index per language); see search/backends. Wagtail's own search serves
# only the admin and always uses its database backend.
SEARCH_BACKEND = env.get_choice("SEARCH_BACKEND", ("db", "elasticsearch"), "db")
if SEARCH_BACKEND == "elasticsearch":
    ELASTICSEARCH_URL = env.get_url("ELASTICSEARCH_URL", ("http", "https"), required=True)
else:
    ELASTICSEARCH_URL = None
ELASTICSEARCH_INDEX = env.get_str("ELASTICSEARCH_INDEX", "kreisnetz")
ELASTICSEARCH_TIMEOUT = env.get_int("ELASTICSEARCH_TIMEOUT", 2)  # seconds; then the database answers
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Names of the groups that tenancy creates; code refers to them only through these settings.
KREISNETZ_GROUPS = {
    "county_editors": "Kreisredaktion",
    "moderators": "Moderation",
    "mso_members": "MSO-Mitglieder",
}
KREISNETZ_TOWN_GROUP_PREFIX = "Redaktion"

# The page types of the county home and of a member town (portal/towns.py resolves them).
KREISNETZ_COUNTY_PAGE_MODEL = "home.CountyHomePage"
KREISNETZ_TOWN_PAGE_MODEL = "home.TownPage"

# PostgreSQL cancels a query of a public request (anyone who may not use the admin) after this
# many milliseconds; the visitor gets a short 503 page (portal/statement_timeout.py). 0: no limit.
PUBLIC_STATEMENT_TIMEOUT_MS = env.get_int("PUBLIC_STATEMENT_TIMEOUT_MS", 5000)

# Calendar import (.ics upload and subscriptions, events/calendar_io/ics_import.py).
EVENTS_IMPORT_MAX_BYTES = env.get_int("EVENTS_IMPORT_MAX_BYTES", 2 * 1024 * 1024)
EVENTS_IMPORT_MAX_EVENTS = 1000
EVENTS_FETCH_TIMEOUT = 15  # seconds one wait for the server may take (connecting, each read)
# Seconds a whole fetch may take (redirects and download together), however slowly the server sends.
EVENTS_FETCH_TOTAL_TIMEOUT = env.get_int("EVENTS_FETCH_TOTAL_TIMEOUT", 30)
# Fetching addresses in the server's own network (127.0.0.1, 10.x, ...) is refused unless allowed.
EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES = env.get_bool("EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES", False)

# Machine-translation drafts (translations/machine, docs/machine-translation.md). No provider:
# the feature is hidden. DeepL: the auth key (a free account's key ends in ":fx"); the server URL
# only to override the default (https://api.deepl.com or https://api-free.deepl.com).
# LibreTranslate: the server URL (required) and its API key if the server asks for one.
MACHINE_TRANSLATION = {
    "PROVIDER": env.get_choice("MACHINE_TRANSLATION_PROVIDER", ("", "deepl", "libretranslate"), ""),
    "AUTH_KEY": env.get_str("MACHINE_TRANSLATION_AUTH_KEY", ""),
    "SERVER_URL": env.get_url("MACHINE_TRANSLATION_SERVER_URL", ("http", "https")),
    "TIMEOUT": env.get_int("MACHINE_TRANSLATION_TIMEOUT", 10),  # seconds per request
    "RETRIES": env.get_int("MACHINE_TRANSLATION_RETRIES", 1),  # DeepL: retries after 429/5xx
    # Only these target languages (empty: every language the provider offers).
    "LANGUAGES": env.get_list("MACHINE_TRANSLATION_LANGUAGES"),
}

LOGIN_URL = "wagtailadmin_login"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.get_str("DEFAULT_FROM_EMAIL", "kreisnetz@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"kreisnetz": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

WAGTAILIMAGES_IMAGE_MODEL = "portal.KreisnetzImage"
# Broken, truncated or hostile image files are form errors (portal/services/image_files.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.image_forms.KreisnetzImageForm"

# --- Event registration ----------------------------------------------------------------------
# Registrant data is deleted this many days after an event's last date (manage.py purge_registrations).
REGISTRATION_RETENTION_DAYS = env.get_int("REGISTRATION_RETENTION_DAYS", 30)
REGISTRATION_CONFIRM_HOURS = 48  # lifetime of the double opt-in link
# Rate limits of public forms count per client address; behind a reverse proxy that sets
# X-Forwarded-For (docker/Caddyfile) the production settings trust its last entry.
TRUST_X_FORWARDED_FOR = False
REGISTRATION_RATE_LIMIT = "10/h"  # registration form posts per IP address

# --- Accounts: login throttling (django-axes) --------------------------------------------------
# Wrong passwords are counted per account and, separately, per client address (the same address
# as the rate limits of public forms, see TRUST_X_FORWARDED_FOR). After LOGIN_FAILURE_LIMIT
# failures within LOGIN_COOLOFF_MINUTES, signing in is refused until that many minutes after the
# last failure; the refusal page says so in the reader's language (portal/login_protection.py).
# Each failure is logged (logger "axes": username, address, browser, path; never the password).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = env.get_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.get_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = False  # one account's success must not clear an address's count
AXES_CLIENT_IP_CALLABLE = "portal.login_protection.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.login_protection.lockout_response"
AXES_SENSITIVE_PARAMETERS: list[str] = []  # the log names username and address; the password is always masked
AXES_DISABLE_ACCESS_LOG = True  # no record of successful logins is kept
AXES_ENABLE_ADMIN = False  # unlock with manage.py axes_reset_username / axes_reset_ip

# --- Headers: Content-Security-Policy (django-csp) ---------------------------------------------
# Public pages run no inline script or style: every script and stylesheet comes from this site's
# static files (Leaflet from node_modules too); JSON-LD blocks are data, not script. Map tiles come
# from the tile server of MAP_TILE_URL. The Wagtail admin gets its own policy
# (CONTENT_SECURITY_POLICY_ADMIN, applied by portal.content_security to every URL under /admin/).
_tiles = urlparse(MAP_TILE_URL.replace("{s}", "*"))
MAP_TILE_ORIGIN = f"{_tiles.scheme}://{_tiles.netloc}"
_PUBLIC_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:", MAP_TILE_ORIGIN],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [NONE],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],  # the admin's preview shows pages in a frame of this site
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _PUBLIC_DIRECTIVES}
# The tightest policy under which Wagtail 8's admin works (tests/browser/test_content_security.py):
# its panels and widgets write inline <script> elements (InlinePanel, choosers, the editor's
# initialisation; their content varies, so hashes cannot list them, and Wagtail's templates give
# them no nonce), its bundle injects <style> elements, and the multiple image upload previews
# files as blob: images. Inline event handlers (onclick=...) stay forbidden, and so does eval.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **_PUBLIC_DIRECTIVES,
        "script-src": [SELF, UNSAFE_INLINE],
        "script-src-attr": [NONE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [*_PUBLIC_DIRECTIVES["img-src"], "blob:"],
    }
}
# Editors' avatars: no request to gravatar.com (it would leak a hash of each e-mail address, and
# the admin's policy allows no images from other sites).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
