"""Publishing: what each kind of host needs to serve the built site safely.

Every build writes, from one source (the security headers in
`security_policy/headers.py` and the site's languages), the files each host
reads: `_headers` and `_redirects` (Netlify, Cloudflare Pages), nginx and Apache
snippets, a GitHub Pages workflow, and the S3 + CloudFront policy, function and
notes. They go in a folder beside the built site (`host/` next to `site/`), so
nothing about the server is published by mistake; the files a host reads from
the published folder itself are also copied into the site for the force's
chosen `host`.
"""

from __future__ import annotations

from .rules import HostRules
from .write import write_host_files

__all__ = ["HostRules", "write_host_files"]
