"""RSS and Atom feeds of the latest stories of the county and every town, in the reader's language."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.clock import BERLIN

from .models import latest_stories

FEED_SIZE = 20


class StoriesFeed(Feed):
    def title(self):
        from django.conf import settings

        return _("Stories – %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}

    def _county(self):
        from home.models import CountyHomePage

        return CountyHomePage.objects.first()

    def link(self):
        county = self._county()
        return county.get_url() if county else "/"

    def description(self):
        return _("Good practice from the county and its towns.")

    def author_name(self):
        """The county publishes the feed (Atom requires an author)."""
        from django.conf import settings

        county = self._county()
        return county.title if county else settings.WAGTAIL_SITE_NAME

    def items(self):
        return list(latest_stories().prefetch_related("organisations")[:FEED_SIZE])

    def item_author_name(self, item):
        """Who tells the story: its organisations, else the town (else the county's, as the feed)."""
        names = [organisation.name for organisation in item.organisations.all()]
        if names:
            return ", ".join(names)
        return item.town.title if item.town else self.author_name()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        if item.first_published_at:
            return item.first_published_at
        return datetime.datetime.combine(item.story_date, datetime.time(), tzinfo=BERLIN)

    def item_updateddate(self, item):
        return item.last_published_at or timezone.now()

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class StoriesAtomFeed(StoriesFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
