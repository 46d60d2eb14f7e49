"""Page chooser and explorer: other towns' drafts stay hidden (``permissions.visible_pages``)."""

from wagtail import hooks

from .permissions import visible_pages


@hooks.register("construct_page_chooser_queryset")
def chooser_pages(pages, request):
    return visible_pages(request.user, pages)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages(parent_page, pages, request):
    return visible_pages(request.user, pages)
