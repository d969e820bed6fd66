"""Each English page's reading age: how many years of schooling its words and sentences ask of a reader.

GOV.UK writes for a reading age of 9, so that people read in a hurry, under
stress or in a second language can follow. The measure is the Flesch-Kincaid
grade level (a US school grade) plus 5, the usual conversion to a UK reading
age. It counts sentence and word length only, so it is a hint, never a rule.
"""

from __future__ import annotations

import re

import textstat

from ..errors import Problem
from ..translations.segments import extract
from .plain_words import _readable

TARGET = 9
GRADE_TO_AGE = 5
ENDS_SENTENCE = re.compile(r"[.!?:][\"”’)]*$")


def reading_age(source: str, file: str) -> Problem | None:
    """The page's reading age as a hint, or None when it has too little text to measure."""
    parts = []
    for unit in extract(source):
        text = _readable(unit.source).strip()
        if len(text.split()) < 2:
            continue  # a tag alone, such as the table of helplines
        parts.append(text if ENDS_SENTENCE.search(text) else f"{text}.")  # a heading or list item reads as one
    text = " ".join(parts)
    if len(text.split()) < 30:
        return None
    grade = textstat.flesch_kincaid_grade(text)
    age = max(GRADE_TO_AGE, round(grade + GRADE_TO_AGE))
    verdict = (f"GOV.UK writes for a reading age of {TARGET}: shorter sentences and everyday words bring it down."
               if age > TARGET else f"GOV.UK writes for a reading age of {TARGET}: this page is within it.")
    return Problem(file, None, f"reading age {age} (Flesch-Kincaid grade {grade:.1f}, plus {GRADE_TO_AGE}). {verdict}")
