"""The start-up check: every page type of the project is in the search or says it is not."""

from django.core import checks

from offers.models import OfferPage
from search import registry
from search.checks import check_page_types_have_search_adapters, project_page_models
from stories.models import StoryIndexPage


def test_every_project_page_type_is_registered_or_not_indexed():
    assert check_page_types_have_search_adapters() == []
    assert {model._meta.app_label for model in project_page_models()} >= {"home", "offers", "events"}


def test_the_check_runs_at_start_up():
    assert not [error for error in checks.run_checks() if error.id == "kreisnetz.E001"]


def test_a_page_type_without_adapter_fails_the_check(monkeypatch):
    monkeypatch.setattr(
        registry, "_adapters", {m: a for m, a in registry.adapters().items() if m is not OfferPage}
    )

    errors = check_page_types_have_search_adapters()

    assert [(error.id, error.obj) for error in errors] == [("kreisnetz.E001", OfferPage)]
    assert "offers/registrations.py" in errors[0].hint


def test_a_page_type_neither_registered_nor_excluded_fails_the_check(monkeypatch):
    monkeypatch.setattr(registry, "_not_indexed", registry._not_indexed - {StoryIndexPage})

    errors = check_page_types_have_search_adapters()

    assert [(error.id, error.obj) for error in errors] == [("kreisnetz.E001", StoryIndexPage)]
