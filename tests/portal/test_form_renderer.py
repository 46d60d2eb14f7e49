"""The portal's form renderer builds plain inputs in Python with the markup of Django's templates."""

import datetime
from functools import cached_property

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from portal.form_renderer import PortalFormRenderer

WIDGETS = [
    (forms.TextInput(), "Sprachkurs"),
    (forms.TextInput(attrs={"placeholder": 'Wort "mit" <Zeichen> & mehr', "required": True}), "a&b<c>\"d'"),
    (forms.TextInput(attrs={"placeholder": gettext_lazy("Search term"), "disabled": False}), ""),
    (forms.TextInput(attrs={"data-x": mark_safe("<b>safe</b>")}), mark_safe("&amp;")),  # noqa: S308
    (forms.NumberInput(attrs={"min": 0, "max": 1000, "step": 0.5}), 12),
    (forms.EmailInput(), "name@example.org"),
    (forms.URLInput(), "https://example.org/?a=1&b=2"),
    (forms.PasswordInput(render_value=True), "geheim"),
    (forms.PasswordInput(), "geheim"),
    (forms.HiddenInput(), "مرحبا"),
    (forms.DateInput(attrs={"type": "date"}), datetime.date(2026, 12, 2)),
    (forms.DateTimeInput(), datetime.datetime(2026, 12, 2, 18, 30)),
    (forms.TimeInput(), datetime.time(9, 5)),
    (forms.CheckboxInput(), True),
    (forms.CheckboxInput(), False),
    (forms.CheckboxInput(), "on"),
    (forms.FileInput(), None),
    (forms.TextInput(attrs={"aria-describedby": "id_q_help id_q_errors", "maxlength": 1000}), None),
]


@pytest.mark.parametrize(("widget", "value"), WIDGETS, ids=lambda item: type(item).__name__)
def test_inputs_have_the_markup_of_djangos_templates(widget, value):
    attrs = {"id": "id_field"}
    expected = widget.render("field", value, attrs=attrs, renderer=DjangoTemplates())
    assert widget.render("field", value, attrs=attrs, renderer=PortalFormRenderer()) == expected


def test_other_widgets_still_render_their_templates():
    widget = forms.Select(choices=[("a", "A & B"), ("b", "<C>")])
    expected = widget.render("choice", "b", renderer=DjangoTemplates())
    assert widget.render("choice", "b", renderer=PortalFormRenderer()) == expected
    assert "<select" in expected


def test_the_portal_renders_its_forms_with_it():
    assert isinstance(get_default_renderer(), PortalFormRenderer)
    assert get_default_renderer().inputs_are_djangos


def test_an_app_that_overrides_an_input_template_gets_its_template(tmp_path):
    """When templates found first replace Django's input.html, nothing is built in Python."""
    override = tmp_path / "django" / "forms" / "widgets"
    override.mkdir(parents=True)
    (override / "input.html").write_text('<input class="ours" name="{{ widget.name }}">')

    class Overridden(PortalFormRenderer):
        @cached_property
        def engine(self):
            engine = super().engine
            engine.engine.dirs = [str(tmp_path), *engine.engine.dirs]
            return engine

    renderer = Overridden()
    assert not renderer.inputs_are_djangos
    assert forms.TextInput().render("q", "x", renderer=renderer) == '<input class="ours" name="q">'
