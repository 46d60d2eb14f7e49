"""The editor's HTML written more compactly, meaning the same (portal.html_compaction)."""

from portal.html_compaction import compact


def test_whitespace_beside_tags_keeps_one_space_or_line_break():
    assert compact("<p>\n        <b>Text</b>   </p>") == "<p>\n<b>Text</b> </p>"


def test_icons_use_elements_are_self_closing():
    icon = '<svg class="icon icon icon-link" aria-hidden="true"><use href="#icon-link"></use></svg>'
    assert compact(icon) == '<svg class="icon icon-link" aria-hidden="true"><use href="#icon-link"/></svg>'


def test_what_editors_wrote_is_left_as_it_is():
    text = '<textarea name="intro_de">  Zwei  Leerzeichen <use href="#x"></use>\n\n</textarea>'
    assert compact(text) == text


def test_json_attributes_are_written_without_blanks():
    html = '<div data-block="{&quot;a&quot;: [1, 2], &quot;b&quot;: &quot;Ä&quot;}"></div>'
    assert compact(html) == """<div data-block='{"a":[1,2],"b":"Ä"}'></div>"""
