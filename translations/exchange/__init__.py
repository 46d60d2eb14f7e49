"""Translations: exchange with translators.

Export (admin "Export for translators" on a page, or the menu item "Exchange with translators"
for all pages of a town missing or outdated in a language) writes the German of the pages'
latest drafts as XLIFF 2.0 or PO:

- XLIFF 2.0: one ``<file id="page-N">`` per page with the page id, type and German digest in
  ``mda:metadata`` (XLIFF Metadata module); one ``<unit>`` per field and per text leaf of a
  StreamField (id ``field`` or ``field.<block id>.<child>``) with the digest of its German text;
  rich text markup as inline codes (``<pc>``/``<ph>``, the tags in ``<originalData>``).
- PO: msgctxt ``<page id>:<unit id>``, msgid the German (rich text as HTML), the digest in an
  extracted comment, header ``Language``.

Import (units.py, markup.py, formats.py, importing.py) checks the whole file first and writes
new draft revisions of all its pages in one transaction, or nothing.
"""
