from django.urls import path

from . import views

urlpatterns = [
    path("open-data/<slug:dataset>.<str:fmt>", views.export, name="open_data_export"),
    path("geo/places.geojson", views.places_geojson, name="places_geojson"),
]
