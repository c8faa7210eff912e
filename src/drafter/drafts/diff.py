"""What changed between two revisions of a draft, section by section.

Paragraphs are compared as units (a paragraph is one line of the diff); a
paragraph that was edited rather than replaced is shown once, with the changed
words marked ``[-removed-]{+added+}``, because a long paragraph with one new
figure is unreadable as a pair of whole-line changes; one moved within its
section is shown once where it now stands, marked ``>``.
"""

from __future__ import annotations

import difflib
from collections import Counter

from drafter.drafts.model import CLOSE_EDIT_RATIO, Draft, DraftSection
from drafter.statement import SUBHEADING

HEADER_FIELDS = ("title", "board", "date", "presented_by", "area", "period")


def word_diff(old: str, new: str) -> str:
    """``old`` turned into ``new`` with removed words as ``[-...-]`` and added ones as ``{+...+}``."""
    old_words, new_words = old.split(), new.split()
    pieces: list[str] = []
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.extend(old_words[i1:i2])
            continue
        if i2 > i1:
            pieces.append("[-" + " ".join(old_words[i1:i2]) + "-]")
        if j2 > j1:
            pieces.append("{+" + " ".join(new_words[j1:j2]) + "+}")
    return " ".join(pieces)


# A table's rows stand on lines of their own under the table's line, so a row added or
# changed is seen as a row, not as words run on from the row before it.
_ROW_INDENT = "    "


def _edited(before: str, after: str) -> list[str]:
    if "\n" in before and "\n" in after:
        return [f"~ table ({before.partition(chr(10))[0]})"] + \
            [_ROW_INDENT + line for line in _paragraph_lines(before.split("\n"), after.split("\n"))]
    return ["~ " + word_diff(before, after)]


def _whole(mark: str, text: str) -> str:
    return mark + text.replace("\n", "\n" + _ROW_INDENT)


def _paragraph_lines(old: list[str], new: list[str]) -> list[str]:
    lines: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        removed, added = old[i1:i2], new[j1:j2]
        while removed and added:
            before, after = removed[0], added[0]
            if difflib.SequenceMatcher(None, before, after, autojunk=False).ratio() >= CLOSE_EDIT_RATIO:
                lines.extend(_edited(before, after))
                removed, added = removed[1:], added[1:]
            else:
                break
        lines.extend(_whole("- ", text) for text in removed)
        lines.extend(_whole("+ ", text) for text in added)
    return _moves(lines)


def _moves(lines: list[str]) -> list[str]:
    """A paragraph taken out in one place and put back word for word in another is shown once,
    where it now stands, as moved ("> "): not as one paragraph removed and another added."""
    moved = Counter(line[2:] for line in lines if line[:2] == "- ") & \
        Counter(line[2:] for line in lines if line[:2] == "+ ")
    if not moved:
        return lines
    dropped, marked, out = Counter(), Counter(), []
    for line in lines:
        text = line[2:]
        if line[:2] == "- " and dropped[text] < moved[text]:
            dropped[text] += 1
            continue
        if line[:2] == "+ " and marked[text] < moved[text]:
            marked[text] += 1
            line = "> " + text
        out.append(line)
    return out


def _section_lines(old: DraftSection | None, new: DraftSection | None) -> list[str]:
    lines: list[str] = []
    if old is None:
        lines.append("  section added")
    elif new is None:
        lines.append("  section removed")
    else:
        if old.heading != new.heading:
            lines.append(f"  heading: {old.heading!r} -> {new.heading!r}")
        if old.status != new.status:
            lines.append(f"  status: {old.status} -> {new.status}")
    lines += _paragraph_lines([p.text for p in old.paragraphs] if old else [],
                              [p.text for p in new.paragraphs] if new else [])
    return lines


def diff_drafts(old: Draft, new: Draft) -> str:
    """A readable diff of two drafts (usually two revisions of one draft)."""
    out = [f"--- revision {old.revision}", f"+++ revision {new.revision}"]
    for name in HEADER_FIELDS:
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            out.append(f"{name}: {before!r} -> {after!r}")
    old_sections = {s.key: s for s in old.sections}
    new_sections = {s.key: s for s in new.sections}
    keys = [s.key for s in new.sections] + [k for k in old_sections if k not in new_sections]
    changed = False
    for key in keys:
        lines = _section_lines(old_sections.get(key), new_sections.get(key))
        if lines:
            section = new_sections.get(key) or old_sections[key]
            out.append(f"@@ {section.heading} [{key}] @@")
            out.extend(lines)
            changed = True
    if len(out) == 2 and not changed:
        out.append(f"no differences between revisions {old.revision} and {new.revision}")
    return "\n".join(out) + "\n"


def _counted(count: int, what: str) -> str:
    return f"{count} {what}".replace("sub-heading", "sub-headings" if count != 1 else "sub-heading")


def _mark(line: str, new: DraftSection, old: DraftSection | None) -> str:
    """A diff line's mark, a sub-heading added or removed told from a paragraph: a sub-heading
    renamed is no paragraph added and one removed, which the list's paragraph count would belie."""
    text = line[2:]
    if line[:2] == "+ " and any(p.kind == SUBHEADING and p.text == text for p in new.paragraphs):
        return "+#"
    if line[:2] == "- " and old is not None and any(p.kind == SUBHEADING and p.text == text
                                                      for p in old.paragraphs):
        return "-#"
    return line[:2]


def summarise_changes(old: Draft, new: Draft, most_sections: int = 3) -> str | None:
    """What a save changed, in a line a revision list can show: "Serious violence: 1 ¶ added,
    2 edited; Homicide: marked done". None when nothing a writer sees changed."""
    parts = [f"{name.replace('_', ' ')} changed" for name in HEADER_FIELDS
             if getattr(old, name) != getattr(new, name)]
    old_sections = {s.key: s for s in old.sections}
    sections: list[str] = []
    for section in new.sections:
        before = old_sections.get(section.key)
        lines = _section_lines(before, section)
        if not lines:
            continue
        marks = [_mark(line, section, before) for line in lines]
        said = [_counted(marks.count(mark), word) for mark, word in
                (("+ ", "¶ added"), ("- ", "¶ removed"), ("~ ", "edited"), ("> ", "moved"),
                 ("+#", "sub-heading added"), ("-#", "sub-heading removed")) if marks.count(mark)]
        sources = _sources(section, [line[2:] for line, mark in zip(lines, marks) if mark == "+ "])
        if sources and said and said[0].endswith("¶ added"):
            said[0] += f" ({', '.join(sources)})"  # where the revision list can say what came from where
        if before is not None and before.status != section.status:
            said.append("marked done" if section.status == "done" else f"back to {section.status}")
        sections.append(f"{section.heading}: {', '.join(said)}" if said else section.heading)
    if len(sections) > most_sections:
        sections = sections[:most_sections] + [f"{len(sections) - most_sections} more sections"]
    return "; ".join(parts + sections) or None


def _sources(section: DraftSection, added: list[str]) -> list[str]:
    """Where the paragraphs added came from, each once: "statement 2 ¶6", "statement 1 p12",
    "template cyber-crime/fraud_reports" (the writer's own words name nothing)."""
    found: list[str] = []
    for paragraph in section.paragraphs:
        origin = paragraph.origin
        if _whole("", paragraph.text) not in added or origin.kind == "writer":
            continue
        if origin.kind == "template":
            where = f"template {origin.template}"
        else:
            at = f"¶{origin.number}" if origin.number is not None else f"p{origin.place}" if origin.place else ""
            where = f"statement {origin.statement_id} {at}".strip()
        if where not in found:
            found.append(where)
    return found
