# Kreisnetz front cache (Varnish 7): anonymous pages from memory, everything personal passed on
# to the app servers. Backends, the health probe and who may purge are in backends.vcl, one
# file per setup (docker/varnish/backends.vcl for compose; benchmarks/front_cache_servers.py
# writes one for `make front-cache`).
#
# What is cached: GET/HEAD by visitors without a session (no `sessionid` cookie) and without a
# pending message (`messages` cookie), outside /admin/; for as long as the app's Cache-Control
# says (s-maxage, max-age), or DEFAULT_TTL below when it says nothing. Never: responses that set
# a cookie, say private/no-store/no-cache, vary on everything, or are server errors.
#
# Invalidation (portal/front_cache.py sends these on publish, unpublish, move and delete):
#   PURGE <url>                 drops that URL for its Host (Wagtail's HTTPBackend)
#   BAN / with X-Ban-Page-Path: ^000100020003      pages in that subtree (by X-Page-Path)
#            X-Ban-Page-Id: ^(4|17)$             pages by id (X-Page-Id)
#            X-Ban-Url: ^/(en/)?suche/          any URL (path and query) matching the regex
# The app labels page responses with X-Page-Id and X-Page-Path; they are kept on the cached
# object (so the ban lurker can evaluate bans in the background) and never sent to visitors.

vcl 4.1;

import std;
import directors;

include "backends.vcl";

sub vcl_recv {
    # Varnish appends the address of its own client (Caddy) to X-Forwarded-For; the app counts
    # the last entry as the visitor (TRUST_X_FORWARDED_FOR), so drop what Varnish appended.
    if (req.http.X-Forwarded-For ~ ",") {
        set req.http.X-Forwarded-For = regsub(req.http.X-Forwarded-For, ",\s*[^,]*$", "");
    }
    set req.backend_hint = app.backend();

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            if (!std.ban("obj.http.X-Url == " + req.url + " && obj.http.X-Host == " + req.http.host)) {
                return (synth(400, std.ban_error()));
            }
            return (synth(200, "Purged"));
        }
        if (req.http.X-Ban-Page-Path && !std.ban("obj.http.X-Page-Path ~ " + req.http.X-Ban-Page-Path)) {
            return (synth(400, std.ban_error()));
        }
        if (req.http.X-Ban-Page-Id && !std.ban("obj.http.X-Page-Id ~ " + req.http.X-Ban-Page-Id)) {
            return (synth(400, std.ban_error()));
        }
        if (req.http.X-Ban-Url && !std.ban("obj.http.X-Url ~ " + req.http.X-Ban-Url)) {
            return (synth(400, std.ban_error()));
        }
        return (synth(200, "Banned"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, health checks and the editors' private media are never cached.
    if (req.url ~ "^/(admin|django-admin)(/|$)" || req.url ~ "^/healthz") {
        return (pass);
    }
    # Logged in (editors, MSO members) or a message waiting to be shown (after a form).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Everyone else is anonymous: no cookie reaches the app (tracking cookies, an old CSRF
    # cookie: a page with a form sets a fresh one and is then not cached).
    unset req.http.Cookie;
    # The language is in the path (German without prefix): Accept-Language changes nothing.
    unset req.http.Accept-Language;
    # Tracking parameters don't change a page.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|mc_[ce]id)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|mc_[ce]id)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # An http request gets Django's redirect to https: never serve that to https visitors.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # What bans match on, kept with the object.
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Host = bereq.http.host;
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.status >= 500
        || beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary == "*") {
        # Remember "don't cache" for a minute, so requests for it don't queue behind each other.
        set beresp.ttl = 60s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        # DEFAULT_TTL: the app said nothing; publishing purges, so only what changes by itself
        # (today's events, "new" badges) can be this old.
        set beresp.ttl = 300s;
        if (beresp.status != 200) {
            # Not found, redirects: a minute (a new redirect or page is not purged by URL alone).
            set beresp.ttl = 60s;
        }
    }
    # A little grace: while a missing object is fetched again, the others are served the old one.
    set beresp.grace = 10s;
    return (deliver);
}

sub vcl_backend_error {
    # An app server that cannot be reached (restarting, just died): the next one, once; only for
    # requests that may be repeated.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Url;
    unset resp.http.X-Host;
    unset resp.http.X-Page-Id;
    unset resp.http.X-Page-Path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    return (deliver);
}
