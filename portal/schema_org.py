"""schema.org JSON-LD that every content type shares: a place, an organisation, the script body."""

import json


def place_data(page, url):
    place = {"@type": "Place", "name": page.title}
    if page.address_lines:
        place["address"] = {
            "@type": "PostalAddress",
            "streetAddress": page.street,
            "postalCode": page.postcode,
            "addressLocality": page.city,
            "addressCountry": "DE",
        }
    if page.has_coordinates:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    return place


def organisation_data(organisation):
    if organisation is None:
        return None
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def organisation_profile_data(organisation, url, *, logo_url=None, calendar_url=None):
    """The Organization of a profile page: who it is, where, how to reach it, its event feed."""
    public_body = organisation.kind == "public_body"
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization" if public_body else "Organization",
        "name": organisation.name,
        "url": url,
        "sameAs": organisation.website or None,
        "description": organisation.description or None,
        "telephone": organisation.public_phone or None,
        "email": organisation.public_email or None,
        "logo": logo_url,
    }
    if organisation.town is not None:
        data["address"] = {
            "@type": "PostalAddress",
            "addressLocality": organisation.town.title,
            "addressCountry": "DE",
        }
    if calendar_url:
        data["subjectOf"] = {
            "@type": "DataFeed",
            "name": f"{organisation.name}: iCalendar",
            "url": calendar_url,
            "encodingFormat": "text/calendar",
        }
    return {key: value for key, value in data.items() if value is not None}


def as_script(data):
    """The JSON-LD as a safe <script> body (no closing tag can be smuggled in)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
