"""What every public listing shares: ignored filters become notices, pages of a fixed size.

Filters and page numbers are plain GET parameters, so unknown or malformed values are ignored
with a notice; they never cause an error (except a page number beyond the last page: 404).
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

PAGE_SIZE = 20


def without_bodies(queryset, *relations):
    """``queryset`` without the StreamField columns (a page's body in every language) of its model
    and of the models its ``relations`` (select_related paths such as "event__town") lead to.

    Cards and lists show titles and introductions; the bodies are the largest columns of a page,
    and each is decoded on every read (nine languages per page and per related page)."""
    from wagtail.fields import StreamField

    deferred = []
    for path in ("", *relations):
        model = queryset.model
        for name in filter(None, path.split("__")):
            model = model._meta.get_field(name).related_model
        prefix = f"{path}__" if path else ""
        deferred += [prefix + f.name for f in model._meta.concrete_fields if isinstance(f, StreamField)]
    return queryset.defer(*deferred) if deferred else queryset


def is_set(value):
    """A filter value that narrows; 0 (Monday) is a value."""
    return value is not None and value is not False and value != ""


def clean_filters(form):
    """Valid filter values, and a notice per ignored parameter."""
    form.is_valid()
    notices = []
    for name in form.errors:
        label = form.fields[name].label if name in form.fields else name
        notices.append(_("The filter “%(filter)s” had an unknown value and was ignored.") % {"filter": label})
    values = {name: value for name, value in form.cleaned_data.items() if is_set(value)}
    return values, notices


def paginate(queryset, number):
    paginator = Paginator(queryset, PAGE_SIZE)
    notices = []
    try:
        page = paginator.page(number or 1)
    except PageNotAnInteger:
        notices.append(_("The page number was not valid; the first page is shown."))
        page = paginator.page(1)
    except EmptyPage as exc:
        if str(number).lstrip("-").isdigit() and int(number) > 1:
            raise Http404(_("There is no page %(number)s.") % {"number": number}) from exc
        notices.append(_("The page number was not valid; the first page is shown."))
        page = paginator.page(1)
    return paginator, page, notices
