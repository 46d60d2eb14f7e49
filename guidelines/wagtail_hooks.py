"""Admin: rules as snippets (county only), live check in the page editor, gate messages, report."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.rules import is_county_staff

from . import admin_urls, side_panel
from .models import Rule, WordList
from .services import gate, labels


class RuleViewSet(SnippetViewSet):
    model = Rule
    icon = "doc-full"
    menu_label = _("Guideline rules")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "kind", "severity", "languages", "enabled"]
    list_filter = ["kind", "severity", "enabled"]
    search_fields = ["name", "terms", "message"]


class WordListViewSet(SnippetViewSet):
    model = WordList
    icon = "list-ul"
    menu_label = _("Guideline word lists")
    menu_order = 325
    add_to_admin_menu = True
    list_display = ["name", "purpose", "enabled"]
    list_filter = ["purpose", "enabled"]
    search_fields = ["name", "entries"]


register_snippet(RuleViewSet)
register_snippet(WordListViewSet)


@hooks.register("register_admin_urls")
def guideline_urls():
    return [path("guidelines/", include(admin_urls))]


class CountyMenuItem(MenuItem):
    def is_shown(self, request):
        return is_county_staff(request.user)


@hooks.register("register_admin_menu_item")
def report_menu_item():
    return CountyMenuItem(_("Guideline report"), reverse("guidelines_report"), icon_name="warning", order=330)


# The live check: findings in a side panel of the page editor beside Wagtail's checks.
side_panel.install()


def _refuse(request, findings, model=None):
    messages.error(request, gate.blocked_message(findings, model))


@hooks.register("before_publish_page")
def refuse_publication(request, page):
    """The publish button (edit and create): the draft is saved; publication is refused."""
    found = gate.blocking_findings(page)
    if found:
        if page.live and page.live_revision_id is None:
            # A page just created by "publish" is saved live before publication: keep it a draft.
            Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        _refuse(request, found, type(page))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_copy_page")
def refuse_live_copy(request, page):
    if request.method != "POST" or not request.POST.get("publish_copies") or not page.live:
        return None
    specific = page.specific
    found = gate.blocking(gate.check_page(specific)[0]) if gate.registry.is_checked(type(specific)) else []
    if found:
        _refuse(request, found, type(specific))
        return redirect("wagtailadmin_pages:copy", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publication(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    found = []
    for page in objects:
        revision = page.get_latest_revision()
        found.extend(gate.blocking_findings(revision.as_object() if revision else page.specific))
    if found:
        _refuse(request, found)
        return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))
    return None


@hooks.register("before_edit_snippet")
def show_profile_findings(request, instance):
    """Submitters and moderators see the findings of a checked snippet (organisation profile)."""
    if request.method != "GET" or not gate.registry.is_checked(type(instance)):
        return None
    revision = instance.latest_revision if getattr(instance, "latest_revision_id", None) else None
    target = revision.as_object() if revision else instance
    for finding in gate.check_page(target)[0]:
        messages.warning(
            request,
            _("Guidelines (%(severity)s): %(field)s: %(match)s: %(message)s %(suggestions)s")
            % {
                "severity": labels.severity_name(finding.severity),
                "field": labels.field_label(type(target), finding.field, finding.language),
                "match": labels.quoted(finding.matched_text),
                "message": finding.message,
                "suggestions": " · ".join(finding.suggestions),
            },
        )
    return None


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def record_rule_editor(request, instance):
    if isinstance(instance, Rule | WordList):
        type(instance).objects.filter(pk=instance.pk).update(updated_by=request.user)
