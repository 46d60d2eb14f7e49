"""Local HTTP servers that speak the documented APIs of DeepL (v2: /v2/translate,
/v2/glossary-language-pairs, /v2/glossaries) and LibreTranslate (POST /translate), for tests
without external calls.

Their "translation" is deterministic: every text node gets the prefix ``[<TARGET>] `` (DeepL:
``[EN-GB] ``, LibreTranslate: ``[en] ``); a glossary replaces its German terms first.
Switch ``server.mode`` to "quota" (DeepL 456), "rate" (429 with Retry-After), "error" (500) or
"slow" (answers after ``server.delay`` seconds) to test failures. ``server.requests`` records
(method, path, headers, body) of every request.

Fixtures ``fake_deepl`` and ``fake_libretranslate`` start a server and point
settings.MACHINE_TRANSLATION at it; import them into a test module (or a conftest):
``from tests.translations.fake_providers import fake_deepl  # noqa: F401``.
"""

import contextlib
import json
import re
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

DEEPL_KEY = "test-deepl-key:fx"
LIBRE_KEY = "test-libre-key"
TEXT_NODE = re.compile(r">([^<]*[^<\s][^<]*)(?=<)")


def fake_translate(text, prefix, html, entries=None):
    for term, target in sorted((entries or {}).items(), key=lambda item: -len(item[0])):
        text = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", target, text)
    if not html:
        return prefix + text
    wrapped = TEXT_NODE.sub(lambda match: ">" + prefix + match.group(1), f"<x>{text}</x>")
    return wrapped[3:-4]


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler):
        super().__init__(("127.0.0.1", 0), handler)
        self.requests = []
        self.mode = None
        self.delay = 2.0
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.shutdown()
        self.server_close()

    def requests_to(self, path):
        return [request for request in self.requests if request[1] == path]


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        if "json" in (self.headers.get("Content-Type") or ""):
            return json.loads(raw or "{}")
        return {
            key: values if key.endswith("[]") or len(values) > 1 else values[0]
            for key, values in parse_qs(raw).items()
        }

    def _send(self, status, payload=None, headers=None):
        body = b"" if payload is None else json.dumps(payload).encode()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up ("slow")
            self._write(status, body, payload, headers)

    def _write(self, status, body, payload, headers):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if payload is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _record(self, body):
        self.server.requests.append((self.command, self.path, dict(self.headers), body))

    def _failure(self):
        """Answer with the failure the test switched on; True when answered."""
        mode = self.server.mode
        if mode == "slow":
            time.sleep(self.server.delay)
            return False
        if mode == "rate":
            self._send(429, self.error_payload("Too many requests"), {"Retry-After": "30"})
        elif mode == "error":
            self._send(500, self.error_payload("Internal error"))
        elif mode == "quota":
            self._send(456, self.error_payload("Quota exceeded"))
        else:
            return False
        return True

    def error_payload(self, message):
        return {"message": message}


class DeepLHandler(_Handler):
    """DeepL API v2 as documented: header ``Authorization: DeepL-Auth-Key <key>``; JSON or form."""

    def _authorized(self):
        if self.headers.get("Authorization") != f"DeepL-Auth-Key {self.server.key}":
            self._send(403, {"message": "Wrong endpoint or authentication key"})
            return False
        return True

    def do_GET(self):
        self._record(None)
        if not self._authorized() or self._failure():
            return
        if self.path == "/v2/glossary-language-pairs":
            pairs = [{"source_lang": "de", "target_lang": target} for target in self.server.glossary_targets]
            return self._send(200, {"supported_languages": pairs})
        self._send(404, {"message": "Not found"})

    def do_DELETE(self):
        self._record(None)
        if not self._authorized():
            return
        glossary_id = self.path.rsplit("/", 1)[-1]
        if self.path.startswith("/v2/glossaries/") and self.server.glossaries.pop(glossary_id, None):
            return self._send(204)
        self._send(404, {"message": "Glossary not found"})

    def do_POST(self):
        body = self._body()
        self._record(body)
        if not self._authorized() or self._failure():
            return
        if self.path == "/v2/translate":
            return self._translate(body)
        if self.path == "/v2/glossaries":
            return self._create_glossary(body)
        self._send(404, {"message": "Not found"})

    def _translate(self, body):
        texts = body.get("text") or body.get("text[]")
        target = body.get("target_lang")
        if not texts or not target:
            return self._send(400, {"message": "Parameter 'text' or 'target_lang' not specified."})
        if isinstance(texts, str):
            texts = [texts]
        entries = None
        if body.get("glossary_id"):
            glossary = self.server.glossaries.get(body["glossary_id"])
            if glossary is None:
                return self._send(404, {"message": "Glossary not found"})
            entries = glossary["entries"]
        html = body.get("tag_handling") == "html"
        translations = [
            {
                "detected_source_language": "DE",
                "text": fake_translate(text, f"[{target}] ", html, entries),
                "billed_characters": len(text),
            }
            for text in texts
        ]
        self._send(200, {"translations": translations})

    def _create_glossary(self, body):
        if body.get("entries_format") != "tsv" or not body.get("entries"):
            return self._send(400, {"message": "Invalid glossary entries"})
        entries = dict(line.split("\t", 1) for line in body["entries"].splitlines() if line)
        glossary_id = str(uuid.uuid4())
        info = {
            "glossary_id": glossary_id,
            "name": body["name"],
            "ready": True,
            "source_lang": body["source_lang"].lower(),
            "target_lang": body["target_lang"].lower(),
            "creation_time": "2026-12-05T20:00:00.000Z",
            "entry_count": len(entries),
        }
        self.server.glossaries[glossary_id] = {**info, "entries": entries}
        self._send(201, info)


class LibreTranslateHandler(_Handler):
    """LibreTranslate's POST /translate: q (string or list), source, target, format, api_key."""

    def error_payload(self, message):
        return {"error": message}

    def do_POST(self):
        body = self._body()
        self._record(body)
        if self.path != "/translate":
            return self._send(404, {"error": "Not found"})
        if self.server.key and body.get("api_key") != self.server.key:
            return self._send(403, {"error": "Invalid API key"})
        if self._failure():
            return
        q, target = body.get("q"), body.get("target")
        if not q or not target or not body.get("source"):
            return self._send(400, {"error": "Invalid request: missing q, source or target parameter"})
        html = body.get("format") == "html"
        if isinstance(q, list):
            return self._send(
                200, {"translatedText": [fake_translate(text, f"[{target}] ", html) for text in q]}
            )
        self._send(200, {"translatedText": fake_translate(q, f"[{target}] ", html)})


def start_deepl(key=DEEPL_KEY, glossary_targets=("en", "ru", "uk")):
    server = FakeServer(DeepLHandler)
    server.key = key
    server.glossaries = {}
    server.glossary_targets = list(glossary_targets)
    return server.start()


def start_libretranslate(key=LIBRE_KEY):
    server = FakeServer(LibreTranslateHandler)
    server.key = key
    return server.start()


def _serving(settings, server, provider, key):
    settings.MACHINE_TRANSLATION = {
        "PROVIDER": provider,
        "AUTH_KEY": key,
        "SERVER_URL": server.url,
        "TIMEOUT": 1,
        "RETRIES": 0,
        "LANGUAGES": [],
    }
    yield server
    server.stop()


@pytest.fixture
def fake_deepl(settings):
    """A fake DeepL server, and settings.MACHINE_TRANSLATION pointing at it (timeout 1 s, no retries)."""
    yield from _serving(settings, start_deepl(), "deepl", DEEPL_KEY)


@pytest.fixture
def fake_libretranslate(settings):
    """A fake LibreTranslate server, and settings.MACHINE_TRANSLATION pointing at it."""
    yield from _serving(settings, start_libretranslate(), "libretranslate", LIBRE_KEY)
