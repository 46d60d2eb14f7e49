"""Translations: review — an optional "translation review" workflow task per language.

Switching it on (per language):

    manage.py translation_review --language ar --group "Übersetzung Arabisch" [--town Altdorf]

makes the reviewer group (permission: admin access only), the task "Translation review Arabisch"
and puts it into the towns' approval workflows, after the other review tasks and before the
county's approval step. Then add the reviewers to the group (Settings → Users). The workflows
run for towns in approval mode (``portal.tenancy.set_publishing_mode``).

By hand: Settings → Workflows → Tasks → "translation review" (name, groups, language); add the
task to a workflow *before* its approval step: the last step publishes the page as its approver,
and reviewers have no publish permission (the approval then fails with "no access").

Reviewers: only ``wagtailadmin.access_admin``, no page permissions. While a page waits on their
task it is on their dashboard ("awaiting your review") and they can open its editor (Wagtail's
``user_can_access_editor``); it opens in their language, offers only it, shows German read-only
and ignores every other field they send (``portal.editor_languages``, hook
``editor_language_limit``). A person who edits the page anyway (town or county editor) keeps the
whole editor. Approving marks the language's machine-translated fields of the revision under
review as reviewed by the approver; "request changes" returns the page with the comment. A page
with no text in the task's language skips the task (Wagtail's "skipped").
"""
