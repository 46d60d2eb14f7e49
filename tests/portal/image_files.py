"""Image files for the image tests, made in the test: valid ones and broken ones."""

import io
import os
import random
import struct
import zlib

import pytest
from PIL import Image as PILImage


def encoded(fmt, size=(48, 32), noise=True):
    """A real image file in ``fmt``; noise makes the compressed stream long enough to cut."""
    picture = PILImage.new("RGB", size)
    if noise:
        rng = random.Random(17)
        picture.putdata(
            [(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(size[0] * size[1])]
        )
    out = io.BytesIO()
    picture.save(out, fmt)
    return out.getvalue()


def gif_header(width, height):
    """A GIF whose screen and image descriptor declare ``width`` × ``height`` pixels."""
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0)
    descriptor = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    return screen + descriptor + b"\x02\x02\x44\x01\x00\x3b"


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width=30_000, height=30_000):
    """A small, well-formed PNG header declaring 900 million pixels."""
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    body = png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
    return b"\x89PNG\r\n\x1a\n" + header + body + png_chunk(b"IEND", b"")


POLYGLOT = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg><html><body>x</body></html>'
)


def broken_files():
    png, jpeg, gif, webp = (encoded(fmt) for fmt in ("PNG", "JPEG", "GIF", "WEBP"))
    cases = []
    for name, data, cuts in (
        ("photo.png", png, (8, 33, 60, len(png) // 2, len(png) - 20)),
        ("photo.jpg", jpeg, (2, 200, len(jpeg) // 2, len(jpeg) - 200)),
        ("photo.gif", gif, (13, 40, len(gif) // 2, len(gif) - 40)),
        ("photo.webp", webp, (12, 40, len(webp) // 2, len(webp) - 40)),
    ):
        cases += [pytest.param(name, data[:cut], id=f"{name}-cut-at-{cut}") for cut in cuts]
    return [
        *cases,
        pytest.param("huge.gif", gif_header(65535, 65535), id="gif-65535x65535"),
        pytest.param("empty.png", b"", id="zero-bytes"),
        pytest.param("noise.jpg", random.Random(3).randbytes(4096), id="random-bytes"),
        pytest.param("notes.png", b"Einkaufsliste: Brot, Milch\n" * 20, id="text-as-png"),
        pytest.param("bomb.png", png_bomb(), id="decompression-bomb-header"),
        pytest.param("poly.svg", POLYGLOT, id="svg-html-polyglot"),
        pytest.param("poly.png", POLYGLOT, id="svg-html-polyglot-as-png"),
        pytest.param("poly.html", POLYGLOT, id="svg-html-polyglot-as-html"),
    ]


@pytest.fixture
def media(settings, tmp_path):
    """Real files: the media storage is a directory of each test's own."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return tmp_path


def files_under(root):
    return sorted(os.path.join(folder, name) for folder, _dirs, names in os.walk(root) for name in names)
