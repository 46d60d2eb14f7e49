"""System check: the publish gate is installed on the Wagtail version in use.

The gate (:mod:`guidelines.services.gate`) replaces private Wagtail methods at start-up. An
upgrade that renames them, changes their signature or stops calling them from ``execute`` would
silently let every page be published; this check fails loudly instead (``kreisnetz.E002``).
"""

import inspect

from django.core import checks

from .services import gate


def _problems(action):
    name = f"{action.__module__}.{action.__qualname__}.{gate.HOOKED_METHOD}"
    method = getattr(action, gate.HOOKED_METHOD, None)
    if method is None:
        return [f"{name} no longer exists"]
    if not gate.is_gate(method):
        return [f"{name} is not the gate's wrapper"]
    problems = []
    if "skip_permission_checks" not in inspect.signature(method.__wrapped__).parameters:
        problems.append(f"{name} no longer takes skip_permission_checks")
    try:
        calls_check = f"self.{gate.HOOKED_METHOD}(" in inspect.getsource(action.execute)
    except (OSError, TypeError):  # source not available: nothing to compare
        calls_check = True
    if not calls_check:
        problems.append(f"{action.__qualname__}.execute no longer calls {gate.HOOKED_METHOD}()")
    return problems


@checks.register()
def check_publish_gate_installed(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"The guidelines publish gate is not installed: {problem}.",
            hint="Wagtail moved a method the gate hooks; adapt guidelines/services/gate.py to it.",
            obj=action,
            id="kreisnetz.E002",
        )
        for action in gate.HOOKED
        for problem in _problems(action)
    ]


@checks.register()
def check_side_panel_installed(app_configs=None, **kwargs):
    """The editors' side panel of findings: Wagtail's page views still build their side panels."""
    from wagtail import hooks

    from . import side_panel

    hooks.get_hooks("register_admin_urls")  # loads the wagtail_hooks modules, which install it
    return [
        checks.Warning(
            f"The guidelines side panel is not installed on {view.__module__}.{view.__qualname__}.",
            hint="Wagtail no longer builds the editor's side panels in get_side_panels(); adapt "
            "guidelines/side_panel.py to it (publishing is still gated, the live check has no panel).",
            obj=view,
            id="kreisnetz.W003",
        )
        for view in side_panel.page_views()
        if not side_panel.is_installed(view)
    ]
