"""The newsletter's place in the site's footer (discovered at start-up, see portal.apps)."""

from django.utils.translation import gettext_lazy as _

from portal import navigation

navigation.register_service_link("newsletter", _("Newsletter"), "newsletter_subscribe", order=30)
