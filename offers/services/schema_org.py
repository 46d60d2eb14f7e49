"""schema.org JSON-LD for offers (Service) and contact points (GovernmentOffice / LocalBusiness)."""

from portal.opening_hours import SCHEMA_DAYS
from portal.schema_org import organisation_data, place_data


def opening_hours(page):
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[h.weekday]}",
            "opens": h.opens.strftime("%H:%M"),
            "closes": h.closes.strftime("%H:%M"),
        }
        for h in page.opening_hours.all()
    ] + [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": c.date_from.isoformat(),
            "validThrough": c.last_day.isoformat(),
            "opens": "00:00",
            "closes": "00:00",
        }
        for c in page.closures.all()
    ]


def offer_data(page, url):
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": page.title,
        "description": page.intro,
        "url": url,
        "isAccessibleForFree": page.is_free,
        "availableLanguage": [lang.code for lang in page.languages.all()],
        "serviceType": [str(c) for c in page.categories.all()],
        "audience": [{"@type": "Audience", "audienceType": t.name} for t in page.target_groups.all()],
        "hoursAvailable": opening_hours(page),
        "availableChannel": {"@type": "ServiceChannel", "serviceLocation": place_data(page, url)},
        "areaServed": page.town.title if page.town else None,
    }
    if page.provider:
        data["provider"] = organisation_data(page.provider)
    if page.fee_amount is not None:
        data["offers"] = {"@type": "Offer", "price": str(page.fee_amount), "priceCurrency": "EUR"}
    elif page.is_free:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    return {key: value for key, value in data.items() if value not in (None, [], "")}


PUBLIC_OFFICES = {
    "immigration_office",
    "job_centre",
    "employment_agency",
    "citizens_office",
    "integration_officer",
}


def contact_point_data(page, url):
    public = page.kind in PUBLIC_OFFICES or (
        page.organisation is not None and page.organisation.kind == "public_body"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice" if public else "LocalBusiness",
        **{k: v for k, v in place_data(page, url).items() if k != "@type"},
        "description": page.intro,
        "url": url,
        "telephone": page.contact_phone,
        "email": page.contact_email,
        "knowsLanguage": [lang.code for lang in page.languages.all()],
        "openingHoursSpecification": opening_hours(page),
    }
    if page.organisation:
        data["parentOrganization"] = organisation_data(page.organisation)
    return {key: value for key, value in data.items() if value not in (None, [], "")}
