"""Build the policy for one page and put it first in the head."""

from __future__ import annotations

import base64
import hashlib
import re

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.DOTALL)
CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)

# Nothing may post a form, embed a plugin or change the base URL: in the page and in the host's header alike.
LOCKED = {
    "base-uri": "'none'",
    "form-action": "'none'",
    "object-src": "'none'",
}
# Everything from this site only.
FIXED = {
    "default-src": "'none'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
    **LOCKED,
}


def policy_for(html: str) -> str:
    hashes = sorted({_hash(body) for body in INLINE_SCRIPT.findall(html) if body.strip()})
    directives = {"script-src": " ".join(["'self'", *hashes]), **FIXED}
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def add_policy(html: str) -> str:
    """The page with its policy as the first thing after the charset (a policy only covers what follows it)."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    match = CHARSET.search(html)
    if match is None:
        return html.replace("<head>", f"<head>{meta}", 1)
    return html[: match.end()] + meta + html[match.end():]


def _hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"
