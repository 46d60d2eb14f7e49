import pytest

from offers.models import OfferIndexPage, OfferPage


@pytest.fixture
def finder_a(town_a):
    finder = OfferIndexPage(title="Angebote Altdorf", slug="angebote")
    town_a.page.add_child(instance=finder)
    finder.save_revision().publish()
    return finder


@pytest.fixture
def make_offer(finder_a):
    def make(title="Sprachcafé", intro="Wir treffen uns jeden Dienstag.", publish=True, **fields):
        fields.setdefault("contact_phone", "06000 12345")  # reachable: only the guidelines refuse
        offer = OfferPage(title=title, slug=title.lower().replace(" ", "-"), intro=intro, **fields)
        finder_a.add_child(instance=offer)
        revision = offer.save_revision()
        if publish:
            revision.publish()
        return OfferPage.objects.get(pk=offer.pk)

    return make
