"""Content-Security-Policy per area: the public site's policy, and the Wagtail admin's.

django-csp sends ``CONTENT_SECURITY_POLICY`` on every response. Under the admin's URL prefix this
middleware sends ``CONTENT_SECURITY_POLICY_ADMIN`` instead (Wagtail's editing interface needs
more than the public pages; see the comments in portal/settings/base.py). Views may still adjust
the policy with django-csp's decorators.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse

ADMIN_URL_NAME = "wagtailadmin_home"


def is_admin_request(request):
    return request.path_info.startswith(reverse(ADMIN_URL_NAME))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for URLs under the admin prefix."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts
