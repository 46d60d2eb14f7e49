"""Switch on the translation review of one language.

    manage.py translation_review --language ar --group "Übersetzung Arabisch" [--town Altdorf ...]

Makes the reviewer group (admin access only; add its members in Settings → Groups), the
language's review task, and adds the task as the last step of the towns' approval workflows
(all towns, or those named). The same can be done by hand in Settings → Workflows.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from translations.review import services


class Command(BaseCommand):
    help = "Switch on the translation review of one language for the towns' approval workflows."

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, help="language code, e.g. ar, uk, de-x-ls")
        parser.add_argument("--group", required=True, help="name of the reviewer group (made if missing)")
        parser.add_argument("--town", action="append", default=[], help="only this town (repeatable)")

    def handle(self, *args, language, group, town, **options):
        try:
            workflows = services.review_workflows(town)
            group_record, task = services.switch_on(language, group, workflows)
        except services.ReviewSetupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Task “%(task)s” for the group “%(group)s” in %(count)d workflow(s).")
            % {"task": task.name, "group": group_record.name, "count": len(workflows)}
        )
        for workflow in services.inactive(workflows):
            self.stdout.write(
                _("Workflow “%(workflow)s” is not active: the review runs once the town is in approval mode.")
                % {"workflow": workflow.name}
            )
