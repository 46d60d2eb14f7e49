"""Personal data held by the networking module: delegates of round-table members and contacts of
twinning applications. ``export_for_email`` and ``delete_for_email`` are registered site-wide later.
"""

from django.db import transaction

from .models import RoundTableMember, TwinningApplication


def export_for_email(email):
    email = (email or "").strip()
    delegates = RoundTableMember.objects.filter(delegate_email__iexact=email).select_related(
        "page", "organisation"
    )
    applications = TwinningApplication.objects.filter(contact_email__iexact=email).select_related(
        "round", "town"
    )
    return {
        "round_table_delegates": [
            {
                "round_table": member.page.title,
                "organisation": member.organisation.name,
                "role": member.role,
                "name": member.delegate_name,
                "email": member.delegate_email,
                "language": member.delegate_language,
            }
            for member in delegates
        ],
        "twinning_applications": [
            {
                "round": application.round.title,
                "group": application.group_name,
                "town": application.town.title,
                "contact_name": application.contact_name,
                "contact_email": application.contact_email,
                "applied_on": application.created_at.isoformat(),
            }
            for application in applications
        ],
    }


@transaction.atomic
def delete_for_email(email):
    """Erase the delegate's name and address (the membership of the organisation stays) and the
    applicants' contacts (the group's application stays, anonymous). Returns the numbers changed."""
    email = (email or "").strip()
    if not email:
        return {"round_table_delegates": 0, "twinning_applications": 0}
    delegates = RoundTableMember.objects.filter(delegate_email__iexact=email).update(
        delegate_name="", delegate_email="", delegate_language=""
    )
    applications = TwinningApplication.objects.filter(contact_email__iexact=email).update(
        contact_name="", contact_email=""
    )
    return {"round_table_delegates": delegates, "twinning_applications": applications}
