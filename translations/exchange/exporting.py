"""Export the German of pages for translators: one page, or every page of a town whose
translation into a language is missing or outdated."""

from django.utils.text import slugify
from wagtail.models import Page

from portal.translation_status import MISSING, OUTDATED, content_fields, source_digest, status_for

from . import formats
from .units import units_of


def _export_page(page):
    draft = page.get_latest_revision_as_object()
    url = page.get_url() or ""
    return formats.ExportPage(draft, units_of(draft), source_digest(draft), url)


def export(pages, language, file_format):
    """(content, file name, content type) of the exchange file for ``pages`` (specific pages)."""
    items = [item for item in (_export_page(page) for page in pages) if item.units]
    writer = formats.write_xliff if file_format == formats.XLIFF_FORMAT else formats.write_po
    extension, content_type = formats.FORMATS[file_format]
    stem = (slugify(pages[0].title) or f"page-{pages[0].pk}") if len(pages) == 1 else "pages"
    return writer(items, language), f"{stem}.de-{language}.{extension}", content_type


def editable_pages(user, root):
    """The pages below ``root`` (included) with translatable content that ``user`` may edit."""
    pages = Page.objects.descendant_of(root, inclusive=True).specific()
    return [
        page for page in pages if content_fields(type(page)) and page.permissions_for_user(user).can_edit()
    ]


def pages_needing(user, root, language):
    """The pages of ``root`` whose ``language`` translation has missing or outdated fields (of
    their latest draft), which ``user`` may edit."""
    result = []
    for page in editable_pages(user, root):
        draft = page.get_latest_revision_as_object()
        status = next(item for item in status_for(draft) if item.language == language)
        if status.fields_with(MISSING) or status.fields_with(OUTDATED):
            result.append(page)
    return result
