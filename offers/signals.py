"""Keep the derived town of offers and contact points right when pages move."""

from django.dispatch import receiver
from wagtail.signals import post_page_move

from portal.places import place_models


@receiver(post_page_move)
def update_town_after_move(sender, instance, **kwargs):
    moved = instance.specific
    for model in place_models():
        pages = model.objects.descendant_of(moved, inclusive=True)
        for page in pages:
            town = page.derive_town()
            if page.town_id != (town.pk if town else None):
                model.objects.filter(pk=page.pk).update(town=town)
