"""UK phone numbers: validated with phonenumbers, shown exactly as the force writes them."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import shortnumberinfo

REGION = "GB"
# Relay UK: dialling 18001 (or 18002) before a number connects through a relay assistant.
RELAY_PREFIXES = ("18001", "18002")


@dataclass(frozen=True)
class PhoneNumber:
    """A number as people should see it, and the URI a phone dials."""

    display: str
    digits: str
    uri_number: str

    @property
    def tel(self) -> str:
        return f"tel:{self.uri_number}"

    @property
    def sms(self) -> str:
        return f"sms:{self.uri_number}"


def parse_uk(written: str) -> PhoneNumber:
    """Check a UK number (full, short such as 999 or 101, or a Relay UK number).

    Raises ValueError with a message the comms team can act on.
    """
    display = " ".join(written.split())
    if not re.fullmatch(r"[0-9 ]+", display):
        raise ValueError(f"'{written}' is not a phone number: use digits and spaces only, as it should appear on the page.")
    digits = display.replace(" ", "")
    for prefix in RELAY_PREFIXES:
        if digits.startswith(prefix) and len(digits) > len(prefix):
            inner = parse_uk(digits[len(prefix):])
            return PhoneNumber(display, digits, prefix + inner.digits)
    try:
        parsed = phonenumbers.parse(digits, REGION)
    except phonenumbers.NumberParseException:
        raise ValueError(f"'{written}' is not a valid UK phone number. Check the digits.") from None
    if phonenumbers.is_valid_number(parsed):
        return PhoneNumber(display, digits, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    if shortnumberinfo.is_valid_short_number(parsed):
        return PhoneNumber(display, digits, digits)
    raise ValueError(f"'{written}' is not a valid UK phone number. Check the digits.")
