"""Machine-translation providers: one interface, one adapter per service."""
