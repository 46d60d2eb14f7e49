"""Page factories, used by the tests and by the demo data."""

import factory
import wagtail_factories
from django.utils.text import slugify

from .models import ContentPage, CountyHomePage, TownPage


class BasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    intro = factory.Faker("sentence", locale="de_DE")

    class Meta:
        abstract = True


class CountyHomePageFactory(BasePageFactory):
    title = "Landkreis Testhausen"

    class Meta:
        model = CountyHomePage


class TownPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Gemeinde {n}")

    class Meta:
        model = TownPage


class ContentPageFactory(BasePageFactory):
    class Meta:
        model = ContentPage
