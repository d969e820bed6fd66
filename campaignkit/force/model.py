"""The force's identity: name, website and contact details (its logo and colour are in `look`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..configuration.reader import Reader
from ..helplines.numbers import PhoneNumber, parse_uk


@dataclass(frozen=True)
class Contact:
    email: str
    phone: PhoneNumber | None
    address: tuple[str, ...]


@dataclass(frozen=True)
class Force:
    name: str
    website: str
    contact: Contact


def read_force(root: Reader) -> Force | None:
    section = root.section("force")
    if section is None:
        return None
    section.allow("name", "website", "contact")
    name = section.text("name")
    website = section.url("website")
    contact = _read_contact(section.section("contact"))
    if None in (name, website, contact):
        return None
    return Force(name, website, contact)


def _read_contact(section: Reader | None) -> Contact | None:
    if section is None:
        return None
    section.allow("email", "phone", "address")
    email = section.email("email")
    phone = section.checked("phone", parse_uk, required=False)
    address = section.texts("address")
    return Contact(email, phone, address) if email else None
