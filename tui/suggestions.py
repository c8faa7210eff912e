"""What the Similar pane lists, and in what order (no terminal needed).

The pane searches twice for the paragraph under the cursor: under the
section's priority, and across every priority. The section's own matches
come first; past paragraphs under other priorities follow under "Closer
matches under other priorities" when they are clearly closer than anything
the section has (a higher relevance level, and half as much score again), since
writers mention knives under Homicide and fraud under Victims as a matter
of course. A list with nothing above ``weak`` says so, rather than dressing
the best of a poor lot up as a match; where the close matches were left out
because the draft already holds them (a paragraph copied forward has its own
history in every earlier statement), it says that, not that the corpus has
nothing like it.

The writer's own paragraph, and the past paragraph it was copied or inserted
from, are never suggested; nor is any past paragraph the draft already holds
(Enter would put it in twice).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

LEVEL_ORDER = {"close": 2, "related": 1, "weak": 0}
CLOSER_RATIO = 1.5
"""A match elsewhere must score at least this many times the section's best."""
CLOSER_LIMIT = 3
"""How many closer matches under other priorities are listed."""
OWN_BEFORE_CLOSER = 3
"""How many of the section's own matches come before the closer ones."""
NOTHING_CLOSE = "nothing close in the corpus"
NOTHING_ELSE_CLOSE = "nothing close the draft does not already hold"

ALL_PRIORITIES = "all"
SECTION = "section"


@dataclass
class HitGroup:
    """A run of hits under one title; ``named`` hits show their priority; ``note``
    says what the hits amount to (``nothing close in the corpus``)."""

    title: str
    hits: list = field(default_factory=list)
    named: bool = False
    note: str = ""

    @property
    def heading(self) -> str:
        return f"{self.title} · {self.note}" if self.note else self.title


def rank_of(hit) -> int:
    return LEVEL_ORDER.get(getattr(hit, "level", "weak"), 0)


def nothing_close(hits: list) -> bool:
    return not any(rank_of(hit) > 0 for hit in hits)


def nothing_close_note(hits: list, held_back: list) -> str:
    """What the pane says over ``hits`` when none is above weak (``held_back``:
    the matches left out because the draft holds them), or ""."""
    if not nothing_close(hits):
        return ""
    return NOTHING_CLOSE if nothing_close(held_back) else NOTHING_ELSE_CLOSE


def words(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True)
class Exclusions:
    """What must not be suggested for the paragraph under the cursor: its own
    words, and the past paragraph it came from (by statement and number, or by
    its words as copied, for an unnumbered one); and, ``held``, the same of
    every paragraph in the draft."""

    text: str = ""
    statement_id: int | None = None
    number: int | None = None
    copied: str = ""
    place: int | None = None  # an unnumbered source's place in its statement (p12)
    held: frozenset = frozenset()
    """Words, and (statement, number) pairs, of the paragraphs the draft holds and their sources."""

    @classmethod
    def for_paragraph(cls, text: str, origin=None) -> "Exclusions":
        if origin is None or getattr(origin, "kind", None) != "corpus":
            return cls(words(text))
        return cls(words(text), origin.statement_id, origin.number,
                   words(getattr(origin, "copied", None)), place=getattr(origin, "place", None))

    def holding(self, paragraphs) -> "Exclusions":
        """These exclusions, and every one of ``paragraphs`` (the draft's) with its source."""
        held = set()
        for paragraph in paragraphs:
            held.add(words(paragraph.text))
            origin = paragraph.origin
            if getattr(origin, "kind", None) == "corpus":
                held.add(words(getattr(origin, "copied", None)))
                if origin.number is not None:
                    held.add((origin.statement_id, origin.number))
                elif getattr(origin, "place", None) is not None:
                    held.add((origin.statement_id, "p", origin.place))
        return replace(self, held=frozenset(held - {""}))

    def excludes(self, hit) -> bool:
        text = words(hit.text)
        if text and (text in (self.text, self.copied) or text in self.held):
            return True
        place = getattr(hit, "statement_place", None)
        if hit.number is not None and (hit.statement_id, hit.number) in self.held \
                or hit.number is None and place is not None and (hit.statement_id, "p", place) in self.held:
            return True
        if self.statement_id is None or hit.statement_id != self.statement_id:
            return False
        if self.number is None and hit.number is None:
            return self.place is not None and place == self.place  # a web page's paragraph, by its place
        return self.number is not None and hit.number == self.number


def arrange(own: list, everywhere: list, *, section_name: str, priority: str | None,
            scope: str, limit: int, elsewhere: bool = True,
            held_back: tuple[list, list] = ([], [])) -> list[HitGroup]:
    """The pane's groups, from the section's hits (``own``) and every priority's.

    ``priority`` is None for the introduction and closing, which have no
    priority of their own: they, and the ``all`` scope, list one group of
    every priority's hits, each named. ``elsewhere`` False keeps to the
    section (searching with its heading, whose words name the priority).
    ``held_back`` is what each search found that the draft already holds
    (the section's, every priority's), left out by the caller.
    """
    held_own, held_everywhere = held_back
    if priority is None or scope == ALL_PRIORITIES:
        hits = everywhere[:limit]
        title = "All priorities" if priority is not None else section_name
        return [HitGroup(title, hits, named=True, note=nothing_close_note(hits, held_everywhere))]
    own = own[:limit]
    best = own[0] if own else None
    closer = [hit for hit in everywhere
              if elsewhere and hit.priority != priority and _clearly_closer(hit, best)][:CLOSER_LIMIT]
    note = nothing_close_note(own, held_own)
    if not closer:
        return [HitGroup(section_name, own, note=note)]
    first = [hit for hit in own if rank_of(hit) > 0][:OWN_BEFORE_CLOSER]
    rest = [hit for hit in own if hit not in first]
    groups = [HitGroup(section_name, first, note=note),
              HitGroup("Closer matches under other priorities", closer, named=True)]
    if rest:
        groups.append(HitGroup(f"More under {section_name}", rest))
    return groups


def _clearly_closer(hit, best) -> bool:
    if rank_of(hit) == 0:
        return False
    if best is None:
        return True
    return rank_of(hit) > rank_of(best) and hit.score >= best.score * CLOSER_RATIO
