"""What drafter reads from statements in other offices' house styles, in every format.

    python benchmarks/house_styles.py [--json FILE]

The five statements written for the tests (tests/style_samples.py: a web page
with sub-headings, prefixed and reworded priority headings, numbered section
headings with the priorities listed, the Home Office template table, an
alignment statement) are set out as plain text with and without blank lines
("txt-packed"), Markdown, Word, PDF and a saved web page with site chrome,
then read with ``drafter.corpus.read_statement``. Each row gives what was
read (sections, sub-headings, bullets, table rows, force, date; expected
values in brackets where they differ) and the words of the source that were
kept nowhere. The bundled Ashmoor pages and Word files are read as well.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def read(name: str, data: bytes, areas: tuple[str, ...] = ()):
    from drafter.corpus import read_statement
    from drafter.errors import IngestError

    try:
        return read_statement(Path(name), data, areas)
    except IngestError as error:
        return error


def counts(statement) -> dict:
    kinds = [p.kind for s in statement.sections for p in s.paragraphs]
    return {"sections": len(statement.sections), "subheadings": kinds.count("subheading"),
            "bullets": kinds.count("bullet"),
            "table_rows": sum(len(p.cells) for s in statement.sections for p in s.paragraphs if p.cells),
            "force": statement.force, "date": statement.date}


def styles_table() -> list[dict]:
    from style_samples import STYLES
    from styles import FORMATS, file_bytes, words_lost

    rows = []
    for style in STYLES:
        expected = style.expected
        want = {"sections": len(expected.sections), "subheadings": expected.subheadings,
                "bullets": expected.bullets, "table_rows": expected.table_rows,
                "force": expected.force, "date": expected.date}
        for fmt in FORMATS:
            statement = read(*file_bytes(style, fmt))
            if isinstance(statement, Exception):
                rows.append({"style": style.name, "format": fmt, "error": str(statement)})
                continue
            got = counts(statement)
            sections_right = [(s.heading, s.priority) for s in statement.sections] == expected.sections
            rows.append({"style": style.name, "format": fmt, **got, "expected": want,
                         "sections_as_expected": sections_right,
                         "words": len(style.words()), "words_lost": len(words_lost(style, statement))})
    return rows


def samples_table() -> list[dict]:
    rows = []
    for path in sorted((ROOT / "corpus" / "statements").glob("ashmoor-*")):
        statement = read(path.name, path.read_bytes(), ("Severnshire", "Ashmoor"))
        rows.append({"style": "Ashmoor sample", "format": path.suffix[1:], "file": path.name,
                     **counts(statement)})
    return rows


def shown(row: dict, key: str) -> str:
    value = row[key]
    want = row.get("expected", {}).get(key, value)
    text = "-" if value is None else str(value)
    return text if value == want else f"{text} ({want})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    rows = styles_table()
    samples = samples_table()
    print(f"{'style':44} {'format':10} {'sections':>8} {'sub-h':>5} {'bullets':>7} {'rows':>4} "
          f"{'force':20} {'date':8} {'lost':>9}")
    for row in rows:
        if "error" in row:
            print(f"{row['style']:44} {row['format']:10} refused: {row['error']}")
            continue
        sections = shown(row, "sections") + ("" if row["sections_as_expected"] else " !")
        print(f"{row['style'][:44]:44} {row['format']:10} {sections:>8} {shown(row, 'subheadings'):>5} "
              f"{shown(row, 'bullets'):>7} {shown(row, 'table_rows'):>4} {shown(row, 'force'):20} "
              f"{shown(row, 'date'):8} {row['words_lost']:>4}/{row['words']}")
    for row in samples:
        print(f"{row['file']:44} {row['format']:10} {row['sections']:>8} {row['subheadings']:>5} "
              f"{row['bullets']:>7} {row['table_rows']:>4} {row['force']:20} {row['date']:8}")
    good = sum(1 for row in rows if "error" not in row and row["sections_as_expected"]
               and all(row[k] == row["expected"][k] for k in row["expected"]) and not row["words_lost"])
    print(f"\n{good} of {len(rows)} style × format readings exactly as expected; "
          f"words lost in all: {sum(row.get('words_lost', 0) for row in rows)}")
    if options.json:
        options.json.write_text(json.dumps({"styles": rows, "samples": samples}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
