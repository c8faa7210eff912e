"""A finding: one thing a reviewer should look at, tied to a paragraph.

Severity follows what the finding means for the board, not how sure the check
is:

* ``error`` — the text contradicts itself or the figures, or the statement
  misses what the Order requires: ``arithmetic``, ``direction``,
  ``missing-priority``, ``wrong-rank`` (a rank or national comparison every
  force's figures contradict, or "the lowest since 2019" the force's own
  earlier figures do), ``wrong-figure`` (a count that names its
  measure and period and differs from the stored figure), ``missing-figure``
  (a filled sentence still holding the placeholder for a figure drafter
  did not have), ``note-left`` (a note the writer left to come back to:
  "TODO", "[insert rate]", a template's "{{ rate }}").
* ``warning`` — probably needs fixing before publication: ``stale-figure``,
  ``unverified-figure``, ``stale-date``, ``undefined-acronym``,
  ``inconsistent-acronym``, ``missing-applicability``, ``missing-section``
  (no statutory opening naming the Order, or nothing saying how often the
  statement is published), ``not-rolled`` (what
  rolling a statement forward left for the writer), ``truncated`` (the file
  stops mid-text), ``unverified-rank`` (a rank or national comparison that
  cannot be checked without every force's figures), ``repeated-sentence``
  (a sentence of eight words or more the statement already says),
  ``degree-word`` ("rose slightly" of a change of 12.4%, "a sharp fall" of one
  of 0.8%).
  ``unverified-rank`` is also "the lowest since 2019" with no earlier period
  of the force's stored to compare with.
* ``info`` — worth knowing while reading: ``changed-paragraph`` (since the
  same force's earlier statement), ``copied-paragraph`` (carried over from
  the same force's earlier statements), ``other-force-wording`` (wording as
  another force wrote it), ``plain-english``, ``record-partly-checked``
  ("the lowest the force has recorded": it holds against every earlier period
  stored, which do not reach back as far as it does).
"""

from __future__ import annotations

from dataclasses import dataclass

SEVERITY_BY_KIND: dict[str, str] = {
    "arithmetic": "error",
    "direction": "error",
    "missing-priority": "error",
    "wrong-rank": "error",
    "wrong-figure": "error",
    "missing-figure": "error",
    "note-left": "error",
    "stale-figure": "warning",
    "unverified-figure": "warning",
    "stale-date": "warning",
    "undefined-acronym": "warning",
    "inconsistent-acronym": "warning",
    "missing-applicability": "warning",
    "missing-section": "warning",
    "not-rolled": "warning",
    "truncated": "warning",
    "unverified-rank": "warning",
    "repeated-sentence": "warning",
    "degree-word": "warning",
    "changed-paragraph": "info",
    "copied-paragraph": "info",
    "other-force-wording": "info",
    "plain-english": "info",
    "record-partly-checked": "info",
}
KINDS: tuple[str, ...] = tuple(SEVERITY_BY_KIND)
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass
class Finding:
    """One finding.

    ``section`` is the section key (a priority id, ``introduction``,
    ``closing``) or, for a statement section drafter does not recognise, its
    heading. ``paragraph`` is the printed paragraph number (None for an
    unnumbered paragraph or a finding about a whole section); ``index`` is the
    paragraph's position under its section label (0-based, counted on through
    a second section under the same heading; None for a whole section) so a
    front end can jump to unnumbered paragraphs too.
    """

    kind: str
    section: str | None
    paragraph: int | None
    message: str
    evidence: str = ""
    index: int | None = None
    severity: str = ""

    def __post_init__(self) -> None:
        if self.kind not in SEVERITY_BY_KIND:
            raise ValueError(f"unknown finding kind {self.kind!r}")
        if not self.severity:
            self.severity = SEVERITY_BY_KIND[self.kind]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "severity": self.severity, "section": self.section,
                "paragraph": self.paragraph, "index": self.index, "message": self.message,
                "evidence": self.evidence}


def shortened(text: str, limit: int = 160) -> str:
    """A finding's evidence on one line, cut with an ellipsis past ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
