"""Events submitted by members of an organisation: the form, their list, the service, moderation outcomes."""
