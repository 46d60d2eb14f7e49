"""The role × action access matrix, as data.

Each row: (action, target) → the roles that may do it. Every role not listed must be refused,
and a refused action must leave the database unchanged. Later features add their rows here.

Targets: ``page_a`` / ``page_b`` content pages in town A / B, ``page_county`` a county page,
``town_a`` the town page of A itself, ``image_*`` / ``doc_*`` media in the collection of town
A, town B or the county (root collection).
"""

TOWN_A = {"editor_a", "county_editor", "admin"}
TOWN_B = {"editor_b", "county_editor", "admin"}
COUNTY = {"county_editor", "admin"}

PAGE_ACTIONS = ("edit", "publish", "unpublish", "delete", "move", "copy", "bulk_delete", "bulk_unpublish")

MATRIX = {
    **{(action, "page_a"): TOWN_A for action in PAGE_ACTIONS},
    **{(action, "page_b"): TOWN_B for action in PAGE_ACTIONS},
    **{(action, "page_county"): COUNTY for action in PAGE_ACTIONS},
    # Moving or copying a page of town A into town B needs rights in both towns.
    ("move_to_other_town", "page_a"): COUNTY,
    ("copy_to_other_town", "page_a"): COUNTY,
    # The town page is structure: its editors edit and publish it, only the county removes it.
    ("edit", "town_a"): TOWN_A,
    ("publish", "town_a"): TOWN_A,
    ("unpublish", "town_a"): COUNTY,
    ("delete", "town_a"): COUNTY,
    ("bulk_delete", "town_a"): COUNTY,
    ("bulk_unpublish", "town_a"): COUNTY,
    ("copy", "town_a"): COUNTY,
    # Offers and contact points: a town's editors place them only in their own town's finders.
    **{(action, "offer_a"): TOWN_A for action in ("edit", "publish", "unpublish", "delete")},
    **{(action, "offer_b"): TOWN_B for action in ("edit", "publish", "unpublish", "delete")},
    ("add_offer", "finder_a"): TOWN_A,
    ("add_offer", "finder_b"): TOWN_B,
    ("add_offer", "finder_county"): COUNTY,
    ("add_contact_point", "contact_finder_a"): TOWN_A,
    ("add_contact_point", "contact_finder_b"): TOWN_B,
    ("move", "offer_a_to_finder_b"): COUNTY,
    # Events: a town's editors keep their own calendar.
    **{(action, "event_a"): TOWN_A for action in ("edit", "publish", "unpublish", "delete")},
    **{(action, "event_b"): TOWN_B for action in ("edit", "publish", "unpublish", "delete")},
    ("add_event", "calendar_a"): TOWN_A,
    ("add_event", "calendar_b"): TOWN_B,
    ("add_event", "calendar_county"): COUNTY,
    # Event submissions: members of an organisation submit; the town's or the county's moderation decides.
    ("submit_event", "calendar_a"): {"mso_member"},
    ("approve_submission", "submission_a"): TOWN_A,
    ("approve_submission", "submission_county"): COUNTY,
    # Registrations: organisers (editors of the event) see and export them; nobody else sees a name.
    ("view_registrations", "event_a"): TOWN_A,
    ("view_registrations", "event_b"): TOWN_B,
    ("export_registrations", "event_a"): TOWN_A,
    ("export_registrations", "event_b"): TOWN_B,
    # Calendar import (.ics file or address) and subscriptions: into one's own calendars only.
    ("open_import_form", "calendar_a"): TOWN_A,
    ("import_calendar", "calendar_a"): TOWN_A,
    ("import_calendar", "calendar_b"): TOWN_B,
    ("import_calendar", "calendar_county"): COUNTY,
    ("add_subscription", "calendar_a"): TOWN_A,
    ("add_subscription", "calendar_county"): COUNTY,
    ("view_subscription", "subscription_a"): TOWN_A,
    ("edit_subscription", "subscription_a"): TOWN_A,
    ("sync_subscription", "subscription_a"): TOWN_A,
    ("delete_subscription", "subscription_a"): TOWN_A,
    # Organisation profiles: members edit their own (as a draft for moderation); the county publishes.
    ("edit_profile", "org_mso"): {"mso_member", "county_editor", "admin"},
    ("edit_profile", "org_other"): COUNTY,
    ("publish_profile", "org_mso"): COUNTY,
    ("delete_profile", "org_mso"): COUNTY,
    # Newsletter: the subscriber list (personal data) is for county staff only, and read-only.
    ("view_subscribers", "subscription"): COUNTY,
    ("edit_newsletter_subscription", "subscription"): set(),
    ("delete_newsletter_subscription", "subscription"): set(),
    # Vocabularies belong to the county.
    ("edit_snippet", "category"): COUNTY,
    # Guidelines: only the county changes rules, grants overrides and reads the county report.
    ("edit_rule", "rule"): COUNTY,
    ("grant_override", "page_a"): COUNTY,
    ("view_report", "guideline_report"): COUNTY,
    # Media: each town's collection is its own; the county's root collection is the county's.
    ("edit", "image_a"): TOWN_A,
    ("delete", "image_a"): TOWN_A,
    ("bulk_delete", "image_a"): TOWN_A,
    ("edit", "image_b"): TOWN_B,
    ("delete", "image_b"): TOWN_B,
    ("edit", "image_county"): COUNTY,
    ("delete", "image_county"): COUNTY,
    ("edit", "doc_a"): TOWN_A,
    ("delete", "doc_a"): TOWN_A,
    ("bulk_delete", "doc_a"): TOWN_A,
    ("edit", "doc_b"): TOWN_B,
    ("delete", "doc_b"): TOWN_B,
    ("edit", "doc_county"): COUNTY,
    ("delete", "doc_county"): COUNTY,
    # --- issue 9 (dashboard, legal pages, personal data) ---------------------------------------
    # The dashboard: county staff see every town, a town's editors only their own town's figures.
    ("view_dashboard", "dashboard"): {"editor_a", "editor_b", "county_editor", "admin"},
    ("export_dashboard", "figures_a"): TOWN_A,
    ("export_dashboard", "figures_b"): TOWN_B,
    # Feedback on barriers (personal data: the reader's address): county staff only.
    ("view_feedback_inbox", "feedback"): COUNTY,
    ("mark_feedback_handled", "feedback"): COUNTY,
    # Stories: a town's editors write them in their own town's story index only.
    ("add_story", "stories_a"): TOWN_A,
    ("add_story", "stories_b"): TOWN_B,
    ("add_story", "stories_county"): COUNTY,
    # "Who does what?" is maintained by the county only.
    ("edit_responsibility", "responsibility"): COUNTY,
    # What personal data the portal keeps: county staff only.
    ("view_personal_data", "personal_data"): COUNTY,
    # --- end of issue 9 ---
    # --- networking (issue 7): round tables and twinning -----------------------------------------
    # Town editors manage only their own town's round tables (and their sessions).
    ("add_round_table", "rt_parent_a"): TOWN_A,
    ("add_round_table", "rt_parent_b"): TOWN_B,
    ("add_round_table", "rt_parent_county"): COUNTY,
    ("edit_round_table", "round_table_a"): TOWN_A,
    ("edit_session", "session_a"): TOWN_A,
    ("send_invitations", "session_a"): TOWN_A,
    # Internal minutes: the member organisations' users and the round table's managers.
    ("read_internal_minutes", "round_table_a"): {"mso_member", *TOWN_A},
    # Action items: the owner organisation's members (and the managers) update the status.
    ("update_action_status", "action_mso"): {"mso_member", *TOWN_A},
    ("update_action_status", "action_other"): TOWN_A,
    # Twinning: only the round's coordinator (here editor A) and administrators pair and edit pairs.
    ("pair_groups", "twinning_round"): {"editor_a", "admin"},
    ("edit_pair", "pair"): {"editor_a", "admin"},
}

ALL = {"anonymous", "mso_member", "editor_a", "editor_b", "county_editor", "admin"}

# Public URLs (open data, map data): everyone may read them.
PUBLIC_URLS = {
    "/open-data/offers.csv": ALL,
    "/open-data/offers.json": ALL,
    "/open-data/contact-points.csv": ALL,
    "/open-data/organisations.json": ALL,
    "/geo/places.geojson": ALL,
    "/api/v2/pages/": ALL,
    "/organisationen/": ALL,
    "/calendar/all.ics": ALL,
    "/termine/": ALL,
    "/fortbildungen/": ALL,
    "/newsletter/": ALL,
    "/ar/newsletter/": ALL,
    "/newsletter/sent/": ALL,
    "/newsletter/preview/": ALL,
    "/en/newsletter/preview/": ALL,
    # --- issue 9: statistics (no personal data) and story feeds ---
    "/en/statistics/": ALL,
    "/en/statistics/offers.csv": ALL,
    "/stories/rss.xml": ALL,
    "/stories/atom.xml": ALL,
    "/ar/stories/atom.xml": ALL,
    # --- end of issue 9 ---
    # --- search (issue 5) ---
    "/suche/": ALL,
    "/suche/?q=Sprachkurs&type=offer": ALL,
    "/ar/search/?q=%D9%84%D8%BA%D8%A9": ALL,
    "/suche/vorschlaege.json?q=Sp": ALL,
}
