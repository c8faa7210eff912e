"""Which area a spreadsheet's row names.

Every name goes through :func:`drafter.forces.force_named`, so "Devon &
Cornwall", "London, City of" and "Metropolitan Police [note 6]" become the
43 forces' canonical names; "England and Wales" is an area of its own, and so
is each local area the workspace's settings list (the fictional sample
forces, a partnership area). Bodies that report crime but police no area
(British Transport Police, the fraud reporting centres, and in UK tables
Police Scotland and the Police Service of Northern Ireland) are left out and
listed, and so are rows of averages (a most similar group's, the nation's). Regions and countries are not areas: a wide table leaves their rows
out (:mod:`.regions` settles the two names that are a region's and a
force's). "Total" and "All forces" are marked as totals, England and Wales
only where a wide table shows they are. Anything else is an unknown area,
reported with the closest known names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.forces import (FORCES, LONGEST_NAME, clean_name, closest_forces, force_named, too_long_for_a_name,
                            unknown_name)

# Reported in the Home Office's tables beside the 43 forces, but with no police force area.
NOT_TERRITORIAL = {
    "british transport police": "British Transport Police",
    "btp": "British Transport Police",
    "action fraud": "Action Fraud",
    "cifas": "CIFAS",
    "uk finance": "UK Finance",
    "national fraud intelligence bureau": "National Fraud Intelligence Bureau",
    # UK tables' forces outside England and Wales, and the national forces policing no area of it.
    "police scotland": "Police Scotland", "police service of scotland": "Police Scotland",
    "police service of northern ireland": "Police Service of Northern Ireland",
    "psni": "Police Service of Northern Ireland",
    "ministry of defence police": "Ministry of Defence Police", "civil nuclear constabulary": "Civil Nuclear Constabulary",
}
# The ONS regions (and the countries) by the names tables give them, some shortened ("East").
REGIONS: dict[str, str] = {
    **{force.region.casefold(): force.region for force in FORCES},
    "east": "East of England", "eastern": "East of England",
    "yorkshire and humber": "Yorkshire and the Humber", "england": "England",
    "scotland": "Scotland", "northern ireland": "Northern Ireland", "united kingdom": "United Kingdom",
}
# A table's foot: the sum of the rows above, whatever they are.
TOTALS = frozenset({"total", "totals", "grand total", "all forces", "all police forces",
                    "total all forces", "all police force areas"})

# A row of averages ("Most similar group average", "MSG 3 mean", "England and Wales
# average"): no force's name holds these words, and an average is no area's figure.
_AVERAGE = re.compile(r"\b(?:average|mean|median)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Named:
    """What a row's name is: an ``area`` to store figures for, a body
    ``left_out`` (no police force area), or neither (unknown). ``region`` is
    the region or country the name (also) gives ("West Midlands" is both a
    force and a region; "London" the Metropolitan Police's and a region's).
    ``total`` marks a table's "Total" or "All forces" row."""

    text: str
    area: str | None = None
    left_out: str | None = None
    region: str | None = None
    total: bool = False


class Areas:
    """Resolves names against the 43 forces, England and Wales and the
    workspace's ``local`` areas, remembering each answer (an open-data file
    names the same 44 areas a quarter of a million times)."""

    def __init__(self, local: tuple[str, ...] = ()):
        self.local = tuple(dict.fromkeys(name.strip() for name in local if name and name.strip()))
        self._seen: dict[str, Named] = {}

    def named(self, text: object) -> Named:
        key = str(text)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._resolve(key)
        return found

    def _resolve(self, text: str) -> Named:
        cleaned = clean_name(text)
        folded = " ".join(cleaned.replace("&", " and ").casefold().split())
        body = NOT_TERRITORIAL.get(folded) or NOT_TERRITORIAL.get(folded.removesuffix(" police").strip())
        if body:
            return Named(cleaned, left_out=body)
        if _AVERAGE.search(folded):
            return Named(cleaned, left_out=cleaned)
        if folded.endswith(" region") and folded.removesuffix(" region") in REGIONS:
            # "West Midlands region": how a table tells the region from the force of the same name.
            return Named(cleaned, region=REGIONS[folded.removesuffix(" region")])
        unbracketed = " ".join(folded.replace("(", " ").replace(")", " ").split())  # "Total (all forces)"
        return Named(cleaned, area=force_named(cleaned, self.local), region=REGIONS.get(folded),
                     total=unbracketed in TOTALS)

    def unknown(self, text: str) -> str:
        """Why ``text`` is not an area, with the closest known names."""
        return unknown_name(text, "area", self.local)

    def unknown_row(self, text: str) -> str:
        """Why a table's row named ``text`` is for no area, and the fix that
        suits a pack: its district or BCU rows are left out by a mapping, a
        row naming the force another way is mapped to it, and only an area of
        its own (a partnership area) goes in the settings."""
        cleaned = clean_name(text)
        if len(cleaned) > LONGEST_NAME:
            return too_long_for_a_name(cleaned)
        closest = closest_forces(cleaned, extra_areas=self.local)
        hint = f" (closest: {', '.join(closest)})" if closest else ""
        return (f"unknown area {cleaned!r}{hint}: not one of the 43 police forces of England and Wales; "
                f"leave a district or BCU row out with an import mapping (--mapping FILE.toml with "
                f"leave_out = [{_quoted(cleaned)}]), map a force's row under another name to it with the "
                "mapping's [areas], and list a local area of its own in the workspace's settings (areas = [...])")


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
