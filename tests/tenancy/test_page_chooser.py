"""The page chooser and the explorer API show other towns' published pages, never their drafts."""

import pytest
from django.urls import reverse

from home.factories import ContentPageFactory


@pytest.fixture
def pages_of_a(town_a):
    published = ContentPageFactory(parent=town_a.page, title="Sprechstunde Altdorf")
    published.save_revision().publish()
    draft = ContentPageFactory(parent=town_a.page, title="Entwurf Haushaltsplan Altdorf", live=False)
    return published, draft


@pytest.mark.parametrize(
    ("role", "sees_draft"),
    [("editor_a", True), ("editor_b", False), ("county_editor", True), ("admin", True)],
)
def test_chooser_and_explorer_hide_other_towns_drafts(role, sees_draft, pages_of_a, town_a, client_for):
    client = client_for(role)
    chooser = client.get(reverse("wagtailadmin_choose_page_child", args=[town_a.page.pk])).content.decode()
    explorer = client.get(
        "/admin/api/main/pages/", {"child_of": town_a.page.pk, "for_explorer": 1, "fields": "title"}
    ).content.decode()
    assert "Sprechstunde Altdorf" in chooser
    assert ("Entwurf Haushaltsplan Altdorf" in chooser) is sees_draft
    assert ("Entwurf Haushaltsplan Altdorf" in explorer) is sees_draft
