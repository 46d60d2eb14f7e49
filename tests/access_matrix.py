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
    ("edit_word_list", "official_names"): COUNTY,
    ("grant_override", "page_a"): COUNTY,
    ("view_report", "guideline_report"): COUNTY,
    # Translations (issue 20): the report shows each editor their own towns; marking a machine
    # translation reviewed needs the right to edit the page.
    ("view_translation_report", "translation_report"): {"editor_a", "editor_b", "county_editor", "admin"},
    ("mark_translation_reviewed", "page_a"): TOWN_A,
    ("mark_translation_reviewed", "page_b"): TOWN_B,
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
    # --- issue 21: every networking admin list leads somewhere ---
    # A session's minutes and attendance (actions of its row): the round table's managers.
    ("edit_minutes", "session_a"): TOWN_A,
    ("record_attendance", "session_a"): TOWN_A,
    # A round's applications as CSV: its coordinator (editor A) and administrators.
    ("export_applications", "twinning_round"): {"editor_a", "admin"},
    # "My action items": members of the owner organisation only (managers use the action list).
    ("update_my_action", "action_mso"): {"mso_member"},
    ("update_my_action", "action_other"): set(),
    # Internal minutes after a login on the site (not the admin): the same readers as above.
    ("read_minutes_after_site_login", "round_table_a"): {"mso_member", *TOWN_A},
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

# --- issue 17: every admin URL pattern Django's resolver knows ----------------------------------
# tests/tenancy/test_admin_urls.py walks the resolver at test time: each pattern under /admin/
# needs a row below (``ADMIN_URL_ROWS``) or an entry with a reason (``ADMIN_URLS_WITHOUT_TENANT_RULE``;
# a key ending in ":" stands for a whole URL namespace). Rows name the URL (its ``namespace:name``),
# the object it is requested for and the roles that reach it; every other role is refused
# (302/403/404 without the object's name or address in the answer). For a listing the row says who
# sees the object in it. ``mso_member_other`` is a member of ``org_other`` (and of the unpublished
# ``org_unpublished``), ``mso_member`` of ``org_mso``.

ADMIN_ROLES = (
    "anonymous",
    "mso_member",
    "mso_member_other",
    "editor_a",
    "editor_b",
    "county_editor",
    "admin",
)
ADMIN_USERS = set(ADMIN_ROLES) - {"anonymous"}
OWN_ORG = {"mso_member", "county_editor", "admin"}
OTHER_ORG = {"mso_member_other", "county_editor", "admin"}
COORDINATOR = {"editor_a", "admin"}

ORG = "wagtailsnippets_organisations_organisation:"
ORG_CHOOSER = "wagtailsnippetchoosers_organisations_organisation:"

# Extra URL arguments: "{revision}" the object's latest revision, "{workflow_state}" / "{task_state}"
# its workflow in progress. A "?" entry is the query string.
ADMIN_URL_ARGS = {
    f"{ORG}revisions_compare": {"revision_id_a": "live", "revision_id_b": "latest"},
    f"{ORG}revisions_revert": {"revision_id": "{revision}"},
    f"{ORG}revisions_unschedule": {"revision_id": "{revision}"},
    f"{ORG}workflow_action": {"action_name": "approve", "task_state_id": "{task_state}"},
    f"{ORG}collect_workflow_action_data": {"action_name": "approve", "task_state_id": "{task_state}"},
    f"{ORG}workflow_history_detail": {"workflow_state_id": "{workflow_state}"},
    f"{ORG_CHOOSER}chosen_multiple": {"?": "id={pk}"},
}

# Listings: the object counts as shown when its edit (or chooser) address is in the answer, or
# where a listing links no object, its name (see tests/tenancy/admin_urls.py ``listing_marker``).
ADMIN_LISTINGS = {
    f"{ORG}list",
    f"{ORG}list_results",
    f"{ORG_CHOOSER}choose",
    f"{ORG_CHOOSER}choose_results",
    f"{ORG_CHOOSER}chosen_multiple",
    "networking_sessions:index",
    "networking_sessions:index_results",
    "networking_actions:index",
    "networking_actions:index_results",
    "networking_pairs:index",
    "networking_pairs:index_results",
    "networking_applications:index",
    "networking_applications:index_results",
    "networking_my_actions",
    "calendar_subscriptions:index",
    "calendar_subscriptions:index_results",
    "subscriptions:index",
    "subscriptions:index_results",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_reports:site_history?export=csv",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
}


def _org_rows():
    member_views = (
        "edit",
        "usage",
        "history",
        "history_results",
        "revisions_compare",
        "revisions_revert",
        "workflow_history",
        "workflow_history_detail",
        "confirm_workflow_cancellation",
    )
    county_views = (
        "delete",
        "copy",
        "unpublish",
        "revisions_unschedule",
        "workflow_action",
        "collect_workflow_action_data",
    )
    rows = {}
    for view in member_views:
        rows[(ORG + view, "org_mso")] = OWN_ORG
        rows[(ORG + view, "org_other")] = OTHER_ORG
    for view in county_views:
        rows[(ORG + view, "org_mso")] = COUNTY
        rows[(ORG + view, "org_other")] = COUNTY
    # The county's reviewers lock a profile in moderation; only administrators hold "unlock".
    for view, roles in (("lock", COUNTY), ("unlock", {"admin"})):
        rows[(ORG + view, "org_mso")] = roles
        rows[(ORG + view, "org_other")] = roles
    for view in ("list", "list_results"):
        rows[(ORG + view, "org_mso")] = OWN_ORG
        rows[(ORG + view, "org_other")] = OTHER_ORG
    # Published organisations may be chosen by every admin user (e.g. as an offer's provider),
    # an unpublished one only by those who see it.
    for view in ("choose", "choose_results", "chosen", "chosen_multiple"):
        rows[(ORG_CHOOSER + view, "org_other")] = ADMIN_USERS
        rows[(ORG_CHOOSER + view, "org_unpublished")] = OTHER_ORG
    return rows


def _scoped_rows(namespace, targets, views=("edit", "delete", "history", "history_results", "usage")):
    rows = {}
    for target, roles in targets.items():
        for view in (*views, "index", "index_results"):
            rows[(f"{namespace}:{view}", target)] = roles
    return rows


ADMIN_URL_ROWS = {
    **_org_rows(),
    # Round tables: sessions and action items of a town's round tables for its editors only.
    **_scoped_rows(
        "networking_sessions",
        {"session_a": TOWN_A, "session_county": COUNTY},
        views=("edit", "delete", "history", "history_results", "usage", "minutes", "attendance"),
    ),
    **_scoped_rows("networking_actions", {"action_mso": TOWN_A, "action_county": COUNTY}),
    **_scoped_rows("networking_pairs", {"pair": COORDINATOR}),
    # Twinning applications (contacts on the inspect view): the round's coordinator only.
    **_scoped_rows("networking_applications", {"application_first": COORDINATOR}, views=("inspect",)),
    # "My action items": the items of the member's own organisations only.
    ("networking_my_actions", "action_mso"): {"mso_member"},
    ("networking_my_actions", "action_other"): set(),
    # Calendar subscriptions (their address may carry a secret): the calendar's town only.
    **_scoped_rows("calendar_subscriptions", {"subscription_a": TOWN_A, "subscription_county": COUNTY}),
    # Newsletter subscribers: county staff read the list; history and usage need a change right.
    ("subscriptions:index", "subscription"): COUNTY,
    ("subscriptions:index_results", "subscription"): COUNTY,
    ("subscriptions:edit", "subscription"): set(),
    ("subscriptions:delete", "subscription"): set(),
    ("subscriptions:copy", "subscription"): set(),
    ("subscriptions:history", "subscription"): set(),
    ("subscriptions:history_results", "subscription"): set(),
    ("subscriptions:usage", "subscription"): set(),
    # The site-history report (and its CSV export) lists an organisation's actions to who sees it.
    ("wagtailadmin_reports:site_history", "org_mso"): OWN_ORG,
    ("wagtailadmin_reports:site_history", "org_other"): OTHER_ORG,
    ("wagtailadmin_reports:site_history_results", "org_mso"): OWN_ORG,
    ("wagtailadmin_reports:site_history_results", "org_other"): OTHER_ORG,
    ("wagtailadmin_reports:site_history?export=csv", "org_other"): OTHER_ORG,
    # So do the workflow reports (an organisation's change in moderation); MSO members cannot open
    # them (they need page rights), town editors see no organisation's moderation in them.
    **{
        (f"wagtailadmin_reports:{report}", target): COUNTY
        for report in ("workflow", "workflow_results", "workflow_tasks", "workflow_tasks_results")
        for target in ("org_mso", "org_other")
    },
    # Custom views with their own checks (also rows of MATRIX above).
    ("networking_invite", "session_a"): TOWN_A,
    ("networking_invite", "session_county"): COUNTY,
    ("calendar_subscription_sync", "subscription_a"): TOWN_A,
    ("calendar_subscription_sync", "subscription_county"): COUNTY,
    ("event_registrations", "event_a"): TOWN_A,
    ("event_registrations", "event_b"): TOWN_B,
    ("event_registrations_csv", "event_a"): TOWN_A,
    ("networking_pairing", "twinning_round"): COORDINATOR,
    # The languages screen of a submitted event: the moderators of its calendar.
    ("event_submission_languages", "submission_a"): TOWN_A,
    ("event_submission_languages", "submission_county"): COUNTY,
}

_PAGES = "page tree: Wagtail's page permissions per town (MATRIX page rows, page chooser hook)"
_COLLECTIONS = "media: collection permissions per town (MATRIX image_*/doc_* rows)"
_COUNTY_ONLY = "county data without a town or organisation: model permissions of county staff"
_OWN = "the user's own account, session or interface; no object of a town or organisation"
_ADD = "creates a new object: no existing object to scope; model permission, form limits the choices"

ADMIN_URLS_WITHOUT_TENANT_RULE = {
    "wagtailadmin_pages:": _PAGES,
    # portal/page_editor_views.py: Wagtail's page create, edit and preview-on-edit views (the same
    # permission checks), routed in front of wagtailadmin_pages:add, :edit and :preview_on_edit.
    (
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/"
    ): _PAGES,
    "admin/pages/<int:page_id>/edit/": _PAGES,
    "admin/pages/<int:page_id>/edit/preview/": _PAGES,
    "wagtailadmin_api:pages:": _PAGES,
    "wagtailadmin_explore_root": _PAGES,
    "wagtailadmin_explore": _PAGES,
    "wagtailadmin_explore_results": _PAGES,
    "wagtailadmin_choose_page": _PAGES,
    "wagtailadmin_choose_page_child": _PAGES,
    "wagtailadmin_choose_page_search": _PAGES,
    "wagtailadmin_choose_page_chosen_multiple": _PAGES,
    "wagtail_bulk_action": "bulk actions check each object's page or policy permission (MATRIX bulk_* rows)",
    "wagtailforms:": "form submissions: Wagtail lists only forms of pages the user may edit",
    "wagtailimages:": _COLLECTIONS,
    "wagtailimages_chooser:": _COLLECTIONS,
    "wagtaildocs:": _COLLECTIONS,
    "wagtaildocs_chooser:": _COLLECTIONS,
    "wagtailadmin_api:images:": _COLLECTIONS,
    "wagtailadmin_api:documents:": _COLLECTIONS,
    "wagtailadmin_collections:": _COLLECTIONS,
    "wagtailusers_users:": "accounts: administrators only (Wagtail's user permissions)",
    "wagtailusers_groups:": "groups: administrators only (Wagtail's group permissions)",
    "wagtailsites:": "sites: administrators only",
    "wagtailsettings:": "site settings: administrators only",
    "wagtailredirects:": _COUNTY_ONLY,
    "wagtailembeds:": "oEmbed lookups of an address the editor types; no stored object",
    "wagtailadmin_workflows:": "workflows and tasks: administrators only",
    "wagtailadmin_editing_sessions:": "ping checks the object's change permission with its policy",
    "wagtailadmin_reports:": "page reports (locked, aging pages, page types): limited to editable pages",
    **{
        f"scoped_{report}": f"serves the path of wagtailadmin_reports:{report} (rows there)"
        for report in ("site_history", "workflow", "workflow_tasks")
    },
    **{
        f"scoped_{report}_results": f"serves the path of wagtailadmin_reports:{report}_results"
        for report in ("site_history", "workflow", "workflow_tasks")
    },
    "wagtailsnippets:index": "snippet types and their counts; no object",
    "wagtailsnippets_guidelines_rule:": _COUNTY_ONLY,
    "wagtailsnippetchoosers_guidelines_rule:": _COUNTY_ONLY,
    "wagtailsnippets_guidelines_wordlist:": _COUNTY_ONLY,
    "wagtailsnippetchoosers_guidelines_wordlist:": _COUNTY_ONLY,
    "wagtailsnippets_offers_category:": _COUNTY_ONLY,
    "wagtailsnippets_offers_targetgroup:": _COUNTY_ONLY,
    "wagtailsnippets_offers_topic:": _COUNTY_ONLY,
    "wagtailsnippets_offers_languagecode:": _COUNTY_ONLY,
    "wagtailsnippetchoosers_offers_category:": _COUNTY_ONLY,
    "wagtailsnippetchoosers_offers_targetgroup:": _COUNTY_ONLY,
    "wagtailsnippetchoosers_offers_topic:": _COUNTY_ONLY,
    "wagtailsnippetchoosers_offers_languagecode:": _COUNTY_ONLY,
    "wagtailsnippets_responsibilities_responsibility:": "“Who does what?”: kept by the county",
    "wagtailsnippetchoosers_responsibilities_responsibility:": "public directory entries, chosen by anyone",
    "wagtailsnippets_search_synonym:": _COUNTY_ONLY,
    "wagtailsnippets_translations_glossaryterm:": _COUNTY_ONLY,
    "wagtailsnippetchoosers_translations_glossaryterm:": _COUNTY_ONLY,
    "translations_machine_fill": "page editor action: the page's edit permission (can_edit); 404 when "
    "machine translation is off (tests/translations/test_machine_fill.py)",
    "wagtailsnippetchoosers_search_synonym:": _COUNTY_ONLY,
    "offers:": "offer listing: a page listing, filtered by page permissions",
    "contact_points:": "contact point listing: a page listing, filtered by page permissions",
    f"{ORG}add": _ADD,
    f"{ORG_CHOOSER}create": _ADD,
    "networking_sessions:add": _ADD,
    "networking_actions:add": _ADD,
    "networking_pairs:add": "pairs are created by pairing (networking_pairing); the add view is off",
    "calendar_subscriptions:add": _ADD,
    "subscriptions:add": "newsletter subscriptions are not added in the admin (policy refuses add)",
    "wagtailadmin_home": "each role's next steps, scoped to the user's towns and organisations "
    "(tests/dashboard/test_role_home.py)",
    "wagtailadmin_account": _OWN,
    "wagtailadmin_logout": _OWN,
    "wagtailadmin_login": _OWN,
    "wagtailadmin_password_reset": _OWN,
    "wagtailadmin_password_reset_done": _OWN,
    "wagtailadmin_password_reset_confirm": _OWN,
    "wagtailadmin_password_reset_complete": _OWN,
    "wagtailadmin_dismissibles": _OWN,
    "wagtailadmin_sprite": _OWN,
    "wagtailadmin_javascript_catalog": _OWN,
    "wagtailadmin_block_preview": "renders a block from posted data; no stored object",
    "wagtailadmin_tag_autocomplete": "tag names (public on pages)",
    "wagtailadmin_tag_model_autocomplete": "tag names (public on pages)",
    "wagtailadmin_choose_page_external_link": _OWN,
    "wagtailadmin_choose_page_email_link": _OWN,
    "wagtailadmin_choose_page_phone_link": _OWN,
    "wagtailadmin_choose_page_anchor_link": _OWN,
    "wagtailadmin_error_test": "Wagtail's test view for the 500 page",
    "admin/test404/": "Wagtail's test view for the 404 page",
    "admin/^.*/$": "Wagtail's catch-all 404",
    r"admin/pages/(?P<page_id>\d+)/edit/copy_translation_content/$": _PAGES,
    "events_import": "import form: target calendars limited to the user's own (MATRIX import_calendar rows)",
    "guidelines_check": "checks posted text; no stored object",
    "guidelines_page": "guideline findings of a page: MATRIX grant_override rows",
    "guidelines_report": "county only (MATRIX view_report row)",
    "translations_report": "the user's towns only (MATRIX view_translation_report row; rows in "
    "tests/translations/test_report_county.py)",
    "translations_mark_reviewed": "edit permission on the page (MATRIX mark_translation_reviewed rows)",
    "translations_exchange_export_page": "edit permission on the page, else 403 "
    "(tests/translations/test_exchange_views.py::test_town_editor_cannot_export_another_towns_page)",
    "translations_exchange_export_town": "offers only the county and towns whose page the user may edit "
    "(tests/translations/test_exchange_views.py)",
    "translations_exchange_import": "writes only pages the user may edit; any other page refuses the whole "
    "file (tests/translations/test_exchange_checks.py)",
    "dashboard": "figures of the user's own town (MATRIX view_dashboard row)",
    "dashboard_csv": "figures of the user's own town (MATRIX export_dashboard rows)",
    "legal_feedback_inbox": "county only (MATRIX view_feedback_inbox row)",
    "legal_feedback_handled": "county only (MATRIX mark_feedback_handled row)",
    "legal_personal_data": "county only (MATRIX view_personal_data row)",
    "networking_make_story": "coordinator of the pair's round only (checked by the view)",
    "portal_private_media": (
        "files of images without consent: the image's choose/change permission in its collection"
        " (roles in tests/portal/test_image_consent.py)"
    ),
}
