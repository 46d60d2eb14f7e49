"""The start-up check: the publish gate is installed on the Wagtail version in use."""

import pytest
from django.core import checks
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.actions.publish_revision import PublishRevisionAction

from guidelines.checks import check_publish_gate_installed
from guidelines.services import gate


def _messages():
    errors = check_publish_gate_installed()
    assert {error.id for error in errors} <= {"kreisnetz.E002"}
    return [error.msg for error in errors]


def test_the_gate_is_installed_on_this_wagtail():
    assert _messages() == []
    assert not [error for error in checks.run_checks() if error.id == "kreisnetz.E002"]


@pytest.mark.parametrize("action", [PublishPageRevisionAction, PublishRevisionAction, CopyPageAction])
def test_an_unwrapped_method_fails_the_check(monkeypatch, action):
    monkeypatch.setattr(action, "check", action.__dict__["check"].__wrapped__)

    assert _messages() == [
        f"The guidelines publish gate is not installed: {action.__module__}.{action.__qualname__}.check "
        "is not the gate's wrapper."
    ]


class RenamedCheckAction:
    """An action of a future Wagtail whose check is called differently."""

    def validate(self, skip_permission_checks=False):
        pass

    def execute(self, skip_permission_checks=False):
        self.validate(skip_permission_checks=skip_permission_checks)


def test_a_method_an_upgrade_removed_fails_the_check(monkeypatch):
    monkeypatch.setattr(gate, "HOOKED", (*gate.HOOKED, RenamedCheckAction))

    assert _messages() == [
        f"The guidelines publish gate is not installed: {__name__}.RenamedCheckAction.check no longer exists."
    ]


def test_an_upgrade_that_changes_the_signature_fails_the_check(monkeypatch):
    def check(self):
        pass

    monkeypatch.setattr(CopyPageAction.check, "__wrapped__", check)

    assert _messages() == [
        "The guidelines publish gate is not installed: wagtail.actions.copy_page.CopyPageAction.check "
        "no longer takes skip_permission_checks."
    ]


def test_an_execute_that_no_longer_calls_the_check_fails_the_check(monkeypatch):
    def execute(self, skip_permission_checks=False):
        return self.object

    monkeypatch.setattr(CopyPageAction, "execute", execute)

    assert _messages() == [
        "The guidelines publish gate is not installed: CopyPageAction.execute no longer calls check()."
    ]


def test_install_is_idempotent():
    wrapper = PublishPageRevisionAction.check
    gate.install()
    assert PublishPageRevisionAction.check is wrapper
