"""Admin actions as an editor performs them over HTTP, and the test of their effect."""

from django.urls import reverse
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page

from tests.forms import empty_streamfields, form_data

NEW_TITLE = "Geänderter Titel"


def _reload(obj):
    return type(obj).objects.filter(pk=obj.pk).first()


def _edit_page(client, page, publish):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    if response.status_code != 200:
        return response
    data = {**form_data(response, "form#page-edit-form"), **empty_streamfields(type(page.specific))}
    data["title_de"] = NEW_TITLE
    if publish:
        data["action-publish"] = "action-publish"
    return client.post(url, data)


def edit(client, world, target):
    page = world[target]
    before = page.revisions.count()
    _edit_page(client, page, publish=False)
    return page.revisions.count() > before


def publish(client, world, target):
    page = world[target]
    _edit_page(client, page, publish=True)
    return _reload(page).title_de == NEW_TITLE


def unpublish(client, world, target):
    page = world[target]
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return not _reload(page).live


def delete(client, world, target):
    obj = world[target]
    if isinstance(obj, Page):
        client.post(reverse("wagtailadmin_pages:delete", args=[obj.pk]))
    elif isinstance(obj, get_image_model()):
        client.post(reverse("wagtailimages:delete", args=[obj.pk]))
    else:
        client.post(reverse("wagtaildocs:delete", args=[obj.pk]))
    return _reload(obj) is None


def _move(client, world, target, destination):
    page = world[target]
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    return _reload(page).get_parent().pk == destination.pk


def move(client, world, target):
    if target == "offer_a_to_finder_b":
        return _move(client, world, "offer_a", world["finder_b"])
    return _move(client, world, target, world[f"{target}_sibling"])


def _add(client, world, target, model_name, title, app="offers", extra=None):
    parent = world[target]
    url = reverse("wagtailadmin_pages:add", args=[app, model_name, parent.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    from django.apps import apps

    model = apps.get_model(app, model_name)
    data = {**form_data(response, "form#page-edit-form"), **empty_streamfields(model)}
    data.update(
        {"title_de": title, "slug_de": slugify(title), "action-publish": "action-publish", **(extra or {})}
    )
    if model_name == "contactpointpage":
        data["kind"] = "other"
    client.post(url, data)
    return model.objects.child_of(parent).filter(title_de=title).exists()


def add_offer(client, world, target):
    return _add(client, world, target, "offerpage", "Neues Angebot")


def add_contact_point(client, world, target):
    return _add(client, world, target, "contactpointpage", "Neue Anlaufstelle")


def add_event(client, world, target):
    times = {"start": "2027-03-03 16:00", "end": "2027-03-03 18:00"}
    return _add(client, world, target, "eventpage", "Neuer Termin", app="events", extra=times)


def edit_snippet(client, world, target):
    category = world[target]
    url = reverse(f"wagtailsnippets_offers_{category._meta.model_name}:edit", args=[category.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data["name_de"] = NEW_TITLE
    client.post(url, data)
    return _reload(category).name_de == NEW_TITLE


def move_to_other_town(client, world, target):
    return _move(client, world, target, world["page_b"])


def _copy(client, world, target, destination):
    page = world[target]
    slug = "kopie-" + page.slug
    url = reverse("wagtailadmin_pages:copy", args=[page.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data.update({"new_title_de": "Kopie", "new_slug_de": slug, "new_parent_page": destination.pk})
    client.post(url, data)
    return Page.objects.filter(slug_de=slug).exists()


def copy(client, world, target):
    page = world[target]
    return _copy(client, world, target, page.get_parent())


def copy_to_other_town(client, world, target):
    return _copy(client, world, target, world["page_b"])


def _bulk(client, obj, action):
    meta = type(obj)._meta if not isinstance(obj, Page) else Page._meta
    url = reverse("wagtail_bulk_action", args=[meta.app_label, meta.model_name, action])
    return client.post(f"{url}?id={obj.pk}", {})


def bulk_delete(client, world, target):
    obj = world[target]
    _bulk(client, obj, "delete")
    return _reload(obj) is None


def bulk_unpublish(client, world, target):
    page = world[target]
    _bulk(client, page, "unpublish")
    return not _reload(page).live


def edit_media(client, world, target):
    obj = world[target]
    if isinstance(obj, get_image_model()):
        url = reverse("wagtailimages:edit", args=[obj.pk])
    else:
        url = reverse("wagtaildocs:edit", args=[obj.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data["title"] = NEW_TITLE
    client.post(url, data)
    return _reload(obj).title == NEW_TITLE


def _profile_form(client, organisation):
    url = reverse("wagtailsnippets_organisations_organisation:edit", args=[organisation.pk])
    response = client.get(url)
    return url, (form_data(response) if response.status_code == 200 else None)


def edit_profile(client, world, target):
    organisation = world[target]
    before = organisation.revisions.count()
    url, data = _profile_form(client, organisation)
    if data is None:
        return False
    data["description_de"] = "Neue Beschreibung"
    client.post(url, data)
    return organisation.revisions.count() > before


def publish_profile(client, world, target):
    organisation = world[target]
    url, data = _profile_form(client, organisation)
    if data is None:
        return False
    data.update({"description_de": "Veröffentlicht", "action-publish": "action-publish"})
    client.post(url, data)
    return _reload(organisation).description_de == "Veröffentlicht"


def delete_profile(client, world, target):
    organisation = world[target]
    client.post(reverse("wagtailsnippets_organisations_organisation:delete", args=[organisation.pk]))
    return _reload(organisation) is None


def edit_rule(client, world, target):
    rule = world[target]
    url = reverse("wagtailsnippets_guidelines_rule:edit", args=[rule.pk])
    response = client.get(url)
    if response.status_code != 200:
        return False
    data = form_data(response)
    data["name"] = NEW_TITLE
    client.post(url, data)
    return _reload(rule).name == NEW_TITLE


def grant_override(client, world, target):
    from guidelines.models import Override
    from guidelines.services.overrides import current_findings

    page = world[target].specific
    page.intro = "Die Flüchtlingswelle von 2015 ist Thema der Ausstellung."
    page.save_revision()
    findings, _units = current_findings(page)
    index = next(i for i, finding in enumerate(findings) if finding.severity == "error")
    client.post(reverse("guidelines_page", args=[page.pk]), {"finding": index, "reason": "Zitat"})
    return Override.objects.filter(page=page).exists()


def view_report(client, world, target):
    return client.get(reverse("guidelines_report")).status_code == 200


ACTIONS = {
    "edit_rule": edit_rule,
    "grant_override": grant_override,
    "view_report": view_report,
    "edit_profile": edit_profile,
    "publish_profile": publish_profile,
    "delete_profile": delete_profile,
    "edit": edit,
    "publish": publish,
    "unpublish": unpublish,
    "delete": delete,
    "move": move,
    "move_to_other_town": move_to_other_town,
    "copy": copy,
    "copy_to_other_town": copy_to_other_town,
    "bulk_delete": bulk_delete,
    "bulk_unpublish": bulk_unpublish,
    "add_offer": add_offer,
    "add_contact_point": add_contact_point,
    "edit_snippet": edit_snippet,
    "add_event": add_event,
}


def perform(client, world, action, target):
    if action == "edit" and not isinstance(world[target], Page):
        return edit_media(client, world, target)
    return ACTIONS[action](client, world, target)
