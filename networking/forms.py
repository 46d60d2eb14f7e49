"""Forms: the public twinning application, the owner's status update, admin forms limited to
what the editor may manage."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from home.models import TownPage
from offers.models import LanguageCode
from portal.public_forms import HoneypotMixin

from .models import ActionStatus, GroupKind, Interest, RoundTableSession
from .services import access


class ApplicationForm(HoneypotMixin, forms.Form):
    group_kind = forms.ChoiceField(label=_("Kind of group"), choices=GroupKind.choices)
    group_name = forms.CharField(label=_("Name of the group"), max_length=200)
    town = forms.ModelChoiceField(
        label=_("Town"), queryset=TownPage.objects.live().order_by("title"), empty_label=_("Please choose")
    )
    contact_name = forms.CharField(
        label=_("Contact person"),
        max_length=200,
        help_text=_("Not shown publicly. Only the coordinator sees it."),
    )
    contact_email = forms.EmailField(
        label=_("E-mail of the contact person"), help_text=_("Not shown publicly.")
    )
    interests = forms.MultipleChoiceField(
        label=_("Interests"), choices=Interest.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages spoken in the group"),
        queryset=LanguageCode.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    size = forms.IntegerField(label=_("Number of people"), min_value=1, max_value=500)
    availability = forms.CharField(
        label=_("When the group has time"),
        max_length=300,
        required=False,
        help_text=_("For example: Saturday afternoons, not in the summer holidays."),
    )
    show_name_publicly = forms.BooleanField(
        label=_("Our group name may be shown on the public page of the round."), required=False
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
    notes = forms.CharField(label=_("Notes"), widget=forms.Textarea(attrs={"rows": 4}), required=False)


class SessionAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "round_table" in self.fields:
            self.fields["round_table"].queryset = access.manageable_round_tables(for_user).order_by("title")

    def clean(self):
        data = super().clean()
        round_table, event = data.get("round_table"), data.get("event")
        if round_table and event and event.specific.town_id != round_table.town_id:
            self.add_error(
                "event",
                _("Choose an event of the round table's own calendar (the same town or the county)."),
            )
        return data


class ActionAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "session" in self.fields:
            self.fields["session"].queryset = RoundTableSession.objects.filter(
                round_table__in=access.manageable_round_tables(for_user)
            ).select_related("round_table", "event")


class PairAdminForm(WagtailAdminModelForm):
    pass


class AttendanceAdminForm(WagtailAdminModelForm):
    """Who was present: the round table's member organisations (and whoever is already recorded)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        field = self.fields.get("attendance")
        if field is not None and self.instance.pk:
            from django.db.models import Q

            from organisations.models import Organisation

            recorded = [organisation.pk for organisation in self.instance.attendance.all()]
            field.widget = forms.CheckboxSelectMultiple()
            field.queryset = (
                Organisation.objects.filter(
                    Q(round_table_memberships__page=self.instance.round_table_id) | Q(pk__in=recorded)
                )
                .distinct()
                .order_by("name")
            )
            field.help_text = _("The member organisations of the round table.")


class MemberStatusForm(forms.Form):
    """A member's status update on the "my action items" page."""

    status = forms.ChoiceField(label=_("Status"))

    def __init__(self, *args, **kwargs):
        from .services.roundtables import MEMBER_STATUSES

        super().__init__(*args, **kwargs)
        labels = dict(ActionStatus.choices)
        self.fields["status"].choices = [(status.value, labels[status]) for status in MEMBER_STATUSES]
