"""Registration for events: the public form and token links, the organisers' list and CSV, the service."""
