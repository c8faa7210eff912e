"""What changed since the statement this one follows.

Sections are aligned by priority (their key; a heading drafter does not
recognise is aligned by its wording). Paragraphs are aligned by similarity —
difflib's ratio over words, or over the words without figures and months for
last quarter's sentence with this quarter's figures, best pairs first, one to
one, at least ``MATCH_RATIO`` (0.5; :mod:`~drafter.review.checks.pairing`) —
not by number, so a renumbered paragraph is still the same paragraph. A matched pair is *unchanged* or *changed* (with a word-level
diff) and *moved* when it went to another section or changed its order within
the section (outside the longest run kept in order). Unmatched paragraphs are
*added* or *removed*. A paragraph split in two, or two joined in one, is
found by its sentences (:mod:`drafter.review.checks.parts`): the half left
over is *split* from the old paragraph, the second of two joined is no
removed paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.fill.wording import and_list
from drafter.review.checks import parts as paragraph_parts
from drafter.review.document import ReviewDocument, ReviewParagraph
from drafter.review.findings import Finding, shortened
from drafter.review.checks.pairing import MATCH_RATIO, full_ratio, kept_in_order, pairings, ratio_of, word_diff
from drafter.review.tokens import keys as keys_of, wording, words

@dataclass
class ParagraphChange:
    """One row of the side-by-side comparison.

    ``status`` is ``unchanged``, ``changed``, ``added`` or ``removed``;
    ``moved`` is None, ``section`` or ``position``. ``inserted`` holds
    character spans of the new paragraph's text that are new, ``deleted`` the
    spans of ``old_text`` that went: the old paragraph's text, the part of it a
    paragraph ``split_with`` another was split from, or the old paragraphs
    ``joined`` to it and the old paragraph, in their old order.
    """

    status: str
    new: ReviewParagraph | None
    old: ReviewParagraph | None
    similarity: float = 0.0
    moved: str | None = None
    moved_from: str | None = None
    inserted: list[tuple[int, int]] = field(default_factory=list)
    deleted: list[tuple[int, int]] = field(default_factory=list)
    ops: list[dict] = field(default_factory=list)
    split_with: ReviewParagraph | None = None
    kept_part: bool = False
    joined: list[ReviewParagraph] = field(default_factory=list)
    repeats: ReviewParagraph | None = None
    old_text: str | None = None

    @property
    def old_shown(self) -> str | None:
        """The old text the new paragraph is compared with."""
        return self.old_text if self.old_text is not None else self.old.text if self.old else None

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "moved": self.moved,
            "paragraph": self.new.number if self.new else None,
            "was": self.old.number if self.old else None,
            "was_section": self.old.section_label if self.old else None,
            "similarity": round(self.similarity, 3),
            "diff": self.ops if self.status == "changed" else [],
            "split_with": self.split_with.label if self.split_with else None,
            "joined": [old.label for old in self.joined],
            "repeats": self.repeats.label if self.repeats else None,
        }


@dataclass
class SectionChanges:
    label: str
    heading: str | None
    rows: list[ParagraphChange] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"section": self.label, "heading": self.heading,
                "paragraphs": [row.to_dict() for row in self.rows]}


@dataclass
class ChangeSet:
    against: dict | None
    sections: list[SectionChanges] = field(default_factory=list)
    note: str | None = None
    # A section out of its order in the statement compared with: its label → the
    # sections it came after there and comes after here (None: first).
    moved_sections: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        counts = {"unchanged": 0, "changed": 0, "added": 0, "removed": 0, "moved": 0}
        for section in self.sections:
            for row in section.rows:
                counts[row.status] += 1
                if row.moved:
                    counts["moved"] += 1
        return counts

    def to_dict(self) -> dict:
        return {"against": self.against, "note": self.note, "counts": self.counts(),
                "sections": [s.to_dict() for s in self.sections], "moved_sections": list(self.moved_sections)}


def _part_label(paragraph: ReviewParagraph) -> str | None:
    """The section a paragraph may be split or joined within; None for a sub-heading."""
    return None if paragraph.kind == "subheading" else paragraph.section_label


def compare(document: ReviewDocument, against: ReviewDocument | None,
            against_info: dict | None, note: str | None = None) -> ChangeSet:
    """Paragraph by paragraph changes since ``against``; with none, an empty
    change set carrying ``note`` (why there is nothing to compare with)."""
    if against is None:
        return ChangeSet(None, note=note or "no earlier statement of the same force to compare with")
    new_paragraphs = document.paragraphs()
    old_paragraphs = against.paragraphs()
    new_words = [words(p.text) for p in new_paragraphs]
    old_words = [words(p.text) for p in old_paragraphs]
    new_keys = [[w.key for w in found] for found in new_words]
    old_keys = [[w.key for w in found] for found in old_words]
    old_wording = [wording(found) for found in old_keys]
    scored = []
    # A paragraph said again (a body pasted twice, a repeated annex) is scored once.
    close_to: dict[tuple[str, ...], list[tuple[float, float, int]]] = {}
    for i, a in enumerate(new_keys):
        text = tuple(a)
        if text not in close_to:
            close_to[text] = pairings(a, old_keys, old_wording)
        scored += [(score, ratio, i, j) for score, ratio, j in close_to[text]]
    scored.sort(key=lambda item: (-item[0], -item[1], item[2], item[3]))
    match_of_new: dict[int, tuple[int, float]] = {}
    matched_old: set[int] = set()
    for _, ratio, i, j in scored:
        if i in match_of_new or j in matched_old:
            continue
        match_of_new[i] = (j, ratio)
        matched_old.add(j)
    parts = paragraph_parts.align(
        [(_part_label(p), p.text, found) for p, found in zip(new_paragraphs, new_words)],
        [(_part_label(p), p.text, found) for p, found in zip(old_paragraphs, old_words)],
        {i: j for i, (j, _) in match_of_new.items()}, ratio_of)
    for i, j in parts.paired.items():
        match_of_new[i] = (j, full_ratio(old_keys[j], new_keys[i]))
        matched_old.add(j)
    joined_old = {j for joined in parts.joined.values() for j in joined}
    new_of_old = {j: i for i, (j, _) in match_of_new.items()}
    # An old paragraph split in two: what the paragraph paired with it kept is the rest.
    split_off: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    for i, (j, span) in parts.split.items():
        split_off.setdefault(j, []).append((i, span))

    old_index = {id(p): j for j, p in enumerate(old_paragraphs)}
    new_index = {id(p): i for i, p in enumerate(new_paragraphs)}
    result = ChangeSet(against_info)
    new_by_label = _by_label(document)
    old_by_label = _by_label(against)
    result.moved_sections = _moved_sections(list(new_by_label), list(old_by_label))
    for label in [*new_by_label, *(label for label in old_by_label if label not in new_by_label)]:
        new_sections = new_by_label.get(label, [])
        old_sections = old_by_label.get(label, [])
        rows_new = [p for s in new_sections for p in s.paragraphs]
        old_here = [p for s in old_sections for p in s.paragraphs]
        rows: list[ParagraphChange] = []
        # Order moves within the section.
        same_section_pairs = []
        for paragraph in rows_new:
            i = new_index[id(paragraph)]
            if i in match_of_new:
                j = match_of_new[i][0]
                if old_paragraphs[j].section_label == label:
                    same_section_pairs.append((i, j))
        in_order = kept_in_order(same_section_pairs)
        moved_in_section = {same_section_pairs[k][0] for k in range(len(same_section_pairs))
                            if k not in in_order}
        removed = [p for p in old_here if old_index[id(p)] not in matched_old | joined_old]
        for paragraph in rows_new:
            i = new_index[id(paragraph)]
            if i in parts.split:
                j, (start, end) = parts.split[i]
                old = old_paragraphs[j]
                part = old.text[old_words[j][start].start:old_words[j][end - 1].end]
                same = new_keys[i] == old_keys[j][start:end]
                row = ParagraphChange("unchanged" if same else "changed", paragraph, old,
                                      full_ratio(old_keys[j][start:end], new_keys[i]),
                                      split_with=new_paragraphs[new_of_old[j]], old_text=part)
                if not same:
                    row.ops, row.inserted, row.deleted = word_diff(part, paragraph.text)
                rows.append(row)
                continue
            if i not in match_of_new:
                repeated = parts.repeats.get(i)
                rows.append(ParagraphChange("added", paragraph, None, repeats=None if repeated is None
                                            else old_paragraphs[repeated]))
                continue
            j, ratio = match_of_new[i]
            old = old_paragraphs[j]
            # Removed paragraphs that stood before this one's old position come first.
            while removed and old.section_label == label and old_index[id(removed[0])] < j:
                rows.append(ParagraphChange("removed", None, removed.pop(0)))
            joined = sorted([j, *parts.joined.get(i, [])])
            old_keys_here = [key for k in joined for key in old_keys[k]]
            same = new_keys[i] == old_keys_here
            row = ParagraphChange("unchanged" if same else "changed", paragraph, old, ratio)
            if i in parts.kept:
                start, end = parts.kept[i]
                row.kept_part = True
                row.old_text = old.text[old_words[j][start].start:old_words[j][end - 1].end]
                same = new_keys[i] == old_keys[j][start:end]
                row.status = "unchanged" if same else "changed"
                row.similarity = full_ratio(old_keys[j][start:end], new_keys[i])
            elif len(joined) > 1:
                row.joined = [old_paragraphs[k] for k in joined if k != j]
                row.old_text = " ".join(old_paragraphs[k].text for k in joined)
                row.similarity = full_ratio(old_keys_here, new_keys[i])
            elif j in split_off:
                kept = paragraph_parts.rest(old_words[j], [span for _, span in split_off[j]])
                if kept is not None:
                    row.split_with = new_paragraphs[split_off[j][0][0]]
                    row.old_text = old.text[old_words[j][kept[0]].start:old_words[j][kept[1] - 1].end]
                    same = new_keys[i] == old_keys[j][kept[0]:kept[1]]
                    row.status = "unchanged" if same else "changed"
                    row.similarity = full_ratio(old_keys[j][kept[0]:kept[1]], new_keys[i])
            if old.section_label != label:
                row.moved, row.moved_from = "section", old.section_label
            elif i in moved_in_section:
                row.moved = "position"
            if not same:
                row.ops, row.inserted, row.deleted = word_diff(row.old_shown, paragraph.text)
            rows.append(row)
        for paragraph in removed:
            rows.append(ParagraphChange("removed", None, paragraph))
        result.sections.extend(_split_by_section(label, new_sections or old_sections[:1], rows))
    return result


def _moved_sections(new: list[str], old: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """The sections both statements have that are out of the order the earlier one
    gave them (outside the longest run kept in order), with what each came after
    there and comes after here, among those sections."""
    shared = [label for label in new if label in old]
    kept = kept_in_order([(k, old.index(label)) for k, label in enumerate(shared)])
    in_old = sorted(shared, key=old.index)
    return {label: (in_old[in_old.index(label) - 1] if in_old.index(label) else None,
                    shared[k - 1] if k else None)
            for k, label in enumerate(shared) if k not in kept}


def _by_label(document: ReviewDocument) -> dict[str, list]:
    """The document's sections by label, in reading order: a heading met
    again (an annex repeating a priority) is compared as part of that
    priority, and listed as the section it stands in."""
    sections: dict[str, list] = {}
    for section in document.sections:
        sections.setdefault(section.label, []).append(section)
    return sections


def _split_by_section(label: str, sections: list, rows: list[ParagraphChange]) -> list[SectionChanges]:
    """A label's rows shared out among its sections: each paragraph's row to
    the section it stands in, a removed paragraph's to the section of the row
    after it (the first section's when none follows)."""
    parts = [SectionChanges(label, section.heading) for section in sections]
    part_of = {id(paragraph): part for part, section in zip(parts, sections) for paragraph in section.paragraphs}
    waiting: list[ParagraphChange] = []
    for row in rows:
        if row.new is None:
            waiting.append(row)
            continue
        part = part_of[id(row.new)]
        part.rows.extend(waiting)
        part.rows.append(row)
        waiting = []
    parts[0].rows.extend(waiting)
    return parts


def findings(changes: ChangeSet, carried_over: dict | None = None) -> list[Finding]:
    """One info finding per added, changed or moved paragraph, and one for
    each section's removed paragraphs (a rewritten page can drop dozens of
    last quarter's bullets; a line each buried the errors among them).
    ``carried_over`` gives the past paragraph (:class:`~drafter.review.checks.reuse.PastParagraph`)
    a paragraph new since the statement compared with was taken from (an older
    statement, inserted from the corpus): it is not new writing, and the
    finding says so; taken from the statement compared with, whose paragraph
    another one here follows, it is that paragraph's words said again."""
    carried_over = carried_over or {}
    found: list[Finding] = []
    name = _against_name(changes.against)
    followed = {tuple(keys_of(row.old.text)): row for section in changes.sections for row in section.rows
                if row.old is not None and row.new is not None}
    # A repeated heading's sections share its removed paragraphs: said once, at the first.
    removed_under: dict[str, list[ReviewParagraph]] = {}
    for section in changes.sections:
        removed_under.setdefault(section.label, []).extend(
            row.old for row in section.rows if row.status == "removed")
    for section in changes.sections:
        if section.label in changes.moved_sections and section.label in removed_under:
            before, now = changes.moved_sections[section.label]
            found.append(Finding("changed-paragraph", section.label, None,
                                 f"section moved: in {name} it came {_after(before)}; here it comes {_after(now)}",
                                 section.heading or section.label))
        removed = removed_under.pop(section.label, [])
        if len(removed) == 1:
            found.append(Finding("changed-paragraph", section.label, None,
                                 f"removed: {removed[0].label} of {name} is not in this one",
                                 shortened(removed[0].text)))
        elif removed:
            numbers = [old.number for old in removed]
            listed = "" if None in numbers else \
                " (" + ", ".join(f"¶{n}" for n in numbers[:-1]) + f" and ¶{numbers[-1]})"
            found.append(Finding("changed-paragraph", section.label, None,
                                 f"removed: {len(removed)} paragraphs of {name} are not in this one{listed}",
                                 shortened(removed[0].text)))
        for row in section.rows:
            if (row.status == "unchanged" and not (row.moved or row.joined or row.split_with or row.kept_part)) \
                    or row.status == "removed":
                continue
            new = row.new
            if row.status == "added":
                message = _added(carried_over.get((new.section_label, new.index)), changes.against, name, followed)
                if row.repeats is not None and message.startswith("new paragraph"):
                    follows = followed.get(tuple(keys_of(row.repeats.text)))
                    message = (f"said again: reads as part of {row.repeats.label} of {name}"
                               + (f", which {follows.new.label} here also follows" if follows else ""))
                elif message.startswith("new paragraph") and (new.origin or {}).get("kind") == "template":
                    # A sentence the draft filled from a template is no writer's new wording: say whose.
                    edited = ", then edited" if new.origin.get("edited") else ""
                    message += f": filled from the template {new.origin.get('template')}{edited}"
                evidence = shortened(new.text)
            else:
                parts = []
                inserted = sum(len(op["new"].split()) for op in row.ops if op["op"] in ("insert", "replace"))
                deleted = sum(len(op["old"].split()) for op in row.ops if op["op"] in ("delete", "replace"))
                size = f"{row.similarity:.0%} similar; +{inserted} / −{deleted} words"
                if row.split_with is not None:
                    parts.append(f"split from {row.old.label} of {name}, whose other part is {row.split_with.label}: "
                                 + (f"changed from its part ({size})" if row.status == "changed" else "its part unchanged"))
                elif row.kept_part:
                    parts.append(f"cut down from {row.old.label} of {name}, the rest of it left out: "
                                 + (f"changed from the part kept ({size})" if row.status == "changed"
                                    else "the part kept unchanged"))
                elif row.joined:
                    joined = sorted([row.old, *row.joined], key=lambda old: old.index)
                    parts.append(f"joined from {and_list([old.label for old in joined])} of "
                                 f"{name} " + (f"({size})" if row.status == "changed" else "(words unchanged)"))
                elif row.status == "changed":
                    parts.append(f"changed from {row.old.label} of {name} ({size})")
                else:
                    parts.append(f"unchanged from {row.old.label} of {name}")
                if row.moved == "section":
                    parts.append(f"moved from section {row.moved_from}")
                elif row.moved == "position":
                    parts.append("moved within the section")
                message = "; ".join(parts)
                evidence = diff_summary(row.ops) if row.status == "changed" else shortened(new.text)
            found.append(Finding("changed-paragraph", section.label, new.number, message, evidence,
                                 index=new.index))
    return found


def _after(label: str | None) -> str:
    return f"after {label}" if label else "first"


def _added(past, against: dict | None, name: str, followed: dict) -> str:
    """What a paragraph not in the statement compared with is: new, or carried over."""
    if past is None:
        return f"new paragraph (nothing like it in {name})"
    if against and past.statement_id == against.get("statement_id"):
        row = followed.get(tuple(keys_of(past.text)))
        if row is not None:
            return (f"said again: its words are those of {row.old.label} of {name}, which {row.new.label} "
                    "here also follows; not new writing")
        return f"not new writing: carried over from {past.origin}"
    return f"not in {name}, but not new writing: carried over from {past.origin}"


def diff_summary(ops: list[dict], limit: int = 240) -> str:
    """The changes in a compact ``[-old-]{+new+}`` form."""
    parts = []
    for op in ops:
        if op["op"] == "equal":
            continue
        if op["old"]:
            parts.append(f"[-{op['old']}-]")
        if op["new"]:
            parts.append(f"{{+{op['new']}+}}")
    text = " ".join(parts)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _against_name(against: dict | None) -> str:
    if not against:
        return "the earlier statement"
    return f"statement {against['statement_id']} ({against.get('date') or 'undated'})"
