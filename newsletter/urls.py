from django.urls import path

from . import views

# Public URLs in the reader's language (included inside i18n_patterns).
urlpatterns = [
    path("newsletter/", views.subscribe, name="newsletter_subscribe"),
    path("newsletter/sent/", views.sent, name="newsletter_sent"),
    path("newsletter/preview/", views.preview, name="newsletter_preview"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="newsletter_confirm"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="newsletter_unsubscribe"),
]
