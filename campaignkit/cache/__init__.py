"""Caches that make a build do each piece of work once: within a build (every language shares them) and
across builds (kept on disk under `.cache/campaignkit/` beside mkdocs.yml). Every entry is keyed by the
content it was made from, so a changed input always misses and is made afresh."""

from .ahead import Ahead, Job
from .files import FileCache, cache_folder
from .memo import Memo
from .templates import TemplateCache, compile_ahead, template_cache

__all__ = ["Ahead", "FileCache", "Job", "Memo", "TemplateCache", "cache_folder", "compile_ahead", "template_cache"]
