"""Demo data: imprint, privacy, accessibility statement, Leichte Sprache and sign-language pages."""

from portal import demo


@demo.step(210, "legal and accessibility pages")
def legal_pages():
    from home.models import CountyHomePage

    from .pages import ensure_pages

    ensure_pages(CountyHomePage.objects.get())
