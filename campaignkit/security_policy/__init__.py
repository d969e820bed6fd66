"""Security policy: a Content Security Policy on every built page.

The browser itself then refuses to load anything from another host (an image
pasted into a page, a script, a font), so "no third-party requests" holds even
for content the engine has never seen. Inline scripts the theme writes are
allowed by their SHA-256 hash, computed per page; nothing else inline runs.
Added over the finished output (`policy_on_page` on every page), not
during `mkdocs serve`, whose live reload injects a script of its own.
"""

from __future__ import annotations

from .policy import add_policy, policy_for
from .site import policy_on_page

__all__ = ["add_policy", "policy_for", "policy_on_page"]
