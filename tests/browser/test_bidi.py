"""Right-to-left pages show phone numbers and postal lines in their own order (Chromium, Arabic, 375 px).

The rendered order is read from the screen: the boxes of "06641" and "977-0" (of "36341" and
"Hohenau") within their text, as the browser laid them out. Without isolation an Arabic line
shows "977-0 06641" and "Hohenau 36341".
"""

import pytest

from tests.offers.factories import ContactPointIndexPageFactory, ContactPointPageFactory

pytestmark = pytest.mark.browser

# The left edge of each part of the first text node (under ``selector``) holding all of them.
PART_POSITIONS = """
([selector, parts]) => {
  for (const element of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!parts.every((part) => node.data.includes(part))) continue;
      return parts.map((part) => {
        const range = document.createRange();
        const start = node.data.indexOf(part);
        range.setStart(node, start);
        range.setEnd(node, start + part.length);
        const box = range.getBoundingClientRect();
        return {left: box.left, top: box.top};
      });
    }
  }
  return null;
}
"""


@pytest.fixture(scope="module")
def site(world):
    point = ContactPointPageFactory(
        parent=ContactPointIndexPageFactory(parent=world.town_a.page),
        title="Ausländerbehörde",
        intro="Die Ausländerbehörde berät zu Aufenthalt und Einbürgerung.",
        contact_phone="06641 977-0",
        street="Marktplatz 1",
        postcode="36341",
        city="Hohenau",
    )
    point.title_ar = "مكتب شؤون الأجانب"
    point.save_revision().publish()
    return point


def _left_to_right(page, selector, parts):
    positions = page.evaluate(PART_POSITIONS, [selector, parts])
    assert positions, f"{parts} not found in {selector}"
    (first, second) = positions
    assert abs(first["top"] - second["top"]) < 4, f"{parts} on different lines: {positions}"
    return first["left"] < second["left"]


def test_phone_number_and_postal_line_keep_their_order_in_arabic(site, open_page):
    page = open_page(f"/ar{site.url}", viewport="phone")
    assert page.evaluate("document.documentElement.dir") == "rtl"

    link = page.locator('a[href^="tel:"]').first
    assert link.get_attribute("href") == "tel:+4966419770"
    assert _left_to_right(page, 'a[href^="tel:"]', ["06641", "977-0"])
    assert _left_to_right(page, "address", ["36341", "Hohenau"])

    # The German intro (no Arabic one) is marked and announced in Arabic.
    intro = page.locator(".page-header .intro")
    assert intro.get_attribute("lang") == "de"
    assert intro.evaluate("element => getComputedStyle(element).direction") == "ltr"
    assert page.locator(".fallback-note").first.inner_text().startswith("هذا النص")
