"""The delta index: adding or removing a statement updates a small segment
beside the main index, and searches answer exactly as a fresh build would."""

from __future__ import annotations

import pytest
from test_search_support import STATEMENTS, add, indexed_copy, marchland, wyvernshire

import drafter
import drafter.search as indexing
from drafter.statement import Paragraph, Section, Statement
from drafter.store.schema import set_meta

QUERIES = ["knife surrender bins", "county lines couriers", "romance fraud victims money",
           "officers kept victims informed", "burglary locks alarms", "youth worker mentoring",
           "cycle thieves railway stations", "weapons hidden in hedges"]


def _autumn() -> Statement:
    """Wyvernshire's next quarter: bins carried forward with new figures, the
    mentoring paragraph rewritten, and a new paragraph."""
    statement = wyvernshire("2024-09", 14, 1210, "August")
    violence = statement.sections[1]
    violence.paragraphs[1] = Paragraph(3, "Mentoring by youth workers for young people excluded from "
                                          "school continues through the violence reduction unit, now "
                                          "for nine months at a time.")
    statement.sections.append(Section("Neighbourhood crime", "neighbourhood-crime", [
        Paragraph(9, "Bicycle marking events at railway stations deterred cycle thieves."),
    ]))
    return statement


def _results(workspace, collapse: bool):
    found = []
    for query in QUERIES:
        hits = indexing.search(workspace, query, limit=20, collapse=collapse)
        found.append([(hit.force, hit.date, hit.number, hit.text, round(hit.score, 6), hit.also_in,
                       hit.priority) for hit in hits])
    return found


@pytest.fixture
def updated(tmp_path):
    """The indexed test corpus with autumn added and Marchland removed, as deltas."""
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as workspace:
        main = indexing.index_directory(workspace)
        add(workspace, _autumn(), "wyvernshire-2024-09.txt")
        first = workspace.build_index()
        marchland_id = next(s.id for s in workspace.list_statements() if s.force == "Marchland")
        workspace.remove_statement(marchland_id)
        second = workspace.build_index()
        yield workspace, main, (first, second)


@pytest.fixture
def fresh(tmp_path):
    """The same corpus built from scratch."""
    with drafter.open_workspace(tmp_path / "fresh", seed=False) as workspace:
        set_meta(workspace.database, "seeded", "1")
        for number, statement in enumerate([*STATEMENTS[:3], _autumn()]):
            add(workspace, statement, f"statement-{number}.txt")
        workspace.build_index()
        yield workspace


def test_adding_and_removing_updates_a_delta_beside_the_same_main_index(updated):
    workspace, main, (first, second) = updated
    assert indexing.index_directory(workspace) == main  # no full rebuild
    # Only autumn's new texts are parsed: new bin figures, the rewrite, the bicycles.
    assert (first.analysed, first.paragraphs) == (3, 28 + 9)
    assert second.analysed == 0 and second.paragraphs == 37 - 4
    assert workspace.index_is_current()


@pytest.mark.parametrize("collapse", [False, True])
def test_results_after_add_and_remove_equal_a_fresh_builds_scores_included(updated, fresh, collapse):
    workspace, _, _ = updated
    assert _results(workspace, collapse) == _results(fresh, collapse)


def test_searches_between_changes_do_not_keep_old_scores(tmp_path, fresh):
    """Each change moves the average paragraph length, which every score
    depends on: words searched for before a change are scored afresh after it."""
    with drafter.open_workspace(indexed_copy(tmp_path / "updated"), seed=False) as workspace:
        _results(workspace, False)
        add(workspace, _autumn(), "wyvernshire-2024-09.txt")
        _results(workspace, False)
        workspace.remove_statement(next(s.id for s in workspace.list_statements() if s.force == "Marchland"))
        for collapse in (False, True):
            assert _results(workspace, collapse) == _results(fresh, collapse)


def test_the_synonyms_file_is_read_as_the_index_reads_a_word_a_new_statement_brings(tmp_path):
    # "riding" is in no paragraph: the file's entry and the query both keep
    # it as written. Once a statement uses it, both become its lemma there.
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as workspace:
        (workspace.path / "synonyms.txt").write_text("riding, mentoring\n", encoding="utf-8")
        assert "mentoring" in workspace.search("riding")[0].text
        autumn = _autumn()
        autumn.sections[-1].paragraphs.append(
            Paragraph(10, "Officers riding the night buses reassured passengers travelling home."))
        add(workspace, autumn, "wyvernshire-2024-09.txt")
        texts = [hit.text for hit in workspace.search("riding")]
        assert any("night buses" in text for text in texts)
        assert any("mentoring" in text.lower() for text in texts)


def test_a_new_process_loads_the_delta_and_answers_the_same(updated, tmp_path):
    workspace, _, _ = updated
    in_memory = _results(workspace, True)
    with drafter.open_workspace(workspace.path, seed=False) as reopened:
        indexing.remember_index(reopened, indexing.LoadedIndex.load(*_dirs(reopened)))
        assert _results(reopened, True) == in_memory


def _dirs(workspace):
    from drafter.search.files import current_dirs

    main, delta = current_dirs(workspace)
    assert delta is not None
    return main, delta


def test_the_new_quarter_joins_its_storylines(updated):
    workspace, _, _ = updated
    bins = [hit for hit in workspace.search("knife surrender bins") if "surrender bins" in hit.text]
    assert len(bins) == 1 and bins[0].date == "2024-09" and bins[0].also_in == 3
    mentoring = workspace.search("mentoring young people excluded from school youth worker")[0]
    assert mentoring.date == "2024-09" and mentoring.also_in == 3


def test_removing_a_statement_added_since_the_full_build(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as workspace:
        added = add(workspace, _autumn(), "wyvernshire-2024-09.txt")
        assert workspace.search("bicycle marking")[0].date == "2024-09"
        workspace.remove_statement(added)
        assert workspace.search("bicycle marking") == []
        assert workspace.search("knife surrender bins")[0].date == "2024-06"


def test_an_unlabelled_new_section_gets_a_predicted_priority(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as workspace:
        statement = marchland()
        statement.date = "2024-09"
        add(workspace, statement, "marchland-2024-09.txt")
        hits = workspace.search("courier fraud elderly customer", priority="cyber-crime")
        assert any(hit.date == "2024-09" and hit.predicted for hit in hits)


def test_a_large_change_is_merged_into_a_new_main_index(tmp_path, monkeypatch):
    import drafter.search.delta as delta

    monkeypatch.setattr(delta, "MERGE_FROM", 0)
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as workspace:
        main = indexing.index_directory(workspace)
        add(workspace, _autumn(), "wyvernshire-2024-09.txt")  # 9 paragraphs > 10% of 28
        workspace.build_index()
        assert indexing.index_directory(workspace) != main
        from drafter.search.files import current_dirs

        assert current_dirs(workspace)[1] is None
