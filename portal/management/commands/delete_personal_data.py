from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.forms import ValidationError

from portal import personal_data


class Command(BaseCommand):
    help = "Delete all personal data stored for one e-mail address (asks for --yes). Prints counts only."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="Really delete (without it: what would go).")

    def handle(self, *args, email, yes, **options):
        email = personal_data.normalise(email)
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"“{email}” is not an e-mail address.") from None
        if not yes:
            found = {key: len(records) for key, records in personal_data.export(email).items()}
            for key, count in found.items():
                self.stdout.write(f"{key}: {count}")
            raise CommandError("Nothing was deleted. Run again with --yes to delete these records.")
        for key, count in personal_data.delete(email).items():
            self.stdout.write(f"{key}: {count}")
