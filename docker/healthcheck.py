"""Container health check: GET http://127.0.0.1:8000/healthz, exit 0 on 200, 1 otherwise.

Standard library only (the slim image has no curl). The request carries what the reverse proxy
would send: a Host from ALLOWED_HOSTS (else Django answers 400) and X-Forwarded-Proto: https
(else SECURE_SSL_REDIRECT answers 301). Redirects are not followed: a redirect is a failure.
"""

import os
import sys
import urllib.error
import urllib.request


def allowed_host():
    for entry in os.environ.get("ALLOWED_HOSTS", "").split(","):
        host = entry.strip().lstrip(".")  # ".example.org" also allows "example.org"
        if host and host != "*":
            return host
    return "localhost"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def main():
    request = urllib.request.Request(
        "http://127.0.0.1:8000/healthz",
        headers={"Host": allowed_host(), "X-Forwarded-Proto": "https"},
    )
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=4) as response:
            status = response.status
            body = response.read(500).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        status, body = exc.code, exc.read(500).decode("utf-8", "replace")
    except OSError as exc:
        print(f"healthz unreachable: {exc}")
        return 1
    print(f"healthz {status} {body}")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
