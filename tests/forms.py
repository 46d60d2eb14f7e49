"""Submit Wagtail admin forms as a browser would: read the rendered form, change, post."""

from bs4 import BeautifulSoup
from wagtail.fields import StreamField

SKIP_TYPES = {"submit", "button", "file", "image", "reset"}


def form_data(response, form_selector="form[method=post]"):
    soup = BeautifulSoup(response.content, "html.parser")
    forms = soup.select(form_selector)
    form = max(forms, key=lambda f: len(f.find_all(["input", "textarea", "select"])))
    data = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.get("disabled") is not None:
            continue
        if element.name == "textarea":
            data[name] = element.text
        elif element.name == "select":
            selected = element.find_all("option", selected=True) or element.find_all("option")[:1]
            values = [option.get("value", "") for option in selected]
            if element.get("multiple") is not None:
                data[name] = [v for v in values if element.find("option", selected=True)]
            else:
                data[name] = values[0] if values else ""
        else:
            kind = (element.get("type") or "text").lower()
            if kind in SKIP_TYPES:
                continue
            if kind in ("checkbox", "radio"):
                if element.get("checked") is not None:
                    data.setdefault(name, element.get("value", "on"))
                continue
            data[name] = element.get("value", "")
    return data


def empty_streamfields(model):
    """StreamFields are posted by JavaScript; without it, post them as empty."""
    return {
        f"{field.name}-count": "0"
        for field in model._meta.get_fields()
        if isinstance(field, StreamField) and "_" in field.name
    }
