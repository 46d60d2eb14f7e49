"""Wagtail's page create and edit views, with the editor's languages and one page per create form.

Routed in front of Wagtail's own views of the same URLs (portal/urls.py), with the same
decorators. ``portal.editor_languages``: only German and the requested language are rendered;
``portal.page_creation``: a create form sent twice (autosave, then publish) creates one page.
"""

import uuid
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import set_query_params
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.preview import PreviewOnEditView

from . import editor_languages, html_compaction, page_creation

EDIT_TEMPLATE = "wagtailadmin/pages/edit.html"


# Wagtail's views are untyped; the mixin sits before EditView or CreateView (see below).
_View: Any = object


class EditorLanguagesMixin(_View):
    form_class: Any
    editing_languages: tuple[str, ...]
    # The languages the user may edit (None: all); see editor_languages.language_limit.
    editable_languages: tuple[str, ...] | None = None

    def get(self, request, *args, **kwargs):
        self.editable_languages = self.language_limit()
        self.editing_languages = editor_languages.editing_languages(request, self.editable_languages)
        self.form_class = editor_languages.limited_form_class(
            self.form_class, self.editing_languages, editable=self.editable_languages
        )
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.editable_languages = self.language_limit()
        self.editing_languages = editor_languages.languages_sent(self.page_class, request.POST)
        self.form_class = editor_languages.limited_form_class(
            self.form_class, editable=self.editable_languages
        )
        return super().post(request, *args, **kwargs)

    def language_limit(self):
        page = getattr(self, "page", None)
        if page is None or not page.pk:
            return None
        return editor_languages.language_limit(self.request.user, page)

    def redirect_and_remain(self):
        response = super().redirect_and_remain()
        others = [code for code in self.editing_languages if code != editor_languages.source_language()]
        if len(others) == 1:
            response["Location"] = set_query_params(response["Location"], {editor_languages.PARAM: others[0]})
        return response

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response.add_post_render_callback(html_compaction.compact_response)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Wagtail packs every panel again, widget templates included, for ``window.wagtail.editHandler``,
        # a hook for custom scripts that Wagtail itself never reads; this project has no such script.
        # It was the editor's largest single part (a seventh of the page).
        context["edit_handler_data"] = None
        context["editing_languages"] = self.editing_languages
        context["editing_language_param"] = editor_languages.PARAM
        context["editable_languages"] = self.editable_languages
        return context


class PageEditView(EditorLanguagesMixin, EditView):
    def get_template_names(self):
        names = super().get_template_names()
        return ["portal/admin/pages/edit.html" if name == EDIT_TEMPLATE else name for name in names]


class PageCreateView(EditorLanguagesMixin, CreateView):
    template_name = "portal/admin/pages/create.html"

    def get(self, request, *args, **kwargs):
        self.creation_token = page_creation.new_token()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        token = page_creation.token_from(request.POST)
        if token is None:
            self.creation_token = page_creation.new_token()
            return super().post(request, *args, **kwargs)
        self.creation_token = token
        with page_creation.claimed(token, request.user) as claim:
            if claim.page_id is not None:
                return self.hand_over(request, claim)
            response = super().post(request, *args, **kwargs)
            if self.page.pk:
                page_creation.record(claim, self.page)
        return response

    def hand_over(self, request, claim):
        """The form's page exists already: this request edits it."""
        if claim.user_id != request.user.pk:
            raise PermissionDenied
        if self.expects_json_response:
            # An autosave sent before (or retried after) the request that created the page: its
            # content is not newer than what that request saved.
            return self.json_error_response("invalid_revision", _("Saving will overwrite a newer version."))
        return edit(request, page_id=claim.page_id)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["creation_token"] = self.creation_token
        context["creation_token_field"] = page_creation.TOKEN_FIELD
        return context


class PagePreviewOnEditView(PreviewOnEditView):
    """The editor's live preview. The form carries German and one other language only: the
    languages it does not carry keep the draft's text in the preview (Wagtail's own form would
    leave them empty, and the preview would show German in their place)."""

    def get_form(self, query_dict):
        if not query_dict:
            return super().get_form(query_dict)
        form_class = editor_languages.limited_form_class(self.object.get_edit_handler().get_form_class())
        query_dict = query_dict.copy()
        # As Wagtail's view: placeholders where the form has no title or slug yet.
        if not query_dict.get("title"):
            query_dict["title"] = _("Placeholder title")
        if not query_dict.get("slug"):
            query_dict["slug"] = str(uuid.uuid4())
        return form_class(
            query_dict,
            instance=self.object,
            parent_page=self.object.get_parent().specific,
            for_user=self.request.user,
        )


edit = never_cache(require_admin_access(PageEditView.as_view()))
preview_on_edit = require_admin_access(PagePreviewOnEditView.as_view())
create = never_cache(require_admin_access(PageCreateView.as_view()))
