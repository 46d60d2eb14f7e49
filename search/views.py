"""The public search page and its autocomplete endpoint. Read-only: a search never writes."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from . import backends, registry, results_cache
from .forms import parse


class _Counted(list):
    """A page of hits that the Paginator sees as ``total`` long."""

    def __init__(self, hits, total, offset):
        super().__init__(hits)
        self.total, self.offset = total, offset

    def count(self):  # type: ignore[override]  # the Paginator's count, not list.count(value)
        return self.total

    def __getitem__(self, item):
        if isinstance(item, slice):
            return list(self)[slice(item.start - self.offset, item.stop - self.offset)]
        return super().__getitem__(item)


@require_GET
def search(request):
    language = translation.get_language() or "de"
    request_, form, ignored = parse(request.GET, language, backends.database())
    results, degraded = results_cache.search(request_)
    hits = _Counted(results.hits, results.total, (request_.page - 1) * request_.page_size)
    paginator = Paginator(hits, request_.page_size, allow_empty_first_page=True)
    page_number = min(request_.page, paginator.num_pages)
    page = paginator.page(page_number) if results.hits or page_number == 1 else paginator.page(1)
    notices = [
        gettext("The filter “%(filter)s” had an unknown value and was ignored.")
        % {"filter": registry.FACETS.get(name, name)}
        for name in ignored
    ]
    if degraded:
        notices.append(gettext("Search is limited at the moment. The results may be incomplete."))
    labels = {adapter.type: adapter.label for adapter in registry.adapters().values()}
    for hit in page.object_list:  # the type's label in the reader's language, once per hit
        hit.type_label = labels.get(hit.object_type, "")
    facets = [
        {
            "name": name,
            "label": label,
            "values": [
                {
                    "value": value,
                    "label": labels.get(value, value_label) if name == "type" else value_label,
                    "count": count,
                    "checked": value in request_.filters.get(name, []),
                }
                for value, value_label, count in results.facets.get(name, [])
            ],
        }
        for name, label in registry.FACETS.items()
        if results.facets.get(name)
    ]
    context = {
        "form": form,
        "query": request_.query,
        "results": results,
        "page_obj": page,
        "hits": page.object_list,
        "facets": facets,
        "type_labels": labels,
        "notices": notices,
        "corrections": results.corrections,
    }
    return render(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    language = translation.get_language() or "de"
    suggestions = backends.database().autocomplete(request.GET.get("q", ""), language)
    return JsonResponse({"results": suggestions})
