"""What tags and templates render with: the campaign, the strings and the theme's templates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import jinja2

from .configuration.model import Campaign
from .strings import Strings

BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass
class Renderer:
    campaign: Campaign
    strings: Strings
    env: jinja2.Environment
    locale: str = "en_GB"
    _modules: dict = field(default_factory=dict, repr=False)

    def render(self, template: str, **values: object) -> str:
        """Render a block template as one raw-HTML block Markdown leaves alone (no blank lines)."""
        html = self.env.get_template(template).render(**values)
        return BLANK_LINES.sub("\n", html).strip()

    def macro(self, template: str, name: str, *args: object) -> str:
        if template not in self._modules:  # a template's macros are built once per build, not per tag
            self._modules[template] = self.env.get_template(template).module
        return str(getattr(self._modules[template], name)(*args)).strip()
