from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .links import forget
from .models import LegalSettings

for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(forget, dispatch_uid=f"legal-links:{signal!r}")
for signal in (post_save, post_delete):
    signal.connect(forget, sender=LegalSettings, dispatch_uid=f"legal-links-settings:{signal!r}")
