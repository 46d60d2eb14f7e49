"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): broken files are form errors."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from .i18n import direction, local_name, localized_field
from .services import image_consent
from .services.image_files import CheckedImageField

NOT_PUBLIC = _(
    "Not public: this image shows identifiable people and their consent is not recorded. "
    "Pages show a placeholder instead of it until the consent is recorded."
)

DESCRIPTION_HELP = _(
    "What the image shows, for people who cannot see it. Used where a page gives no alternative "
    "text of its own; other languages show the German text until they have their own."
)


class KreisnetzImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # The field Wagtail built, with its label, widget and limits; only reading is stricter.
            self.fields["file"].__class__ = CheckedImageField
        if (
            "consent_recorded" in self.fields
            and self.instance.pk
            and not image_consent.is_public(self.instance)
        ):
            self.fields["consent_recorded"].help_text = NOT_PUBLIC
        self._label_descriptions()

    def _label_descriptions(self):
        """The description (the default alternative text) once per language, named and marked."""
        for code, _name in settings.LANGUAGES:
            field = self.fields.get(localized_field("description", code))
            if field is None:
                continue
            field.label = _("Description (alternative text), %(language)s") % {"language": local_name(code)}
            field.widget.attrs.update({"lang": code, "dir": direction(code)})
            if code == settings.LANGUAGE_CODE:
                field.help_text = DESCRIPTION_HELP
