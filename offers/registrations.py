"""What offers and contact points contribute to the search, the county dashboard, open data and
the newsletter digest (discovered at start-up, see portal.apps)."""

import datetime

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from dashboard import registry as dashboard
from newsletter import registry as newsletter
from portal import navigation, open_data
from portal.caching import public
from portal.i18n import localized_field, translated
from portal.listing import clean_filters
from portal.open_data import Column
from portal.places import Cost, place_models
from search import registry as search

from .finder.filters import apply_filters, filter_names
from .finder.form import FinderForm
from .finder.query import live_places
from .models import (
    Category,
    ContactPointIndexPage,
    ContactPointPage,
    LanguageCode,
    MapPage,
    OfferIndexPage,
    OfferPage,
    OpenDataPage,
    TargetGroup,
)

# Search


def _languages(obj, language):
    with translation.override(language):
        return [(item.code, item.name) for item in obj.languages.all()]


def _named(items, language):
    return [(item.slug, search.localized(item, "name", language) or item.name) for item in items]


class OfferAdapter(search.PageAdapter):
    type = "offer"
    label = _("Offer")
    depends_on = {
        Category: lambda category: OfferPage.objects.filter(
            categories__in=[category, *category.children.all()]
        ),
        TargetGroup: lambda group: OfferPage.objects.filter(target_groups=group),
        LanguageCode: lambda code: OfferPage.objects.filter(languages=code),
    }

    def public_queryset(self):
        return (
            super()
            .public_queryset()
            .select_related("town")
            .prefetch_related("categories", "target_groups", "languages")
        )

    def facets(self, obj, language):
        return {
            "category": _named(obj.categories.all(), language),
            "target_group": _named(obj.target_groups.all(), language),
            "language": _languages(obj, language),
            "free": search.free_facet(obj.cost == Cost.FREE, language),
        }


class ContactPointAdapter(search.PageAdapter):
    type = "contact_point"
    label = _("Contact point")
    depends_on = {LanguageCode: lambda code: ContactPointPage.objects.filter(languages=code)}

    def public_queryset(self):
        return super().public_queryset().select_related("town").prefetch_related("languages")

    def facets(self, obj, language):
        return {"language": _languages(obj, language)}


search.register(OfferPage, OfferAdapter())
search.register(ContactPointPage, ContactPointAdapter())
search.not_indexed(OfferIndexPage, ContactPointIndexPage, MapPage, OpenDataPage)


# Dashboard


def _by_town(queryset):
    return dict(queryset.values_list("town_id").annotate(n=Count("id", distinct=True)).order_by())


def main_categories():
    return list(Category.objects.filter(parent__isnull=True).order_by("sort_order", "slug"))


def offer_columns():
    return [_("Town"), *(category.name for category in main_categories()), _("all offers")]


def offer_rows(scope):
    """Live offers per town and main category (a subcategory counts for its main category)."""
    offers = scope.filter(OfferPage.objects.live())
    counts = {}
    for town_id, main_id, number in (
        offers.filter(categories__isnull=False)
        .annotate(main=Coalesce("categories__parent_id", "categories__id"))
        .values_list("town_id", "main")
        .annotate(n=Count("id", distinct=True))
        .order_by()
    ):
        counts.setdefault(main_id, {})[town_id] = number
    columns = [counts.get(category.pk, {}) for category in main_categories()]
    return dashboard.town_rows(scope, [*columns, _by_town(offers)])


def contact_point_rows(scope):
    points = scope.filter(ContactPointPage.objects.live())
    with_topics = points.filter(topics__isnull=False)
    return dashboard.town_rows(scope, [_by_town(points), _by_town(with_topics)])


def stale_rows(scope, today=None):
    """Offers and contact points whose review date has passed."""
    today = today or datetime.date.today()
    overdue = Q(review_due_on__lt=today)
    places = [scope.filter(model.objects.live().filter(overdue)) for model in place_models()]
    return dashboard.town_rows(scope, [_by_town(pages) for pages in places])


dashboard.register(
    dashboard.Panel(
        key="offers",
        title=_("Offers per town and category"),
        description=_("Live offers. A town without any offer in a category is marked as a gap."),
        columns=offer_columns,
        rows=offer_rows,
        highlight=dashboard.zero_in_any(),
        highlight_label=_("gap"),
        chart_column=-1,
        order=10,
    )
)
dashboard.register(
    dashboard.Panel(
        key="contact-points",
        title=_("Contact points per town"),
        columns=(_("Town"), _("contact points"), _("with responsibilities")),
        rows=contact_point_rows,
        highlight=lambda column, value: column == 1 and value == 0,
        highlight_label=_("none"),
        order=20,
    )
)
dashboard.register(
    dashboard.Panel(
        key="stale",
        title=_("Content due for review"),
        description=_("Offers and contact points whose review date has passed."),
        columns=(_("Town"), _("offers"), _("contact points")),
        rows=stale_rows,
        highlight=dashboard.positive_in(1, 2),
        highlight_label=_("overdue"),
        order=40,
    )
)


# Open data


def _decimal(value):
    return "" if value is None else str(value)


# The place datasets are read as records (open_data.Records): related values are lists.


def _names(related):
    return lambda obj: "|".join(sorted(getattr(obj, related)))


def _codes(obj):
    return "|".join(sorted(obj.languages))


def _hours(obj):
    return "; ".join(str(hours_item) for hours_item in obj.opening_hours)


def _place_records(*fields, many=None):
    texts = [localized_field(name, code) for name in ("title", "intro") for code, _name in settings.LANGUAGES]
    return open_data.Records(
        fields=(*texts, "url_path", "town__title_de", *PLACE_FIELDS, *fields),
        many={"languages": ("languages", "code"), **(many or {})},
        children={"opening_hours": "opening_hours"},
    )


PLACE_COLUMNS = (
    Column("street", _("street and number"), lambda o: o.street),
    Column("postcode", _("postcode"), lambda o: o.postcode),
    Column("city", _("place"), lambda o: o.city),
    Column("latitude", _("latitude (WGS 84)"), lambda o: _decimal(o.latitude)),
    Column("longitude", _("longitude (WGS 84)"), lambda o: _decimal(o.longitude)),
    Column("opening_hours", _("weekly opening hours, German weekday names"), _hours),
    Column("languages", _("ISO 639 codes, separated by |"), _codes),
    Column("last_reviewed", _("date of the last review"), lambda o: o.last_reviewed.isoformat()),
)
PLACE_FIELDS = ("street", "postcode", "city", "latitude", "longitude", "last_reviewed")


def _offers(params):
    values, _notices = clean_filters(FinderForm(params))
    return apply_filters(live_places(OfferPage), values).order_by("pk")


def _contact_points(params):
    values, _notices = clean_filters(FinderForm(params, fields=filter_names(ContactPointPage)))
    return apply_filters(live_places(ContactPointPage), values).order_by("pk")


open_data.register(
    open_data.Dataset(
        "offers",
        _("Offers"),
        _("Language courses, counselling, work, education, health, housing, family and leisure offers."),
        (
            Column("id", _("stable identifier"), lambda o: o.pk),
            *open_data.translated("title", _("title")),
            *open_data.translated("intro", _("summary")),
            Column("url", _("address of the page"), open_data.page_url, link=True),
            Column("town", _("town (empty: county-wide)"), lambda o: o.town__title_de or ""),
            Column("categories", _("category slugs, separated by |"), _names("categories")),
            Column("target_groups", _("target group slugs, separated by |"), _names("target_groups")),
            Column("cost", _("free, fee or reduced"), lambda o: o.cost),
            Column("fee_amount", _("fee in euro"), lambda o: _decimal(o.fee_amount)),
            Column("step_free", _("step-free access (true/false)"), lambda o: o.step_free),
            Column("appointment_only", _("by appointment only (true/false)"), lambda o: o.appointment_only),
            Column("provider", _("provider organisation"), lambda o: o.provider__name or ""),
            Column("contact_role", _("contact office or role"), lambda o: o.contact_role),
            Column("contact_phone", _("phone of the office"), lambda o: o.contact_phone),
            Column("contact_email", _("e-mail of the office"), lambda o: o.contact_email),
            *PLACE_COLUMNS,
            Column("valid_from", _("valid from"), lambda o: o.valid_from.isoformat() if o.valid_from else ""),
            Column(
                "valid_until",
                _("valid until"),
                lambda o: o.valid_until.isoformat() if o.valid_until else "",
            ),
        ),
        _offers,
        order=10,
        records=_place_records(
            "cost",
            "fee_amount",
            "step_free",
            "appointment_only",
            "provider__name",
            "contact_role",
            "contact_phone",
            "contact_email",
            "valid_from",
            "valid_until",
            many={"categories": ("categories", "slug"), "target_groups": ("target_groups", "slug")},
        ),
    )
)
open_data.register(
    open_data.Dataset(
        "contact-points",
        _("Contact points"),
        _("Offices and services: immigration office, migration counselling, job centre and more."),
        (
            Column("id", _("stable identifier"), lambda o: o.pk),
            *open_data.translated("title", _("title")),
            *open_data.translated("intro", _("summary")),
            Column("url", _("address of the page"), open_data.page_url, link=True),
            Column("kind", _("kind of contact point"), lambda o: o.kind),
            Column("town", _("town (empty: county-wide)"), lambda o: o.town__title_de or ""),
            Column("topics", _("topic slugs, separated by |"), _names("topics")),
            Column("organisation", _("organisation"), lambda o: o.organisation__name or ""),
            Column("booking_url", _("appointment booking link"), lambda o: o.booking_url),
            Column("contact_phone", _("phone of the office"), lambda o: o.contact_phone),
            Column("contact_email", _("e-mail of the office"), lambda o: o.contact_email),
            *PLACE_COLUMNS,
        ),
        _contact_points,
        order=20,
        records=_place_records(
            "kind",
            "organisation__name",
            "booking_url",
            "contact_phone",
            "contact_email",
            many={"topics": ("topics", "slug")},
        ),
    )
)


# Newsletter digest


def new_offer_section(now, since, towns):
    queryset = newsletter.in_towns(public(OfferPage.objects.live()), towns)
    queryset = queryset.filter(first_published_at__gte=since)
    offers = queryset.select_related("town").order_by("-first_published_at")[: newsletter.MAX_ITEMS]
    return newsletter.Section(
        "offers",
        gettext("New offers"),
        gettext("No new offers since the last newsletter."),
        [
            newsletter.Item(
                translated(offer, "title"),
                offer.get_url(),
                place=newsletter.place(offer),
                summary=translated(offer, "intro"),
            )
            for offer in offers
        ],
    )


newsletter.register("offers", new_offer_section, order=20)


def _open_data_url(request):
    """The open data page of the site shown (footer link), if it has one."""
    root = navigation.site_root(request)
    page = OpenDataPage.objects.live().public().descendant_of(root).first() if root else None
    return page.get_url(request=request) if page else None


navigation.register_service_link("open_data", _("Open data"), _open_data_url, order=40)
