"""Which content types and fields are checked.

Every page type based on :class:`portal.models.BasePage` is checked with its translated
content fields (title, intro, body and whatever its ``translation.py`` registers). Other models
(or extra untranslated fields) add themselves with :func:`register` in their app's
``registrations.py`` (discovered at start-up): ``registry.register(MyPage, fields=["summary"])``.
"""

from django.apps import apps

_registered: dict[str, tuple[str, ...]] = {}  # model label -> tuple of extra field names


def register(model, fields=()):
    _registered[model._meta.label_lower] = tuple(fields)


def is_checked(model):
    from portal.models import BasePage

    return issubclass(model, BasePage) or model._meta.label_lower in _registered


def checked_fields(model):
    """Base names of the fields checked for a model (translated ones are checked per language)."""
    from portal.translation_status import content_fields

    names = list(content_fields(model))
    for name in _registered.get(model._meta.label_lower, ()):
        if name not in names:
            names.append(name)
    return names


def checked_models():
    return [model for model in apps.get_models() if is_checked(model)]


def page_type(model):
    return model._meta.label_lower
