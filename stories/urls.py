"""Story feeds in the reader's language (included inside i18n_patterns)."""

from django.urls import path

from .feeds import StoriesAtomFeed, StoriesFeed

urlpatterns = [
    path("stories/rss.xml", StoriesFeed(), name="stories_rss"),
    path("stories/atom.xml", StoriesAtomFeed(), name="stories_atom"),
]
