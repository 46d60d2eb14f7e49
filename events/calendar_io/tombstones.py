"""Imported events deleted in the portal stay deleted: a tombstone (the UID in the source calendar
and the subscription it came from) keeps the hourly synchronisation from creating them again."""

from django.db import transaction

from ..models import CalendarSubscription, ImportTombstone


def record(event):
    """Called when an event page is deleted: remember it when it came from a subscription.

    Written after the commit, and only while the subscription still exists (deleting a calendar
    deletes its subscriptions and events together; they need no tombstones then).
    """
    if not (event.import_source_id and event.import_uid):
        return
    subscription_id, uid = event.import_source_id, event.import_uid

    def bury():
        if CalendarSubscription.objects.filter(pk=subscription_id).exists():
            ImportTombstone.objects.get_or_create(subscription_id=subscription_id, import_uid=uid)

    transaction.on_commit(bury)


def buried(subscription, uids):
    """The UIDs among ``uids`` deleted in the portal after an import from ``subscription``."""
    if subscription is None or not uids:
        return set()
    found = ImportTombstone.objects.filter(subscription=subscription, import_uid__in=uids)
    return set(found.values_list("import_uid", flat=True))
