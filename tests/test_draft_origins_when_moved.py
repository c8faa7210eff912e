"""A paragraph taken from a past statement or filled from a template keeps
where it came from when the writer moves it and touches it up: two
paragraphs swapped and each edited a little are still the paragraphs they
were, each with its own origin marked edited, not the writer's own words.

The paragraphs are written for the project.
"""

from __future__ import annotations

from drafter.drafts import Draft, DraftParagraph, DraftSection, Origin

FROSTLIGHT = ("Over the Christmas period the force ran Operation Frostlight in Bournemouth town centre, with extra "
              "patrols and a safe space for people separated from friends.")
RURAL = ("Rural crime officers held engagement events at the Dorset County Show and the Great Dorset Steam Fair, "
         "registering farm machinery with forensic marking kits.")
FILLED = ("Residents of Dorset made 1,493 reports of fraud in the third quarter of 2026, an increase of 3.9% from "
          "the same quarter a year earlier.")


def _draft() -> Draft:
    section = DraftSection("neighbourhood-crime", "Reduce neighbourhood crime", paragraphs=[
        DraftParagraph(FROSTLIGHT, Origin.corpus(2, 6)),
        DraftParagraph(RURAL, Origin.corpus(1, None, 12)),
        DraftParagraph(FILLED, Origin.from_template("cyber-crime/fraud_reports"))])
    return Draft(None, "Statement", "Dorset Police and Crime Panel", "2026-11", "", "Dorset", "2026-Q3",
                 sections=[section])


def test_two_paragraphs_swapped_and_touched_up_keep_their_origins():
    draft = _draft()
    draft.set_section_text("neighbourhood-crime", "\n\n".join([
        RURAL.replace("Steam Fair", "Steam Fair at Tarrant Hinton"),
        FROSTLIGHT.replace("town centre", "and Poole town centres"),
        FILLED]))
    labels = [p.origin.label() for p in draft.section("neighbourhood-crime").paragraphs]
    assert labels == ["corpus 1:p12 (edited)", "corpus 2:6 (edited)", "template cyber-crime/fraud_reports"]


def test_a_filled_sentence_moved_to_the_top_and_reworded_keeps_its_template():
    draft = _draft()
    draft.set_section_text("neighbourhood-crime", "\n\n".join([
        FILLED.replace("Residents of Dorset made", "Dorset residents made"),
        FROSTLIGHT, RURAL.replace("farm machinery", "farm machinery and trailers")]))
    labels = [p.origin.label() for p in draft.section("neighbourhood-crime").paragraphs]
    assert labels == ["template cyber-crime/fraud_reports (edited)", "corpus 2:6", "corpus 1:p12 (edited)"]
