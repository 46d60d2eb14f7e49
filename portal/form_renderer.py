"""Django's form renderer, with the plain ``<input>`` widgets built in Python.

Every text, date, number, checkbox ... widget renders ``django/forms/widgets/input.html`` and
its ``attrs.html`` through the template engine: a few dozen nodes per input, on every form of
the site (the search form has three on every search request). The markup is one line, so it
is built here with the same escaping rules (``{{ value }}`` escapes unless the value is
already safe). Every other widget template (selects, textareas, Wagtail's widgets) still goes
through the templates, and so do all of them when an installed app overrides one of these
templates. tests/portal/test_form_renderer.py checks that both give the same markup.
"""

from functools import cached_property
from pathlib import Path

import django.forms
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "input",
        "text",
        "search",
        "email",
        "url",
        "tel",
        "number",
        "password",
        "hidden",
        "date",
        "datetime",
        "time",
        "color",
        "checkbox",
        "file",
    )
)
CHECKED_TEMPLATES = INPUT_TEMPLATES | {"django/forms/widgets/attrs.html"}
DJANGO_FORM_TEMPLATES = Path(django.forms.__file__).parent / "templates"


def _formatted(value):
    """``{{ value|stringformat:'s' }}``: the value as text, escaped unless it is safe already."""
    text = "%s" % (value,)  # noqa: UP031 - exactly what the stringformat filter does
    return text if isinstance(value, SafeData) else conditional_escape(text)


def render_input(widget):
    parts = [
        f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"'
    ]
    if widget["value"] is not None:
        parts.append(f' value="{_formatted(widget["value"])}"')
    for name, value in widget["attrs"].items():
        if value is False:
            continue
        parts.append(
            f" {conditional_escape(name)}"
            if value is True
            else f' {conditional_escape(name)}="{_formatted(value)}"'
        )
    parts.append(">")
    return mark_safe("".join(parts))  # noqa: S308 - every value escaped above


class PortalFormRenderer(DjangoTemplates):
    @cached_property
    def inputs_are_djangos(self):
        """True when no installed app overrides the input templates (checked once)."""
        return all(
            Path(self.get_template(name).origin.name).is_relative_to(DJANGO_FORM_TEMPLATES)
            for name in CHECKED_TEMPLATES
        )

    def render(self, template_name, context, request=None):
        if template_name in INPUT_TEMPLATES and "widget" in context and self.inputs_are_djangos:
            return render_input(context["widget"])
        return super().render(template_name, context, request=request)
