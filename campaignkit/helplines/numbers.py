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


# What the UK numbering plan says a call costs, by the kind of number. Ofcom's rules (UK Calling, July 2015):
# 0800 and 0808 are free from landlines and mobiles; 03 costs no more than 01 or 02 and counts towards free
# minutes; 084, 087, 09 and 118 carry a service charge the organisation sets and must state.
FREE = "free"  # freephone, 999 and 112, 101 (free since April 2020), 111, 105, 116 xxx
LANDLINE = "landline"  # 01, 02
LANDLINE_RATE = "landline_rate"  # 03
MOBILE = "mobile"  # 07, except 070 and 076
SERVICE = "service"  # 084, 087, 09, 118: access charge plus the organisation's service charge
UNKNOWN = "unknown"  # the plan does not fix the cost (most short codes, 05, 070, 076)

_FREE_SHORT = ("999", "112", "101", "111", "105")
_KIND_WORDS = {
    FREE: "a free number",
    LANDLINE: "a landline number (starting 01 or 02)",
    LANDLINE_RATE: "an 03 number",
    MOBILE: "a mobile number",
    SERVICE: "a service number (starting 084, 087, 09 or 118)",
    UNKNOWN: "a number",
}


def call_cost_kind(phone: PhoneNumber) -> str:
    """The numbering plan's answer to "what does a call cost?"; a Relay UK number costs what its number costs."""
    digits = phone.digits
    for prefix in RELAY_PREFIXES:
        if digits.startswith(prefix) and len(digits) > len(prefix):
            digits = digits[len(prefix):]
    if digits.startswith(("084", "087", "09", "118")):
        return SERVICE
    if digits in _FREE_SHORT or re.fullmatch(r"116\d{3}", digits):
        return FREE
    parsed = phonenumbers.parse(digits, REGION)
    if not phonenumbers.is_valid_number(parsed):
        if shortnumberinfo.is_emergency_number(digits, REGION):
            return FREE
        return SERVICE if shortnumberinfo.expected_cost(parsed) == shortnumberinfo.ShortNumberCost.PREMIUM_RATE \
            else UNKNOWN
    kind = phonenumbers.number_type(parsed)
    return {
        phonenumbers.PhoneNumberType.TOLL_FREE: FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE: SERVICE,
        phonenumbers.PhoneNumberType.SHARED_COST: SERVICE,
        phonenumbers.PhoneNumberType.UAN: LANDLINE_RATE,
        phonenumbers.PhoneNumberType.FIXED_LINE: LANDLINE,
        phonenumbers.PhoneNumberType.MOBILE: MOBILE,
    }.get(kind, UNKNOWN)


def describe_kind(kind: str) -> str:
    """The kind of number in words, for messages to the comms team."""
    return _KIND_WORDS[kind]
