"""What a statement's text says, as opposed to how it is laid out: whether a
file is about the national priorities at all, which short lines are the
sub-headings offices repeat under every priority, which are lead-ins to a
list, who signs it, what is a web page's furniture rather than its text, and
the header row of the Home Office template table.
"""

from __future__ import annotations

import re

from drafter.priorities import CLOSING, PRIORITY_IDS, is_annex_heading

# Phrases only a statement on the priorities uses.
_ABOUT_THE_PRIORITIES = re.compile(
    r"specified\s+information|national\s+(?:policing\s+)?priorities|"
    r"national\s+crime\s+and\s+policing\s+measures|national\s+policing\s+measures",
    re.IGNORECASE)

# How text names each priority (any one pattern is enough).
_PRIORITY_NAMES = {
    "homicide": r"\bmurders?\b|\bhomicides?\b",
    "serious-violence": r"\bserious\s+violence\b",
    "drugs-county-lines": r"\bcounty\s+lines?\b|\bdrugs?\s+supply\b|\bsupply\s+of\s+drugs\b",
    "neighbourhood-crime": r"\bneighbourhood\s+crimes?\b",
    "victim-satisfaction": r"\bvictims?\s+satisfaction\b|\bsatisfaction\s+(?:of|among|amongst)\s+victims\b"
                           r"|\bvictim\s+satisfaction\b",
    "cyber-crime": r"\bcyber\s*-?\s*crimes?\b|\bfraud\b",
}
_PRIORITY_PATTERNS = {key: re.compile(pattern, re.IGNORECASE) for key, pattern in _PRIORITY_NAMES.items()}
# Naming this many of the six is a statement's doing; a news page names one or two.
PRIORITIES_NAMED_FOR_A_STATEMENT = 4

# Words of the sub-headings offices repeat under each priority ("A summary of
# quarterly performance:", "Reflections on force performance", "Summary of
# planned activity", "Next steps").
_SUBHEADING_WORDS = {
    "summary", "reflections", "reflection", "planned", "performance", "activity", "activities",
    "progress", "update", "overview", "highlights", "achievements", "actions", "outcomes",
    "challenges", "context", "ahead", "steps", "delivery", "data", "insight", "assessment", "figures",
    "statistics", "headlines",
}
# The last word of a lead-in to a list ("Work this quarter has included:").
_LEAD_IN_ENDINGS = {
    "include", "includes", "included", "including", "are", "is", "were", "was", "have", "has",
    "had", "follows", "following", "below", "been", "by", "to", "of", "as", "with", "that",
    "we", "will", "where", "which", "these",
}
_WORD = re.compile(r"[a-z]+")

# The Home Office template's columns: "Priority area", "National metrics and
# data source", "Crime levels and time period".
_TEMPLATE_COLUMNS = (re.compile(r"\bpriority\s+areas?\b", re.I),
                     re.compile(r"\bmetrics?\b|\bdata\s+source\b", re.I),
                     re.compile(r"\blevels?\b|\btime\s+period\b", re.I))


def priorities_named(text: str) -> set[str]:
    """The priorities ``text`` names, by their usual wording."""
    return {key for key, pattern in _PRIORITY_PATTERNS.items() if pattern.search(text)}


def is_about_the_priorities(text: str) -> bool:
    """Does ``text`` read as a statement on the national priorities (by what it says)?"""
    if _ABOUT_THE_PRIORITIES.search(text):
        return True
    return len(priorities_named(text)) >= PRIORITIES_NAMED_FOR_A_STATEMENT


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def is_lead_in(text: str) -> bool:
    """A line introducing a list: it ends in ":" after a word that needs the list to finish it."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return False
    words = _words(stripped)
    return bool(words) and words[-1] in _LEAD_IN_ENDINGS


def is_subheading_wording(text: str) -> bool:
    """A short line worded like the sub-headings offices repeat under each priority;
    never an annex's heading ("Annex B: Performance figures" after the closing
    section opens an annex, whatever words it shares with a sub-heading)."""
    if is_lead_in(text) or is_annex_heading(text):
        return False
    words = _words(text)
    return 0 < len(words) <= 10 and any(word in _SUBHEADING_WORDS for word in words)


# A web page's own furniture, kept when its text is copied or printed from the
# browser: "Skip to main content", breadcrumbs, "Back to top", share and
# feedback prompts, the copyright line.
_FURNITURE_LINE = re.compile(
    r"^(?:skip to (?:the )?(?:main )?content|(?:back|return|go) to (?:the )?top|top of (?:the )?page|"
    r"share (?:this|on)\b.{0,30}|was this page (?:helpful|useful)\b.{0,20}|home\s*[>»›/|].*|"
    r"(?:©|\(c\)|copyright\b).{0,100})[\s↑^▲]*$", re.IGNORECASE)
# Words of a site's menus and footer links, a line of nothing else being one of them.
_MENU_WORDS = {"home", "about", "news", "contact", "us", "transparency", "accessibility", "privacy",
               "notice", "cookies", "cookie", "policy", "settings", "facebook", "x", "twitter", "linkedin",
               "email", "instagram", "youtube", "yes", "no", "sitemap", "terms", "search", "menu", "and"}


def is_site_furniture(line: str) -> bool:
    """A line of a web page's furniture rather than of the statement."""
    line = line.strip()
    if _FURNITURE_LINE.match(line):
        return True
    words = _words(line)
    return len(words) >= 2 and len(line) <= 120 and all(word in _MENU_WORDS for word in words)


_SIGNATORY_ROLE = re.compile(r"\b(?:commissioner|chief\s+constable|chief\s+executive|mayor)\b", re.I)


def is_signatory_role(text: str) -> bool:
    """A line naming who signs a statement ("Police and Crime Commissioner for Cheshire")."""
    return bool(_SIGNATORY_ROLE.search(text))


def is_template_header(cells: list[str]) -> bool:
    """The header row of the Home Office template table, however each column is worded."""
    if len(cells) < 2 or not _TEMPLATE_COLUMNS[0].search(cells[0]):
        return False
    return all(any(pattern.search(cell) for cell in cells[1:]) for pattern in _TEMPLATE_COLUMNS[1:])


def heading_key(text: str) -> str:
    """A heading's wording reduced for comparing repeats ("Summary of planned activity:")."""
    return " ".join(_words(text))


def inner_headings(items) -> set[str]:
    """The wording (:func:`heading_key`) of the headings drafter cannot name that
    are sub-headings wherever they stand: one that recurs (under every priority,
    say); and, where headings carry no level (plain text, a PDF), one set between
    a priority's heading and the next priority's or the closing one's, once each
    of the six priorities has a heading of its own, so that it can be no priority
    ("Work with partners" under "Reduce murder and other homicide" in a statement
    exported as text)."""
    headings = [item for item in items if item.heading]
    seen: dict[str, int] = {}
    for item in headings:
        if item.priority is None:
            key = heading_key(item.text)
            seen[key] = seen.get(key, 0) + 1
    inner = {key for key, count in seen.items() if count > 1 and key}
    if not set(PRIORITY_IDS) <= {item.priority for item in headings}:
        return inner
    current = None
    for index, item in enumerate(headings):
        if item.priority is not None:
            current = item.priority
            continue
        following = next((later.priority for later in headings[index + 1:] if later.priority is not None), None)
        if item.level is None and current in PRIORITY_IDS and (following in PRIORITY_IDS or following == CLOSING) \
                and not is_annex_heading(item.text):
            inner.add(heading_key(item.text))
    inner.discard("")
    return inner


NO_STATEMENT = ("no statement found (no priority headings, numbered paragraphs under "
                "section headings, or mention of the national policing priorities)")


def why_not_a_statement(items) -> str:
    """What was missing, naming the priority headings that were there."""
    headings = list(dict.fromkeys(item.text.strip() for item in items if item.priority is not None))
    if not headings:
        return NO_STATEMENT
    return (f"no statement found: only {len(headings)} priority heading{'s' if len(headings) != 1 else ''} "
            f"({', '.join(headings)}), with no numbered paragraphs and no mention of the national policing "
            f"priorities; a statement names at least {PRIORITIES_NAMED_FOR_A_STATEMENT} priorities or says "
            "what it is about")
