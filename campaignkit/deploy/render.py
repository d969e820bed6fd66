"""Each host's files as text, from the rules: templates for what people read, code for what machines parse."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from .rules import HostRules

TEMPLATES = Path(__file__).parent / "templates"
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), keep_trailing_newline=True,
                          autoescape=False, undefined=jinja2.StrictUndefined)

# The headers CloudFront has a field for, and how each is written there; the rest go as custom headers.
_CLOUDFRONT_FIELDS = {
    "Content-Security-Policy": lambda v: ("ContentSecurityPolicy", {"Override": True, "ContentSecurityPolicy": v}),
    "Referrer-Policy": lambda v: ("ReferrerPolicy", {"Override": True, "ReferrerPolicy": v}),
    "X-Content-Type-Options": lambda v: ("ContentTypeOptions", {"Override": True}),
    "X-Frame-Options": lambda v: ("FrameOptions", {"Override": True, "FrameOption": v}),
    "Strict-Transport-Security": lambda v: ("StrictTransportSecurity", {
        "Override": True, "IncludeSubdomains": "includesubdomains" in v.lower(), "Preload": "preload" in v.lower(),
        "AccessControlMaxAgeSec": int(v.split("max-age=")[1].split(";")[0])}),
}


def render(template: str, rules: HostRules, **context: object) -> str:
    return _env.get_template(template).render(rules=rules, **context)


def cloudfront_headers_policy(rules: HostRules) -> str:
    """The body of `aws cloudfront create-response-headers-policy --response-headers-policy-config`."""
    security, custom = {}, []
    for name, value in rules.headers.items():
        if name in _CLOUDFRONT_FIELDS:
            key, setting = _CLOUDFRONT_FIELDS[name](value)
            security[key] = setting
        else:
            custom.append({"Header": name, "Value": value, "Override": True})
    policy = {
        "Name": "campaign-security-headers",
        "Comment": f"Security headers for {rules.host_name}",
        "SecurityHeadersConfig": security,
        "CustomHeadersConfig": {"Quantity": len(custom), "Items": custom},
    }
    return json.dumps(policy, indent=2) + "\n"


def cloudfront_error_responses(rules: HostRules) -> str:
    """The distribution's CustomErrorResponses: a missing file (403 from a private bucket, or 404) shows the
    site's root 404 page with status 404."""
    page = rules.not_found[-1].page
    items = [{"ErrorCode": code, "ResponsePagePath": page, "ResponseCode": "404", "ErrorCachingMinTTL": 60}
             for code in (403, 404)]
    return json.dumps({"CustomErrorResponses": {"Quantity": len(items), "Items": items}}, indent=2) + "\n"


def host_files(rules: HostRules) -> dict[str, str]:
    """Every host's files, by their path in the host folder."""
    return {
        "netlify/_headers": render("_headers.jinja", rules),
        "netlify/_redirects": render("_redirects.jinja", rules),
        # Cloudflare Pages follows every _redirects rule even where a file exists, so it gets none: it serves
        # the nearest 404.html up the folder tree by itself.
        "cloudflare-pages/_headers": render("_headers.jinja", rules),
        "nginx/campaign.conf": render("nginx.conf.jinja", rules),
        "apache/campaign.conf": render("apache.conf.jinja", rules),
        "github-pages/pages.yml": render("github-pages.yml.jinja", rules),
        "s3-cloudfront/README.md": render("s3-cloudfront.md.jinja", rules),
        "s3-cloudfront/response-headers-policy.json": cloudfront_headers_policy(rules),
        "s3-cloudfront/error-responses.json": cloudfront_error_responses(rules),
        "s3-cloudfront/index-html-function.js": render("index-html-function.js.jinja", rules),
    }
