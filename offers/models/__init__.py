from .contact_point import ContactPointClosure, ContactPointHours, ContactPointPage
from .finder import ContactPointIndexPage, MapPage, OfferIndexPage, OpenDataPage
from .offer import OfferClosure, OfferHours, OfferPage
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
