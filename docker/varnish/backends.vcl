# Backends of docker/compose.yaml: app1 and app2 round robin, each checked on /healthz like
# Caddy did before (an allowed Host and HTTPS, so Django answers 200 and not a redirect).
# More app servers: one backend block more and one app.add_backend() line per server.

probe healthz {
    .request =
        "GET /healthz HTTP/1.1"
        "Host: localhost"
        "X-Forwarded-Proto: https"
        "Connection: close";
    .interval = 10s;
    .timeout = 5s;
    .window = 3;
    .threshold = 2;
}

backend app1 { .host = "app1"; .port = "8000"; .probe = healthz; .first_byte_timeout = 60s; }
backend app2 { .host = "app2"; .port = "8000"; .probe = healthz; .first_byte_timeout = 60s; }

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

# Who may send PURGE and BAN: the app servers (compose's private network) and this machine.
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}
