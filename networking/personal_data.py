"""Personal data held by the networking module: delegates of round-table members and contacts of
twinning applications, registered with the site-wide registry (portal.personal_data).
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from portal.personal_data import Source, register

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
                "town": application.town.title if application.town else "",
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


register(
    Source(
        key="networking",
        name=_("Round-table delegates and twinning applications"),
        what=_("Name, e-mail address and language of delegates; name and e-mail address of applicants"),
        why=_("To invite delegates to sessions and to reach the groups of a twinning round"),
        retention=_("As long as the organisation is a member or the round runs; erased on request"),
        export=lambda email: [
            {"kind": kind, **record}
            for kind, records in export_for_email(email).items()
            for record in records
        ],
        delete=lambda email: sum(delete_for_email(email).values()),
    )
)
