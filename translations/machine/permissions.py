"""County editors keep the machine-translation glossary (given when the county is set up)."""

from django.contrib.auth.models import Permission
from django.dispatch import receiver

from portal.tenancy import county_set_up


@receiver(county_set_up)
def grant_glossary(sender, county, groups, **kwargs):
    permissions = Permission.objects.filter(
        content_type__app_label="translations",
        codename__in=[f"{action}_glossaryterm" for action in ("add", "change", "delete", "view")],
    )
    groups["county_editors"].permissions.add(*permissions)
