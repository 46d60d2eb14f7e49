"""Personal data of the accessibility feedback: the optional address for the answer."""

from django.utils.translation import gettext_lazy as _

from portal.personal_data import Source, interpolated, register

from .services import FEEDBACK_RETENTION_DAYS


def _feedback(email):
    from .models import Feedback

    return Feedback.objects.filter(email__iexact=email)


def export_feedback(email):
    return [
        {
            "message": item.message,
            "page": item.page_address,
            "email": item.email,
            "language": item.language,
            "received_at": item.created_at.isoformat(),
            "handled": item.handled,
        }
        for item in _feedback(email)
    ]


def delete_feedback(email):
    deleted, _rows = _feedback(email).delete()
    return deleted


register(
    Source(
        key="accessibility_feedback",
        name=_("Accessibility feedback"),
        what=_("The message, the page concerned and, if given, an e-mail address for the answer"),
        why=_("To remove the barrier and answer the reader (BITV 2.0 § 7)"),
        retention=interpolated(_("%(days)s days after receipt"), days=FEEDBACK_RETENTION_DAYS),
        export=export_feedback,
        delete=delete_feedback,
    )
)
