"""Tenancy: one county site, one subtree, group, collection and workflow per member town.

A town's parts are linked to its page by key (``portal.models.Tenancy``), never found by
their names: names are for people and follow the town's title only when the parts are made.
Business rules live here; management commands and demo data call these functions.
"""

import logging
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.dispatch import Signal
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import Tenancy
from .site_address import site_location
from .towns import county_page_model, town_page_model

logger = logging.getLogger("kreisnetz.tenancy")

TOWN_PAGE_PERMISSIONS = ("add", "change", "publish")
COUNTY_PAGE_PERMISSIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
MODERATOR_PAGE_PERMISSIONS = ("change", "publish")
MEDIA_ACTIONS = ("add", "change", "delete", "choose")
MEDIA_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))


# Sent at the end of setup_county (every run): apps give the county-wide groups their own
# permissions and workflows. Arguments: ``county`` and ``groups`` ({key of KREISNETZ_GROUPS: Group}).
county_set_up = Signal()


class TenancyError(ValueError):
    """A town or county cannot be set up as asked; the message is for the user."""


@dataclass
class Town:
    page: object
    group: Group | None
    collection: Collection | None
    workflow: Workflow | None


def group_name(key):
    return settings.KREISNETZ_GROUPS[key]


def town_group_name(town_name):
    """The name a new town's editor group is given (shown to people; never used to find it)."""
    return f"{settings.KREISNETZ_TOWN_GROUP_PREFIX} {town_name}"


def tenancy_of(page, *, lock=False):
    """The Tenancy row of a town page or the county home (an empty one if there is none yet).

    ``lock``: hold the row until the transaction ends (one caller at a time makes missing parts).
    """
    queryset = Tenancy.objects.select_for_update() if lock else Tenancy.objects
    return queryset.get_or_create(page_id=page.pk)[0]


def editor_group(town):
    """The editor group of ``town``, or the county editors' group for ``None`` (None if unset)."""
    page = town or get_county()
    record = Tenancy.objects.select_related("editors").filter(page_id=page.pk).first()
    return record.editors if record else None


def county_approvers():
    """The county-wide groups that approve: the moderators and the county's editor group."""
    county_editors = editor_group(None)
    moderators = list(Group.objects.filter(name=group_name("moderators")))
    return moderators + ([county_editors] if county_editors else [])


def is_town_editor(user):
    """Whether one of the user's groups is the editor group of a town."""
    towns = Tenancy.objects.filter(page__in=town_page_model().objects.all())
    return user.is_authenticated and towns.filter(editors__in=user.groups.all()).exists()


def _media_permissions():
    return [
        Permission.objects.get(content_type__app_label=app, codename=f"{action}_{model}")
        for app, model in MEDIA_MODELS
        for action in MEDIA_ACTIONS
    ]


def _admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def _grant_pages(group, page, permission_types):
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            ),
        )


def _grant_collection(group, collection):
    for permission in _media_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def get_county():
    county = county_page_model().objects.first()
    if county is None:
        raise TenancyError(_("There is no county yet. Run “manage.py setup_county” first."))
    return county


@transaction.atomic
def setup_county(name):
    """Create (once) the county home as the site root and the county-wide groups."""
    CountyHomePage = county_page_model()
    name = (name or "").strip()
    county = CountyHomePage.objects.first()
    if county is None:
        if not name:
            raise TenancyError(_("The county needs a name."))
        root = Page.get_first_root_node()
        county = CountyHomePage(title=name, slug=slugify(name) or "landkreis")
        root.add_child(instance=county)
        county.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        welcome = site.root_page if site else None
        hostname, port = site_location(settings.WAGTAILADMIN_BASE_URL)  # the public address
        if site is None:
            Site.objects.create(hostname=hostname, port=port, root_page=county, is_default_site=True)
        else:
            site.hostname, site.port = hostname, port
            site.root_page = county
            site.site_name = name
            site.save()
        if welcome is not None and welcome.pk != county.pk and welcome.specific_class is not CountyHomePage:
            welcome.delete()
        logger.info("county created: %s", name)

    access = _admin_access()
    editors, _created = Group.objects.get_or_create(name=group_name("county_editors"))
    _link_county(county, editors)
    editors.permissions.add(access, *_snippet_permissions())
    _grant_pages(editors, county, COUNTY_PAGE_PERMISSIONS)
    _grant_collection(editors, Collection.get_first_root_node())

    moderators, _created = Group.objects.get_or_create(name=group_name("moderators"))
    moderators.permissions.add(access)
    _grant_pages(moderators, county, MODERATOR_PAGE_PERMISSIONS)

    members, _created = Group.objects.get_or_create(name=group_name("mso_members"))
    members.permissions.add(access)
    groups = {"county_editors": editors, "moderators": moderators, "mso_members": members}
    county_set_up.send(sender=type(county), county=county, groups=groups)
    return county


def _link_county(county, editors):
    record = tenancy_of(county)
    if record.editors_id is None or record.collection_id is None:
        record.editors = record.editors or editors
        record.collection = record.collection or Collection.get_first_root_node()
        record.save(update_fields=["editors", "collection"])


def _snippet_permissions():
    """Add/change/delete/view on every model an app declares as county-maintained."""
    query = Permission.objects.none()
    for config in apps.get_app_configs():
        for model in getattr(config, "county_maintained_models", ()):
            query |= Permission.objects.filter(
                content_type__app_label=config.label, codename__in=_crud(model)
            )
    return list(query)


def _crud(model):
    return [f"{action}_{model}" for action in ("add", "change", "delete", "view", "publish")]


def validate_town_name(name):
    """The cleaned name, or TenancyError with a message the user understands."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise TenancyError(_("The town name must not be empty."))
    if len(cleaned) > 200:
        raise TenancyError(_("The town name is too long (at most 200 characters)."))
    if not slugify(cleaned):
        raise TenancyError(_("The town name must contain letters or digits."))
    taken = town_page_model().objects.filter(title_de__iexact=cleaned).exists()
    if taken or Group.objects.filter(name__iexact=town_group_name(cleaned)).exists():
        raise TenancyError(_("A town called “%(name)s” exists already.") % {"name": cleaned})
    if Collection.objects.filter(name__iexact=cleaned).exists():
        raise TenancyError(_("A collection called “%(name)s” exists already.") % {"name": cleaned})
    return cleaned


@transaction.atomic
def create_town(name, *, approval_required=False):
    """Create a town page, its editor group, its media collection and its workflow."""
    name = validate_town_name(name)
    county = get_county()

    slug = slugify(name)
    if county.get_children().filter(slug=slug).exists():
        raise TenancyError(_("A page with the address “%(slug)s” exists already.") % {"slug": slug})
    town = town_page_model()(title=name, slug=slug)
    county.add_child(instance=town)
    town.save_revision().publish()

    collection = Collection.get_first_root_node().add_child(name=name)
    group = Group.objects.create(name=town_group_name(name))
    group.permissions.add(_admin_access())
    _grant_pages(group, town, TOWN_PAGE_PERMISSIONS)
    _grant_collection(group, collection)

    workflow = Workflow.objects.create(name=_("Approval %(town)s") % {"town": name}, active=False)
    task = GroupApprovalTask.objects.create(name=_("County approval %(town)s") % {"town": name})
    task.groups.set(county_approvers())
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=town)
    Tenancy.objects.create(page=town, editors=group, collection=collection, review_workflow=workflow)

    result = Town(page=town, group=group, collection=collection, workflow=workflow)
    set_publishing_mode(result, approval_required=approval_required)
    logger.info("town created: %s (page %s)", name, town.pk)
    return result


def get_town(town_page):
    """The tenancy parts of an existing town page, by key (whatever the town is called now)."""
    record = Tenancy.objects.select_related("editors", "collection", "review_workflow").get(page=town_page)
    return Town(
        page=town_page, group=record.editors, collection=record.collection, workflow=record.review_workflow
    )


@transaction.atomic
def set_publishing_mode(town, *, approval_required):
    """Town editors publish directly, or submit to the county's approval workflow."""
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    if approval_required:
        GroupPagePermission.objects.filter(group=town.group, page=town.page, permission=publish).delete()
    else:
        GroupPagePermission.objects.get_or_create(group=town.group, page=town.page, permission=publish)
    town.workflow.active = approval_required
    town.workflow.save(update_fields=["active"])
