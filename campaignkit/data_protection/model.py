"""What the privacy page must tell readers about server logs (UK GDPR Article 13), set once per force.

Who the controller is, how to reach them and their data protection officer, who
hosts the site and where, how long logs are kept and on what lawful basis. They
differ from force to force, so they are settings the build requires, not
sentences a force has to find and edit in a page.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..configuration.reader import Reader

# UK GDPR Article 6(1): the lawful bases that fit server logs. A police force uses public task:
# public authorities may not rely on legitimate interests for their tasks.
LAWFUL_BASES = ("public_task", "legitimate_interests")
KEYS = ("controller", "contact", "dpo", "host", "host_location", "log_retention_days", "lawful_basis", "safeguards")


@dataclass(frozen=True)
class DataProtection:
    controller: str  # who decides what is done with the data: for a force, usually its Chief Constable
    contact: str  # the controller's email address for data questions
    dpo: str  # the data protection officer's email address
    host: str  # the company that runs the server and receives its logs
    host_location: str  # where the logs are kept, in words ("the United Kingdom")
    log_retention_days: int
    lawful_basis: str = "public_task"
    safeguards: str | None = None  # how logs kept outside the UK are protected


def read_data_protection(root: Reader) -> DataProtection | None:
    section = root.section("data_protection")
    if section is None:
        return None
    section.allow(*KEYS)
    values = dict(
        controller=section.text("controller"),
        contact=section.email("contact"),
        dpo=section.email("dpo"),
        host=section.text("host"),
        host_location=section.text("host_location"),
        log_retention_days=_days(section),
        lawful_basis=section.choice("lawful_basis", LAWFUL_BASES, required=False, default="public_task"),
        safeguards=section.text("safeguards", required=False),
    )
    if any(values[key] is None for key in KEYS if key != "safeguards"):
        return None
    return DataProtection(**values)


def _days(section: Reader) -> int | None:
    value = section.data.get("log_retention_days")
    if value is None:
        section.error(None, "the setting 'log_retention_days' is missing: expected how many days the server "
                            "keeps its logs (ask the hosting company), such as 30.")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        section.error("log_retention_days", f"expected a whole number of days, such as 30, not '{value}'.")
        return None
    return value
