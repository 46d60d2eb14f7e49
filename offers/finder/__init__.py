"""The offer and contact-point finder: filters declared per field, the form built from them, the queries."""
