"""System check: every page type of the project's apps is in the search or says it is not.

A page type is public content of Kreisnetz when it is a concrete Wagtail page of an app inside
the project (not of Wagtail or another installed package). It needs a search adapter
(``registry.register``) or an explicit ``registry.not_indexed`` in its app's
``registrations.py``; a new page type that does neither would silently stay unfindable.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import checks
from wagtail.models import Page

from . import registry


def _project_app(app_config):
    """An app of this repository: its package sits at the top of the project folder."""
    return Path(app_config.path).resolve().parent == Path(settings.BASE_DIR).resolve()


def project_page_models():
    return [
        model
        for app_config in apps.get_app_configs()
        if _project_app(app_config)
        for model in app_config.get_models()
        if issubclass(model, Page) and not model._meta.abstract
    ]


@checks.register(checks.Tags.models)
def check_page_types_have_search_adapters(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"The page type {model._meta.label} has no search adapter.",
            hint=(
                f"Register one in {model._meta.app_label}/registrations.py with "
                "search.registry.register(), or declare it with search.registry.not_indexed()."
            ),
            obj=model,
            id="kreisnetz.E001",
        )
        for model in project_page_models()
        if registry.adapter_for(model) is None and not registry.is_not_indexed(model)
    ]
