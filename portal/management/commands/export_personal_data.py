import json

from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.forms import ValidationError

from portal import personal_data


class Command(BaseCommand):
    help = "Print all personal data stored for one e-mail address as JSON (to stdout)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        email = personal_data.normalise(email)
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"“{email}” is not an e-mail address.") from None
        data = personal_data.export(email)
        self.stdout.write(json.dumps({"email": email, "data": data}, ensure_ascii=False, indent=2))
