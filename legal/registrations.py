"""The legal pages are not in the portal search (discovered at start-up, see portal.apps):
they are linked from every page's footer."""

from search import registry as search

from .models import AccessibilityStatementPage, EasyLanguagePage, LegalPage, SignLanguagePage

search.not_indexed(AccessibilityStatementPage, LegalPage, EasyLanguagePage, SignLanguagePage)
