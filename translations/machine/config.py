"""Which machine-translation provider the portal uses (settings.MACHINE_TRANSLATION), and for
which languages. Not configured → :func:`is_enabled` is false and the feature is hidden."""

from django.conf import settings

from portal.translation_status import target_languages

# Leichte Sprache needs a person and a check group: never machine translated.
NEVER = {"de-x-ls"}


def _config():
    return getattr(settings, "MACHINE_TRANSLATION", None) or {}


def is_enabled():
    config = _config()
    provider = config.get("PROVIDER")
    if provider == "deepl":
        return bool(config.get("AUTH_KEY"))
    if provider == "libretranslate":
        return bool(config.get("SERVER_URL"))
    return False


def get_provider():
    """The configured provider, or None."""
    if not is_enabled():
        return None
    config = _config()
    timeout = config.get("TIMEOUT") or 10
    if config["PROVIDER"] == "deepl":
        from .providers.deepl import DeepLProvider

        return DeepLProvider(
            config["AUTH_KEY"], config.get("SERVER_URL"), timeout=timeout, retries=config.get("RETRIES", 1)
        )
    from .providers.libretranslate import LibreTranslateProvider

    return LibreTranslateProvider(config["SERVER_URL"], config.get("AUTH_KEY") or "", timeout=timeout)


def offered_languages(provider=None):
    """The target languages machine translation may fill (in the order of settings.LANGUAGES)."""
    provider = provider or get_provider()
    if provider is None:
        return []
    allowed = set(_config().get("LANGUAGES") or [])
    return [
        code
        for code in target_languages()
        if code not in NEVER and provider.offers(code) and (not allowed or code in allowed)
    ]
