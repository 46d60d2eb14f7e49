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


def as_script(data):
    """The JSON-LD as a safe <script> body (no closing tag can be smuggled in)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
