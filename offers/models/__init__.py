# Offers before contact points: the model registry's order is the order of portal.places.place_models()
# (the map lists offers first, the dashboard's review panel has the offer column first).
from .offer import OfferClosure, OfferHours, OfferPage  # isort: skip
from .contact_point import ContactPointClosure, ContactPointHours, ContactPointPage
from .finder import ContactPointIndexPage, MapPage, OfferIndexPage, OpenDataPage
from .taxonomy import Category, LanguageCode, TargetGroup, Topic

__all__ = [
    "Category",
    "ContactPointClosure",
    "ContactPointHours",
    "ContactPointIndexPage",
    "ContactPointPage",
    "LanguageCode",
    "MapPage",
    "OfferClosure",
    "OfferHours",
    "OfferIndexPage",
    "OfferPage",
    "OpenDataPage",
    "TargetGroup",
    "Topic",
]
