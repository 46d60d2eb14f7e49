"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): broken files are form errors."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from .services import image_consent
from .services.image_files import CheckedImageField

NOT_PUBLIC = _(
    "Not public: this image shows identifiable people and their consent is not recorded. "
    "Pages show a placeholder instead of it until the consent is recorded."
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
