"""Routes that publish inside their own view (workflow approval) name field, rule and match too."""

from django.contrib.messages import get_messages
from django.urls import reverse

from .test_gate import offer  # noqa: F401 - the fixture: an offer whose draft breaks a rule


def test_workflow_approval_names_field_rule_and_match(offer, town_a, users, client):  # noqa: F811
    from portal import tenancy

    tenancy.set_publishing_mode(town_a, approval_required=True)
    task_state = offer.get_workflow().start(offer, users["editor_a"]).current_task_state
    client.force_login(users["county_editor"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    url = reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""}, HTTP_REFERER="http://testserver" + edit_url)
    assert response.status_code == 302
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    named = [message for message in shown if "Einleitung (Deutsch)" in message]
    assert any("Flüchtlingswelle" in message for message in named), shown
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS
