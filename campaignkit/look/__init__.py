"""The site's look: the force's logo, brand colour, tab icon and footer links, set in `campaign → look`.

Kept apart from `force` (who the force is) so a force can restyle the site without
touching its identity or contact details. The brand colour becomes CSS custom
properties in the bundled stylesheet; the footer links are in the theme's footer.
"""

from __future__ import annotations


def brand_css(colour: str) -> str:
    """Material's colour variables, driven by the force's colour."""
    return (
        ":root {\n"
        f"  --ck-brand: {colour};\n"
        "  --md-primary-fg-color: var(--ck-brand);\n"
        "  --md-primary-fg-color--light: var(--ck-brand);\n"
        "  --md-primary-fg-color--dark: var(--ck-brand);\n"
        "  --md-primary-bg-color: #ffffff;\n"
        "  --md-accent-fg-color: var(--ck-brand);\n"
        "}\n"
    )
