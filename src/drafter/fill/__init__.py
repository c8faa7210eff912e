"""Filling sentence templates with figures, recording where every number came from.

``loader`` finds and compiles the template files in a Jinja2 sandbox, ``book``
is what a template sees (figures looked up on demand, a stand-in for each
missing one), ``filters`` and ``wording`` put figures into English, and
``render`` fills a priority's templates for an area and period.
"""

from drafter.fill.render import fill, list_templates, render_template, stray_template_files
from drafter.fill.results import (
           PLACEHOLDER_RE,
           WRITER_NOTE_RE,
           FilledSentence,
           FillResult,
           TemplateInfo,
           placeholder,
)
from drafter.fill.wording import format_value, stored_value

__all__ = ["PLACEHOLDER_RE", "WRITER_NOTE_RE", "FillResult", "FilledSentence", "TemplateInfo", "fill", "format_value",
           "list_templates", "placeholder", "render_template", "stored_value", "stray_template_files"]
