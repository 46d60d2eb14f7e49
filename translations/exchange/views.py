"""Admin views of the exchange with translators (thin: the work is in exporting/importing)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from portal.translation_status import content_fields

from . import exporting, formats, importing
from .forms import ExportForm, ImportForm, TownExportForm


def _download(content, name, content_type):
    response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class PageExportView(WagtailAdminTemplateMixin, FormView):
    """Export the German of one page (its latest draft) for a translator."""

    template_name = "translations/exchange/export_page.html"
    form_class = ExportForm
    page_title = gettext_lazy("Export for translators")
    header_icon = "download"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not content_fields(type(self.page)) or not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return str(self.page.title)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "page": self.page}

    def form_valid(self, form):
        data = form.cleaned_data
        return _download(*exporting.export([self.page], data["language"], data["file_format"]))


class TownExportView(WagtailAdminTemplateMixin, FormView):
    """Export every page of a town whose translation into a language is missing or outdated."""

    template_name = "translations/exchange/export_town.html"
    form_class = TownExportForm
    page_title = gettext_lazy("Exchange with translators")
    header_icon = "download"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        data = form.cleaned_data
        root = get_object_or_404(Page, pk=data["town"])
        pages = exporting.pages_needing(self.request.user, root, data["language"])
        if not pages:
            form.add_error(None, _("No page there misses a translation into this language."))
            return self.form_invalid(form)
        return _download(*exporting.export(pages, data["language"], data["file_format"]))


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a translated file; shows the check report and what was imported (or why not)."""

    template_name = "translations/exchange/import.html"
    form_class = ImportForm
    page_title = gettext_lazy("Import a translation")
    header_icon = "upload"

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            report = importing.import_file(
                upload.read(),
                upload.name,
                self.request.user,
                form.cleaned_data["language"],
                force=form.cleaned_data["force"],
            )
        except formats.FileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        tables = [
            (report.errors, _("Errors"), "errors"),
            (report.changed, _("German text changed since the export"), "changed"),
            (report.skipped, _("Not imported: no translation"), "skipped"),
        ]
        context = self.get_context_data(form=ImportForm(), report=report, report_tables=tables)
        return self.render_to_response(context)
