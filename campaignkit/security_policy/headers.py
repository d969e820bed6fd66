"""The response headers every page is served with: the one source each host's files are written from.

A policy in a `<meta>` tag cannot forbid framing (`frame-ancestors` is ignored
there), so the header carries that and the locked directives; the page's own
meta policy keeps the per-page script hashes. Both are enforced, so the header
must not name `script-src` or `default-src`: it would block the hashed scripts.
"""

from __future__ import annotations

from .policy import LOCKED

HEADER_POLICY = {"frame-ancestors": "'none'", **LOCKED}

HEADERS = {
    "Content-Security-Policy": "; ".join(f"{name} {value}" for name, value in HEADER_POLICY.items()),
    # A reader's next site is not told which page they came from.
    "Referrer-Policy": "no-referrer",
    # Browsers treat each file as the type the server says, never guessing a script from a text file.
    "X-Content-Type-Options": "nosniff",
    # Older browsers that do not read frame-ancestors.
    "X-Frame-Options": "DENY",
    # The site never asks for the camera, the microphone or the reader's location.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # Once a browser has seen the site over HTTPS, it never sends a reader to it over plain HTTP.
    "Strict-Transport-Security": "max-age=31536000",
}


def response_headers() -> dict[str, str]:
    """The headers by name, in the order hosts' files list them."""
    return dict(HEADERS)
