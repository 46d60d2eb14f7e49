"""The responsibilities directory is not in the portal search (discovered at start-up, see
portal.apps): its entries are the contact points, which are."""

from search import registry as search

from .models import ResponsibilitiesPage

search.not_indexed(ResponsibilitiesPage)
