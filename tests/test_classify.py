"""Predicting the priority of a paragraph from the labelled corpus."""

from __future__ import annotations

import pytest
from test_search_support import add, indexed_copy

import drafter
from drafter.errors import BadQuery, SearchIndexError
from drafter.statement import Paragraph, Section, Statement


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


@pytest.mark.parametrize("text, priority", [
    ("A phishing scam emptied a pensioner's bank account", "cyber-crime"),
    ("Dealers used children as couriers on county lines", "drugs-county-lines"),
    ("Knife surrender bins took more blades off the street", "serious-violence"),
])
def test_predicts_the_priority_a_paragraph_is_about(workspace, text, priority):
    result = workspace.classify(text)
    assert result.priority == priority
    assert result.confidence == max(result.scores.values())
    assert sum(result.scores.values()) == pytest.approx(1.0)
    assert set(result.scores) >= {"cyber-crime", "serious-violence", "introduction"}


def test_classification_json_shape(workspace):
    data = workspace.classify("romance fraud victims").to_dict()
    assert set(data) == {"priority", "confidence", "scores"}
    assert data["priority"] == "cyber-crime"


def test_empty_text_is_refused(workspace):
    with pytest.raises(BadQuery, match="empty query"):
        workspace.classify("  ")


def test_corpus_with_a_single_priority_cannot_classify(tmp_path):
    with drafter.open_workspace(tmp_path / "one", seed=False) as workspace:
        add(workspace, Statement(force="Wyvernshire", date="2024-03", sections=[
            Section("Reduce Serious Violence", "serious-violence",
                    [Paragraph(1, "Knife crime fell after weapon sweeps.")]),
        ]), "one.txt")
        with pytest.raises(SearchIndexError, match="at least two"):
            workspace.classify("knife crime")
        assert workspace.search("knife crime")  # searching still works
