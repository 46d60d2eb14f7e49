"""Open data: offers, contact points and organisations as JSON and CSV.

Columns are declared once (name, description, value) and documented on the open-data page.
Translated fields get one column per language. No personal data: only public office contacts
as shown on the pages; no accounts, members or submitters.
"""

import csv
import json
from dataclasses import dataclass

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

from portal.i18n import localized_field
from portal.listing import clean_filters


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    value: object


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    columns: tuple
    queryset: object

    def rows(self, params):
        for obj in self.queryset(params).iterator(chunk_size=500):
            yield {column.name: column.value(obj) for column in self.columns}


def _text_of(name):
    return lambda obj: getattr(obj, name) or ""


def translated(field, description):
    return tuple(
        Column(
            f"{field}_{code}",
            f"{description} ({code})",
            _text_of(localized_field(field, code)),
        )
        for code, _name in settings.LANGUAGES
    )


def _decimal(value):
    return "" if value is None else str(value)


def _names(related):
    return lambda obj: "|".join(sorted(item.slug for item in getattr(obj, related).all()))


def _codes(obj):
    return "|".join(sorted(lang.code for lang in obj.languages.all()))


def _hours(obj):
    return "; ".join(str(hours_item) for hours_item in obj.opening_hours.all())


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


def _offers(params):
    from offers.finder import apply_filters
    from offers.models import OfferPage

    from .listing import build_form, live_places

    values, _notices = clean_filters(build_form(params))
    queryset = apply_filters(live_places(OfferPage), values)
    return (
        queryset.select_related("town", "provider")
        .prefetch_related("categories", "target_groups", "languages", "opening_hours")
        .order_by("pk")
    )


def _contact_points(params):
    from offers.finder import apply_filters
    from offers.models import ContactPointPage

    from .listing import build_form, live_places

    values, _notices = clean_filters(
        build_form(params, fields=("town", "language", "day", "accessible", "open_now"))
    )
    queryset = apply_filters(live_places(ContactPointPage), values)
    return (
        queryset.select_related("town", "organisation")
        .prefetch_related("languages", "topics", "opening_hours")
        .order_by("pk")
    )


def _organisations(params):
    from organisations.models import Organisation

    queryset = Organisation.objects.filter(live=True).select_related("town").order_by("pk")
    if params.get("kind") in Organisation.Kind.values:
        queryset = queryset.filter(kind=params["kind"])
    return queryset


DATASETS = {
    dataset.slug: dataset
    for dataset in (
        Dataset(
            "offers",
            _("Offers"),
            _("Language courses, counselling, work, education, health, housing, family and leisure offers."),
            (
                Column("id", _("stable identifier"), lambda o: o.pk),
                *translated("title", _("title")),
                *translated("intro", _("summary")),
                Column("url", _("address of the page"), lambda o: o.full_url or ""),
                Column("town", _("town (empty: county-wide)"), lambda o: o.town.title_de if o.town else ""),
                Column("categories", _("category slugs, separated by |"), _names("categories")),
                Column("target_groups", _("target group slugs, separated by |"), _names("target_groups")),
                Column("cost", _("free, fee or reduced"), lambda o: o.cost),
                Column("fee_amount", _("fee in euro"), lambda o: _decimal(o.fee_amount)),
                Column("step_free", _("step-free access (true/false)"), lambda o: o.step_free),
                Column(
                    "appointment_only", _("by appointment only (true/false)"), lambda o: o.appointment_only
                ),
                Column(
                    "provider", _("provider organisation"), lambda o: o.provider.name if o.provider else ""
                ),
                Column("contact_role", _("contact office or role"), lambda o: o.contact_role),
                Column("contact_phone", _("phone of the office"), lambda o: o.contact_phone),
                Column("contact_email", _("e-mail of the office"), lambda o: o.contact_email),
                *PLACE_COLUMNS,
                Column(
                    "valid_from", _("valid from"), lambda o: o.valid_from.isoformat() if o.valid_from else ""
                ),
                Column(
                    "valid_until",
                    _("valid until"),
                    lambda o: o.valid_until.isoformat() if o.valid_until else "",
                ),
            ),
            _offers,
        ),
        Dataset(
            "contact-points",
            _("Contact points"),
            _("Offices and services: immigration office, migration counselling, job centre and more."),
            (
                Column("id", _("stable identifier"), lambda o: o.pk),
                *translated("title", _("title")),
                *translated("intro", _("summary")),
                Column("url", _("address of the page"), lambda o: o.full_url or ""),
                Column("kind", _("kind of contact point"), lambda o: o.kind),
                Column("town", _("town (empty: county-wide)"), lambda o: o.town.title_de if o.town else ""),
                Column("topics", _("topic slugs, separated by |"), _names("topics")),
                Column(
                    "organisation", _("organisation"), lambda o: o.organisation.name if o.organisation else ""
                ),
                Column("booking_url", _("appointment booking link"), lambda o: o.booking_url),
                Column("contact_phone", _("phone of the office"), lambda o: o.contact_phone),
                Column("contact_email", _("e-mail of the office"), lambda o: o.contact_email),
                *PLACE_COLUMNS,
            ),
            _contact_points,
        ),
        Dataset(
            "organisations",
            _("Organisations"),
            _("Providers, associations, migrant organisations and public bodies."),
            (
                Column("id", _("stable identifier"), lambda o: o.pk),
                Column("name", _("name"), lambda o: o.name),
                Column("kind", _("public_body, provider, association or mso"), lambda o: o.kind),
                Column("town", _("town (empty: county-wide)"), lambda o: o.town.title_de if o.town else ""),
                *translated("description", _("description")),
                Column("website", _("website"), lambda o: o.website),
                Column("public_email", _("e-mail of the office"), lambda o: o.public_email),
                Column("public_phone", _("phone of the office"), lambda o: o.public_phone),
            ),
            _organisations,
        ),
    )
}


class _Echo:
    def write(self, value):
        return value


def _csv_stream(dataset, params):
    writer = csv.writer(_Echo())
    yield "\ufeff"  # BOM, so that spreadsheet programs read UTF-8
    yield writer.writerow([column.name for column in dataset.columns])
    for row in dataset.rows(params):
        yield writer.writerow(["true" if v is True else "false" if v is False else v for v in row.values()])


def _json_stream(dataset, params):
    yield f'{{"dataset": {json.dumps(dataset.slug)}, "licence": {json.dumps(_licence())}, "items": ['
    for index, row in enumerate(dataset.rows(params)):
        yield ("," if index else "") + json.dumps(row, ensure_ascii=False, default=str)
    yield "]}"


def _licence():
    from offers.models import OpenDataPage

    page = OpenDataPage.objects.first()
    return {"name": page.licence, "url": page.licence_url} if page else None


def export_response(dataset, fmt, request):
    if fmt == "csv":
        response = StreamingHttpResponse(
            _csv_stream(dataset, request.GET), content_type="text/csv; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(_json_stream(dataset, request.GET), content_type="application/json")
    response["Content-Disposition"] = f'inline; filename="{dataset.slug}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
