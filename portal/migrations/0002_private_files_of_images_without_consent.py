"""Existing images of identifiable people without recorded consent: files out of the public path.

From now on such files live under ``private/`` (portal/services/image_consent.py); this moves the
originals uploaded before and deletes their renditions, which are made again where they belong.
"""

from django.core.files.base import ContentFile
from django.db import migrations

PRIVATE_PREFIX = "private/"


def move_to_private(apps, schema_editor):
    Image = apps.get_model("portal", "KreisnetzImage")
    Rendition = apps.get_model("portal", "KreisnetzRendition")
    hidden = Image.objects.filter(shows_people=True, consent_recorded=False)
    for image in hidden.exclude(file__startswith=PRIVATE_PREFIX):
        storage, old_name = image.file.storage, image.file.name
        if storage.exists(old_name):
            with storage.open(old_name) as source:
                new_name = storage.save(PRIVATE_PREFIX + old_name, ContentFile(source.read()))
            Image.objects.filter(pk=image.pk).update(file=new_name)
            storage.delete(old_name)
    for rendition in Rendition.objects.filter(image__in=hidden).exclude(file__startswith=PRIVATE_PREFIX):
        rendition.file.storage.delete(rendition.file.name)
        rendition.delete()


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [migrations.RunPython(move_to_private, migrations.RunPython.noop, elidable=True)]
