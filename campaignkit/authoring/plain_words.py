"""Plain English: a sentence over 25 words, which GOV.UK's style guide advises against, is pointed out.

Long sentences are hard for anyone reading in a second language, or in a hurry,
and they translate worse. The check reads each paragraph a translator gets, so
links, bold and tags count as the words a reader sees.
"""

from __future__ import annotations

import re

from ..errors import Problem
from ..translations.segments import extract

LIMIT = 25
LINK_ADDRESS = re.compile(r"\]\{\d+\}|\]\([^)]*\)")
TAG = re.compile(r"\[\[[^\]]*\]\]")
ATTRIBUTES = re.compile(r"\{[^{}]*\}")
MARKUP = re.compile(r"[*_`\[\]]|<[^>]+>")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+")


def long_sentences(source: str, file: str) -> list[Problem]:
    """Each sentence longer than LIMIT words, at the line of its paragraph."""
    problems = []
    for unit in extract(source):
        for sentence in SENTENCE_END.split(_readable(unit.source)):
            words = sentence.split()
            if len(words) > LIMIT:
                start = " ".join(words[:8])
                problems.append(Problem(file, unit.line, f"the sentence \"{start} …\" has {len(words)} words. "
                                                         f"Plain English keeps sentences to {LIMIT} words or fewer: "
                                                         "split it in two."))
    return problems


def _readable(text: str) -> str:
    """The text as it reads: a tag is one word (a phone number), markup and link addresses are dropped."""
    text = TAG.sub("X", text)
    text = LINK_ADDRESS.sub("]", text)
    text = ATTRIBUTES.sub("", text)
    return MARKUP.sub("", text)
