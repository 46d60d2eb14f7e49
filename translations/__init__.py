"""Translations at county scale: the county report, machine-translation drafts, exchange with
translators (XLIFF/PO) and the per-language review task. The status itself is the ground
floor's (portal.translation_status): every page type records it."""
