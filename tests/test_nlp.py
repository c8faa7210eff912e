"""The spaCy pipeline, its fallback without a model, and paragraph analysis."""

from __future__ import annotations

import warnings

import pytest
from test_search_support import fill

import drafter
from drafter import nlp
from drafter.search import terms as analysis


def test_pipeline_is_loaded_once_with_only_what_lemmas_need():
    pipeline = nlp.load_pipeline()
    assert nlp.load_pipeline() is pipeline
    assert "parser" not in pipeline.pipe_names and "ner" not in pipeline.pipe_names
    assert "lemmatizer" in pipeline.pipe_names


def test_fast_tag_attributes_give_the_same_lemmas_as_the_attribute_ruler():
    import spacy

    text = ("Officers seized knives and machetes; the children were safeguarded, and victims "
            "said they had been kept informed while burglaries fell.")
    ours = nlp.load_pipeline()
    choice = nlp.choose_model()
    reference = spacy.load(choice.package, exclude=["parser", "ner"])
    assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in reference(text)]


def test_paragraph_terms_are_lemmas_without_stop_words_with_figures_classed():
    doc = nlp.load_pipeline()(analysis.mark_figures(
        "In May 2024 the force recorded 1,234 knives, up 5.5% at a cost of £2.4 million."))
    result = analysis.analyse_doc(doc, nlp.load_pipeline().Defaults.stop_words)
    assert result.terms == ["_month_", "_year_", "force", "record", "_num_", "knife", "_percent_",
                            "cost", "_money_"]


def test_query_analysis_agrees_with_the_index_analysis():
    texts = ["Knife surrender bins were emptied weekly by officers.",
             "Children exploited by county lines gangs were referred to specialist caseworkers."]
    analysed = list(analysis.analyse_texts(texts))
    pipeline = nlp.load_pipeline()
    tables = nlp.lemma_tables(pipeline)
    vocabulary = {t for a in analysed for t in a.terms}
    query = analysis.QueryAnalyser(nlp.stop_words(pipeline), analysis.learn_lemmas(analysed),
                                   vocabulary, tables["exceptions"], tables["rules"])
    for text, expected in zip(texts, analysed):
        assert [term for term, _ in query.analyse(text)] == expected.terms


def test_unseen_inflection_is_lemmatised_with_the_models_rules():
    pipeline = nlp.load_pipeline()
    tables = nlp.lemma_tables(pipeline)
    query = analysis.QueryAnalyser(nlp.stop_words(pipeline), {}, {"knife", "child", "seize"},
                                   tables["exceptions"], tables["rules"])
    assert [t for t, _ in query.analyse("knives children seizing")] == ["knife", "child", "seize"]


def test_missing_model_warns_once_and_falls_back_to_a_blank_tokenizer(monkeypatch):
    monkeypatch.setattr(nlp, "_warned", False)
    with pytest.warns(nlp.NoModelWarning, match="no English spaCy model"):
        pipeline = nlp.load_pipeline("en_core_web_not_installed")
    assert pipeline.pipe_names == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nlp.load_pipeline("en_core_web_not_installed")


def test_search_works_without_a_model(tmp_path, monkeypatch):
    """With DRAFTER_SPACY_MODEL=none the real spacy.blank("en") tokenizer is used:
    words match by their lower-case form, not by lemma."""
    monkeypatch.setenv(nlp.MODEL_ENV, "none")
    assert nlp.choose_model().package is None
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        fill(workspace)
        report = workspace.build_index()
        assert report.analysed > 0
        assert "blank-en" in analysis.analyser_id()
        hits = workspace.search("Knife surrender bins")
        assert hits and "knife surrender bins" in hits[0].text
        assert hits[0].matched[:3] == ["Knife", "surrender", "bins"]
        assert all("knives" in hit.text.lower() for hit in workspace.search("knives"))


def test_analyser_id_names_the_model_and_the_term_rules():
    ident = analysis.analyser_id()
    assert ident.endswith(analysis.ANALYSIS_VERSION)
    assert nlp.choose_model().ident in ident


def test_worker_processes_analyse_exactly_as_one_process():
    texts = [f"Officers seized {n} knives near schools; children were safeguarded." for n in range(300)]
    texts += ["Romance fraud victims were helped to recover their money."] * 300
    single = [a.terms for a in analysis.analyse_texts(texts)]
    done = []
    parallel = [a.terms for a in analysis.analyse_texts(texts, n_process=2, progress=done.append)]
    assert parallel == single
    assert done[-1] == len(texts)


def test_lookup_lemmatizer_needs_no_tagger_and_reads_capitalised_words(monkeypatch):
    pytest.importorskip("spacy_lookups_data", reason="spacy-lookups-data is a benchmark extra")
    monkeypatch.setenv(nlp.MODEL_ENV, "lookup")
    choice = nlp.choose_model()
    assert choice.lookup and choice.ident.startswith("lookup-en-")
    pipeline = nlp.load_pipeline()
    assert "tagger" not in pipeline.pipe_names
    lemmas = [t.lemma_ for t in pipeline("Officers seized knives; Burglaries fell.")]
    assert lemmas[:3] == ["officer", "seize", "knife"] and "burglary" in lemmas


def test_paragraphs_are_analysed_sentence_by_sentence():
    marked = analysis.mark_figures("In May 2024 there were 3 homicides. Across 2025 the force "
                                   "recorded 14. Knife crime fell.")
    assert len(analysis.sentences(marked)) == 3
