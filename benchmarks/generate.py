"""Generated corpora for the speed benchmark, deterministic for a seed.

Sentences of the sample corpus are recombined into paragraphs of the same
section, with the figures in them varied and with place and project names
swapped for others drawn from a pool that grows with the corpus (so the
vocabulary grows with size, as a real corpus's does). Statements come from 43 forces, quarter after quarter;
as in real statements, about half of a force's paragraphs are carried into
its next statement, with new figures. Each corpus is cached as JSON under
benchmarks/.cache/ (git-ignored).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
SAMPLE = HERE.parent / "corpus" / "statements"
PARAGRAPHS_PER_STATEMENT = 34
CARRY_FORWARD = 0.5
UNLABELLED_SECTION = 0.05  # sections whose heading drafter would not recognise

FORCES = [f"{prefix}{suffix}" for prefix in (
    "Aldmoor", "Brackwater", "Carnford", "Dunmere", "Eastholm", "Fenwick", "Glaston", "Harrowdale",
    "Ingleby", "Kestrel", "Lowmarsh", "Morwen", "Northcote", "Oakhurst", "Pennock")
    for suffix in ("shire", " Valley", " and Wold")][:43]
NAMES = ["Ashby", "Bramley", "Colwick", "Darnell", "Elsworth", "Fordham", "Grisedale", "Hatherley",
         "Ivybridge", "Jarrow", "Kirkby", "Langtoft", "Millbrook", "Netherton", "Orwell", "Priory",
         "Quarrington", "Redhill", "Saltash", "Thornbury", "Upwell", "Verwood", "Whitfield", "Yarm"]
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_PROPER = re.compile(r"\b(Severnshire|Severnford|Tewbridge|Ledbury|Waymark|Keystone|Lantern)\b")


def sample_sentences() -> dict[str, list[str]]:
    """Sentences of the sample corpus by section key."""
    import drafter.corpus.ingest as ingest

    pools: dict[str, list[str]] = {}
    for path in sorted(SAMPLE.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        statement = ingest.read_statement(path)
        for section in statement.sections:
            key = section.priority or "other"
            for paragraph in section.paragraphs:
                pools.setdefault(key, []).extend(
                    s.strip() for s in _SENTENCE.split(paragraph.text) if len(s.split()) >= 4)
    return {k: sorted(set(v)) for k, v in pools.items()}


_SYLLABLES = ["ash", "bel", "cor", "dun", "el", "fen", "gar", "hol", "ing", "kel", "lan", "mor",
              "nor", "ock", "pen", "quin", "ros", "sel", "tor", "ulv", "ven", "wick", "yar", "zen"]


def _name(rng: random.Random, pool: int) -> str:
    """A place or project name; a bigger corpus uses more of them (Zipf-like),
    so its vocabulary grows with its size as a real corpus's does."""
    rank = min(pool - 1, int(rng.paretovariate(1.1)) - 1)
    a, b, c = rank % 24, (rank // 24) % 24, (rank // 576) % 24
    return (NAMES[a] if rank < len(NAMES) else
            (_SYLLABLES[a] + _SYLLABLES[b] + _SYLLABLES[c] + "ton").capitalize())


def _vary(sentence: str, rng: random.Random, pool: int = len(NAMES)) -> str:
    sentence = _NUMBER.sub(lambda m: _new_number(m.group(), rng), sentence)
    return _PROPER.sub(lambda m: _name(rng, pool), sentence)


def _new_number(number: str, rng: random.Random) -> str:
    digits = number.replace(",", "")
    if "." in digits:
        return f"{rng.uniform(1, 99):.1f}"
    value = int(digits) if digits.isdigit() else 1
    if 1990 <= value <= 2035:
        return str(rng.randint(2018, 2027))
    return f"{max(1, int(value * rng.uniform(0.7, 1.3))):,}"


def generate(paragraphs: int, seed: int = 2026) -> list[dict]:
    """Statements (dicts: force, date, sections [{heading, priority, paragraphs}])."""
    rng = random.Random(seed)
    pools = sample_sentences()
    names = len(NAMES) + paragraphs // 10
    keys = sorted(pools)
    statements: list[dict] = []
    previous: dict[str, dict] = {}
    total = 0
    quarter = 0
    while total < paragraphs:
        for force in FORCES:
            if total >= paragraphs:
                break
            year, month = 2019 + quarter // 4, 3 * (quarter % 4) + 3
            carried = previous.get(force)
            sections = []
            for key in keys:
                count = max(1, round(PARAGRAPHS_PER_STATEMENT * len(pools[key]) / sum(map(len, pools.values()))))
                old = carried["by_key"].get(key, []) if carried else []
                texts = []
                for i in range(count):
                    if i < len(old) and rng.random() < CARRY_FORWARD:
                        texts.append(_NUMBER.sub(lambda m: _new_number(m.group(), rng), old[i]))
                    else:
                        picked = rng.sample(pools[key], k=min(len(pools[key]), rng.randint(2, 5)))
                        texts.append(" ".join(_vary(s, rng, names) for s in picked))
                texts = texts[: max(0, paragraphs - total)]
                total += len(texts)
                if texts:
                    priority = None if key == "other" or rng.random() < UNLABELLED_SECTION else key
                    sections.append({"heading": key.replace("-", " ").title() if priority else "Other matters",
                                     "priority": priority, "paragraphs": texts})
            statement = {"force": force, "date": f"{year}-{month:02d}", "sections": sections}
            statements.append(statement)
            previous[force] = {"by_key": {s["priority"] or "other": s["paragraphs"] for s in sections}}
        quarter += 1
    return statements


def corpus(paragraphs: int, seed: int = 2026) -> list[dict]:
    """The generated corpus of that size, from the cache when there."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"corpus-{paragraphs}-{seed}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    statements = generate(paragraphs, seed)
    path.write_text(json.dumps(statements), encoding="utf-8")
    return statements


def fill_workspace(workspace, statements: list[dict], first: int = 0) -> None:
    """Store generated statements in a workspace, numbered like board reports
    (``first``: the number of the first one, which makes its content hash)."""
    from drafter.statement import Paragraph, Section, Statement
    from drafter.store.statements import content_hash, insert_statement

    for index, item in enumerate(statements, first):
        number = 0
        sections = []
        for section in item["sections"]:
            paragraphs = []
            for text in section["paragraphs"]:
                number += 1
                paragraphs.append(Paragraph(number, text))
            sections.append(Section(section["heading"], section["priority"], paragraphs))
        statement = Statement(title=f"{item['force']} statement {item['date']}", force=item["force"],
                              date=item["date"], sections=sections)
        digest = content_hash(f"{index}:{item['force']}:{item['date']}".encode())
        insert_statement(workspace.database, statement, file=f"generated-{index}.txt", original=None,
                         fmt="txt", digest=digest)


if __name__ == "__main__":
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    made = corpus(size)
    print(f"{len(made)} statements, {sum(len(s['paragraphs']) for st in made for s in st['sections'])} paragraphs")
