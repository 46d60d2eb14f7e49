"""A county adds the translation review task in Wagtail's Settings → Workflows."""

from django.contrib.auth.models import Group
from django.urls import reverse

from translations.review.models import TranslationReviewTask


def test_the_task_type_is_offered(users, client):
    client.force_login(users["admin"])
    response = client.get(reverse("wagtailadmin_workflows:select_task_type"))
    assert reverse("wagtailadmin_workflows:add_task", args=["translations", "translationreviewtask"]) in (
        response.content.decode()
    )


def test_the_task_is_made_in_the_admin(users, client):
    group = Group.objects.create(name="Übersetzung Farsi")
    client.force_login(users["admin"])
    url = reverse("wagtailadmin_workflows:add_task", args=["translations", "translationreviewtask"])
    form = client.get(url).content.decode()
    assert 'value="de-x-ls"' in form and 'value="de"' not in form  # Leichte Sprache yes, German no
    response = client.post(url, {"name": "Prüfung Farsi", "groups": [group.pk], "language": "fa"})
    assert response.status_code == 302
    task = TranslationReviewTask.objects.get()
    assert (task.language, list(task.groups.all())) == ("fa", [group])
