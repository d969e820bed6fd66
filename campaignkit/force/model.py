"""The force's identity: name, logo, brand colour and contact details."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..configuration.reader import Reader
from ..helplines.numbers import PhoneNumber, parse_uk

# White header text on the brand colour must meet WCAG AA for normal text.
MIN_CONTRAST_WITH_WHITE = 4.5


@dataclass(frozen=True)
class Contact:
    email: str
    phone: PhoneNumber | None
    address: tuple[str, ...]


@dataclass(frozen=True)
class Force:
    name: str
    logo: str
    colour: str
    website: str
    contact: Contact


def read_force(root: Reader, docs_dir: Path | None) -> Force | None:
    section = root.section("force")
    if section is None:
        return None
    section.allow("name", "logo", "colour", "website", "contact")
    name = section.text("name")
    logo = section.text("logo")
    if logo and docs_dir is not None and not (docs_dir / logo).is_file():
        section.error("logo", f"the file '{logo}' was not found in {docs_dir.name}/. Put the logo there or fix the path.")
        logo = None
    colour = section.checked("colour", parse_brand_colour)
    website = section.url("website")
    contact = _read_contact(section.section("contact"))
    if None in (name, logo, colour, website, contact):
        return None
    return Force(name, logo, colour, website, contact)


def _read_contact(section: Reader | None) -> Contact | None:
    if section is None:
        return None
    section.allow("email", "phone", "address")
    email = section.email("email")
    phone = section.checked("phone", parse_uk, required=False)
    address = section.texts("address")
    return Contact(email, phone, address) if email else None


def parse_brand_colour(value: str) -> str:
    """Accept #rrggbb dark enough to carry white text (WCAG 2.2 AA, 4.5:1)."""
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        raise ValueError(f"expected a colour written as # and six hex digits, such as #1d3f6e; not '{value}'.")
    ratio = contrast_with_white(value)
    if ratio < MIN_CONTRAST_WITH_WHITE:
        raise ValueError(
            f"white text on {value} has a contrast of {ratio:.1f}:1, below the 4.5:1 that readers need. "
            "Choose a darker shade of the force colour."
        )
    return value.lower()


def contrast_with_white(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)
