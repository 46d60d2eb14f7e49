"""Mail backends for tests: one that always fails, one that fails for chosen addresses."""

from smtplib import SMTPRecipientsRefused

from django.core.mail.backends.locmem import EmailBackend

FAILING = {"kaputt@example.org"}


class BrokenBackend(EmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


class FailForSomeBackend(EmailBackend):
    """Refuses mails to FAILING (the error names the address, as SMTP servers do)."""

    def send_messages(self, messages):
        for message in messages:
            refused = FAILING & set(message.to)
            if refused:
                raise SMTPRecipientsRefused(dict.fromkeys(refused, (550, b"unknown user")))
        return super().send_messages(messages)
