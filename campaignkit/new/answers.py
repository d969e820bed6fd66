"""Collect the answers: from an answers file (for scripts and tests), or by asking one question at a time.

Every answer is checked as it comes. A file with a wrong or missing answer is
refused whole, naming its line and the question, so nothing is written from it.
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any, Callable

import yaml

from ..configuration.locate import Key, Locator
from ..configuration.reader import Reader, Sink
from ..errors import CampaignError, Problem
from ..helplines.model import _read_helpline
from .questions import KEYS, QUESTIONS, Answers, Question, topic as check_topic

HELPLINE_PROMPTS = (("id", "A short id for the helpline, in lower-case letters and hyphens"),
                    ("name", "Its name"), ("summary", "One sentence on who it is for"),
                    ("number", "Its phone number"), ("hours", "When it is open"),
                    ("free", "Are calls to it free (yes or no)?"),
                    ("source", "The web page where you checked these facts"))


LABELS = {question.key: question.label for question in QUESTIONS}


class AnswerSink(Sink):
    """Problems in the answers file, labelled by question rather than by mkdocs.yml setting."""

    def add(self, path: tuple[Key, ...], message: str) -> None:
        parts = [f"item {k + 1}" if isinstance(k, int) else str(k) for k in path]
        if parts and parts[0] in LABELS:
            parts[0] = f"{parts[0]} ({LABELS[parts[0]]})"
        where = " → ".join(parts)
        self.problems.append(Problem(self.file, self.locator.line(path), f"{where}: {message}" if where else message))


def from_file(path: Path, topic: str | None = None) -> Answers:
    """Read and check every answer in `path`; raise CampaignError listing each problem with its line."""
    name = str(path)
    if not path.is_file():
        raise CampaignError([Problem(name, None, "the answers file was not found. Check its name and folder.")])
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        raise CampaignError([Problem(name, None, "the answers file cannot be read. Save it as UTF-8 text.")]) from None
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        raise CampaignError([Problem(name, line + 1 if line is not None else None,
                                     "this is not valid YAML. Check the indentation and the colons.")]) from None
    if not isinstance(data, dict):
        raise CampaignError([Problem(name, 1, "the answers file must be a list of 'question: answer' lines.")])
    locator = Locator.for_document(path)
    sink = AnswerSink(name, locator)
    for key in data:
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f"Did you mean '{close[0]}'?" if close else f"The questions are: {', '.join(KEYS)}."
            sink.add((key,), f"'{key}' is not a question Campaign Kit asks. {hint}")
    answers: Answers = {"_folder": path.resolve().parent}
    if topic:
        answers["topic"] = check_topic(topic, answers)
    for question in QUESTIONS:
        if question.key in answers:
            continue
        try:
            if data.get(question.key) is None:
                if question.default is None:
                    sink.add((), f"the answer to '{question.key}' ({question.label}) is missing: "
                                 f"{question.prompt.rstrip('?')}?")
                    continue
                answers[question.key] = question.default(answers)
            elif question.kind == "helplines":
                answers[question.key] = _helplines(data[question.key], sink, answers)
            else:
                answers[question.key] = question.check(data[question.key], answers)
        except ValueError as error:
            sink.add((question.key,), str(error))
        except KeyError:
            continue  # an earlier answer it depends on was wrong: that one is reported
    if sink.problems:
        raise CampaignError(sink.problems)
    return answers


def _helplines(value: Any, sink: Sink, answers: Answers) -> list[dict]:
    """The force's own helplines, checked as the build checks helplines in mkdocs.yml."""
    if not isinstance(value, list):
        raise ValueError("list each helpline with '- id:', 'name:', 'number:', 'free:' and the other settings.")
    taken = {str(entry["id"]) for entry in answers["topic"].data["helplines"]}
    kept = []
    for index, entry in enumerate(value):
        reader = Reader(entry, sink, ("helplines", index))
        if not isinstance(entry, dict):
            reader.error(None, "expected settings ('name: value' lines) in this helpline.")
            continue
        helpline = _read_helpline(reader)
        if helpline is not None and helpline.id in taken:
            reader.error("id", f"the topic already has a helpline with the id '{helpline.id}'. Choose another id.")
        elif helpline is not None:
            taken.add(helpline.id)
            kept.append(dict(entry))
    return kept


def ask(topic: str | None = None, read: Callable[[str], str] = input,
        say: Callable[[str], None] = print) -> Answers:
    """Ask each question in turn; a wrong answer is explained and the question asked again."""
    answers: Answers = {"_folder": Path.cwd()}
    if topic:
        answers["topic"] = check_topic(topic, answers)
    for question in QUESTIONS:
        if question.key in answers:
            continue
        if question.asked(answers):
            answers[question.key] = _ask_one(question, answers, read, say)
        else:
            answers[question.key] = question.default(answers) if question.default else None
    return answers


def _ask_one(question: Question, answers: Answers, read: Callable[[str], str], say: Callable[[str], None]) -> Any:
    default = question.default(answers) if question.default else None
    while True:
        if question.kind == "list":
            say(f"{question.prompt} Type one line at a time, and press Enter on an empty line to finish.")
            given: Any = _read_lines(read)
        elif question.kind == "helplines":
            return _ask_helplines(question, answers, read, say)
        else:
            shown = _shown(default)
            given = read(f"{question.prompt}{f' [{shown}]' if shown else ''}: ").strip()
        if given in ("", []):
            if question.default is not None:
                return default
            say(f"Please answer this question: it is needed for the {question.label}.")
            continue
        try:
            return question.check(given, answers)
        except ValueError as error:
            say(f"That answer cannot be used: {error}")


def _ask_helplines(question: Question, answers: Answers, read: Callable[[str], str],
                   say: Callable[[str], None]) -> list[dict]:
    found: list[dict] = []
    while _yes(read(f"{question.prompt if not found else 'Add another helpline?'} [no]: ")):
        entry: dict[str, Any] = {}
        for key, prompt in HELPLINE_PROMPTS:
            value = read(f"  {prompt}: ").strip()
            if value:
                entry[key] = _yes(value) if key == "free" else value
        entry["checked"] = dt.date.today()  # the facts were given just now
        sink = AnswerSink("your answers", Locator(None))
        checked = _helplines([entry], sink, answers)
        if sink.problems:
            say("That helpline cannot be used: " + " ".join(p.message for p in sink.problems))
            say("You can add it later in mkdocs.yml (see the editing guide).")
            continue
        found += checked
    return found


def _read_lines(read: Callable[[str], str]) -> list[str]:
    found = []
    while line := read("  ").strip():
        found.append(line)
    return found


def _yes(value: str) -> bool:
    return value.strip().lower() in ("y", "yes", "true")


def _shown(default: Any) -> str:
    if default is None:
        return ""
    if isinstance(default, list):
        return " ".join(str(item) for item in default)
    return str(default)
