"""Pseudo-relevance feedback: a short query learns the words of the
storylines it finds first, and brings forward other paragraphs that use them."""

from __future__ import annotations

import shutil

import pytest
from test_search_support import add, indexed_copy

import drafter
import drafter.search as indexing
from drafter.search.relevance import RELEVANCE_LEVELS
from drafter.statement import Paragraph, Section, Statement
from drafter.store.schema import set_meta

MENTORING = ("The Pathways scheme pairs young people leaving gangs with a trained mentor, and its "
             "coaching leads on to apprenticeships with local employers.")
# The same scheme in another force's words: it shares only "young people" with the query.
PATHWAYS_ELSEWHERE = ("Pathways coaching has found apprenticeships with local employers for eleven "
                      "young people this year, and two have since been offered permanent jobs when "
                      "their course ended.")
OTHER_YOUNG_PEOPLE = [
    "Community centres asked young people whether they feel safe in the parks and the town centre after dark.",
    "Young people designed the posters for the summer campaign on buses, trains and at the stations.",
    "Young people from the county's schools sat on the panel choosing this year's safety grants.",
]
QUERY = "a mentor for young people in gangs"


def statement(force: str, date: str, violence: list[str]) -> Statement:
    return Statement(
        title=f"{force} statement on the national policing priorities", force=force, date=date,
        sections=[
            Section("Serious violence", "serious-violence",
                    [Paragraph(number, text) for number, text in enumerate(violence, start=1)]),
            Section("Drugs and county lines", "drugs-county-lines", [
                Paragraph(len(violence) + 1, "Officers closed four county lines and referred the "
                                             "children running them to safeguarding teams."),
            ]),
            Section("Cyber crime", "cyber-crime", [
                Paragraph(len(violence) + 2, "Small businesses were given advice on ransomware and "
                                             "phishing emails by the cyber protect officers."),
            ]),
        ],
    )


@pytest.fixture(scope="module")
def storyline_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("feedback") / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        set_meta(workspace.database, "seeded", "1")
        add(workspace, statement("Tamarshire", "2025-06", [MENTORING, OTHER_YOUNG_PEOPLE[0]]), "tamar.txt")
        add(workspace, statement("Ashfield", "2025-06", [*OTHER_YOUNG_PEOPLE[1:], PATHWAYS_ELSEWHERE]),
            "ash.txt")
        workspace.build_index()
    return root


@pytest.fixture
def storylines(storyline_template, tmp_path):
    target = tmp_path / "ws"
    shutil.copytree(storyline_template, target)
    with drafter.open_workspace(target, seed=False) as opened:
        yield opened


def texts(hits) -> list[str]:
    return [hit.text for hit in hits]


def test_the_schemes_other_paragraph_comes_before_paragraphs_sharing_only_the_words(storylines):
    plain = texts(indexing.search(storylines, QUERY, expand=False))
    expanded = texts(indexing.search(storylines, QUERY))
    # The writer's words alone cannot tell the scheme's other paragraph from
    # any other about young people (it is the longest, so it comes last);
    # the words of the first match can.
    assert plain[0] == MENTORING and plain[-1] == PATHWAYS_ELSEWHERE
    # The first two results stay where the writer's words put them.
    assert expanded[:2] == plain[:2]
    assert expanded[2] == PATHWAYS_ELSEWHERE
    assert sorted(expanded) == sorted(plain)


def test_feedback_adds_no_paragraph_the_writers_words_did_not_find(storylines):
    found = set(texts(indexing.search(storylines, QUERY, expand=False, limit=50)))
    assert set(texts(indexing.search(storylines, QUERY, limit=50))) <= found


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


@pytest.mark.parametrize("query", ["knife crime in parks", "young people mentoring", "scam victims money",
                                   "county lines children", "officers kept victims informed"])
def test_levels_never_go_back_up_the_list(workspace, query):
    order = list(RELEVANCE_LEVELS)
    for collapse in (True, False):
        for priority in (None, "serious-violence"):
            hits = indexing.search(workspace, query, collapse=collapse, priority=priority)
            levels = [order.index(hit.level) for hit in hits]
            assert levels == sorted(levels)
            assert all(hit.matched for hit in hits)
            if priority:
                assert {hit.priority for hit in hits} <= {priority}


def test_a_pasted_paragraph_is_ranked_by_its_own_words(workspace):
    """Paragraph-length queries take no feedback: they carry their storyline's words already."""
    pasted = ("The violence reduction unit runs mentoring for young people excluded from school, "
              "pairing each with a youth worker for six months, and our office funds knife surrender "
              "bins across the county where weapons can be left without questions being asked.")
    with_expansion = [(hit.paragraph_id, hit.score) for hit in indexing.search(workspace, pasted)]
    words_only = [(hit.paragraph_id, hit.score) for hit in indexing.search(workspace, pasted, expand=False)]
    assert [paragraph for paragraph, _ in with_expansion] == [paragraph for paragraph, _ in words_only]


def test_learned_terms_score_as_the_index_scores_them_in_both_segments(storylines):
    """Feedback reads a result's learned terms from the result's own terms;
    the scores are the ones the terms' postings give, in the delta too."""
    import numpy as np

    from drafter.search.feedback import feedback_terms, learned_scores
    from drafter.search.loaded import index_for
    from drafter.search.synonyms import workspace_synonyms

    add(storylines, statement("Tamarshire", "2025-09", [MENTORING.replace("a trained", "an experienced"),
                                                        PATHWAYS_ELSEWHERE]), "tamar-09.txt")
    assert storylines.build_index().paragraphs > 0
    index = index_for(storylines)
    assert index.delta is not None
    plan = index.plan(index.analyser.analyse(QUERY), index.synonyms(workspace_synonyms(storylines)))
    scores = index.scores_for(plan, None)
    seeds = index.ranked_from(scores, None, 2, True)
    learned = feedback_terms(index, plan, seeds)
    assert learned and not set(learned.terms) & set(plan.terms)
    # Terms only the delta holds are named and found there as the collection finds them.
    assert set(learned.terms) - set(index.collection.main.vocabulary_.encoded.astype(str))
    for found, expected_columns in zip(learned.columns, index.collection.columns(learned.terms)):
        assert found.tolist() == expected_columns.tolist()
    documents = np.flatnonzero(index.live).tolist()
    expected = index.collection.score(learned.columns, learned.weights)[index.entries[documents]]
    assert learned_scores(index, learned, documents) == pytest.approx(expected, rel=1e-5, abs=1e-9)
