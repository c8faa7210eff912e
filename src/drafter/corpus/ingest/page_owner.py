"""Whose website a saved page is from. The browser tab's title names the site
after the page ("National Policing Priorities | Surrey Police and Crime
Commissioner"), and so do the page's ``og:site_name`` and the office its
banner or footer names ("Office of the Police and Crime Commissioner for
Surrey"): the statement's own
force, though its text may name a partner force more often ("Surrey and
Sussex share a Major Crime Team") and its header, in the site's chrome, is
dropped with the navigation."""

from __future__ import annotations

import html
import re

from drafter.corpus.ingest.header import force_from
from drafter.forces import FORCE_NAMES, force_named

# The page's head is near its start; a page is not searched to its end for it.
HEAD_SEARCHED = 100_000
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SITE_NAME = re.compile(rb"<meta\s[^>]*property\s*=\s*[\"']og:site_name[\"'][^>]*content\s*=\s*[\"']([^\"']+)",
                        re.IGNORECASE)
# Where a tab's title sets the site's name apart from the page's: "Page | Site", "Page – Site".
_SITE_APART = re.compile(r"\s+[|–—-]\s+")
# The site's own banner and footer, and the office they name: "Office of the Police and Crime
# Commissioner for Surrey" (an office's name, never a partner force's "Sussex Police").
_CHROME = re.compile(rb"<(header|footer)\b[^>]*>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_OFFICE = re.compile(r"\bCommissioner for (?:[A-Z][\w&'’-]*(?:,? (?:and |& )?(?:the )?[A-Z][\w&'’-]*){0,6})")


def site_owner(data: bytes) -> str | None:
    """The site's name as the page gives it, when it names a force ("Surrey
    Police and Crime Commissioner"), else None."""
    head = data[:HEAD_SEARCHED]
    names = []
    if found := _SITE_NAME.search(head):
        names.append(_text(found.group(1)))
    if found := _TITLE.search(head):
        names += _SITE_APART.split(_text(found.group(1)))[1:]  # the first part is the page's own title
    for chrome in _CHROME.finditer(data):
        # Each element's text apart, so a link after the office's name is not read as part of it.
        words = " ".join(_TAG.sub(" | ", _text(chrome.group(2))).split())
        # Only one of the 43 forces: "the Victims' Commissioner for England and Wales" is no site's force.
        names += [office.group(0) for office in _OFFICE.finditer(words)
                  if force_named(force_from(office.group(0))) in FORCE_NAMES]
    return next((name for name in names if force_from(name) or force_named(name)), None)


def _text(raw: bytes) -> str:
    return " ".join(html.unescape(raw.decode("utf-8", errors="replace")).split())
