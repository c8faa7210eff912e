"""Main-content extraction from saved statement pages: trafilatura (what
drafter uses) against readability-lxml and a plain lxml walker.

    python benchmarks/html_extraction.py [--repeats 5] [--json FILE]

The pages are the project's own: the five house-style statements written for
the tests (tests/style_samples.py) and the Ashmoor sample pages, each in
three layouts: as published (a <main> element inside site chrome: skip link,
cookie banner, header navigation, breadcrumbs, related links, footer,
scripts); laid out with plain <div>s and no <main> or <article>, as many
older sites are; and as an accordion (each priority in its own block, as
many PCC sites show them) inside that div layout, with a column of news
teasers and a "was this page useful" box beside it; and with the title and
date line in a banner above the content column (the "hero" layout).

For every page the statement is what sits inside its <article>; the chrome is
everything else. Per extractor:

- words lost: words of the statement missing from the output (counted with
  repeats), as a share of the statement's words;
- chrome kept: words found only in the chrome that appear in the output;
- headings / bullets / table rows: how many of the statement's h1-h4, list
  items and table rows come out as headings, list items and rows;
- time: median milliseconds per page over --repeats passes.

readability-lxml is not in the ``bench`` extra (pip's resolver fails on the
two spellings of lxml's ``html_clean`` extra that it and trafilatura's
dependencies use); install it on its own with ``pip install readability-lxml``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button")


def words(text: str) -> Counter:
    return Counter(word.lower().strip("'’-") for word in _WORD.findall(text))


def pages() -> list[tuple[str, str]]:
    from style_samples import STYLES
    from styles import as_html

    found = [(style.name, as_html(style)) for style in STYLES]
    found += [(path.stem, path.read_text(encoding="utf-8"))
              for path in sorted((ROOT / "corpus" / "statements").glob("*.html"))]
    out = [(name, page, page) for name, page in found]
    for name, page in found:
        out.append((f"{name} (divs)", _divs(page), page))
    for name, page in found:
        out.append((f"{name} (accordion)", _accordion(page), page))
    for name, page in found:
        out.append((f"{name} (hero)", _hero(page), page))
    return out


def _hero(page: str) -> str:
    """The title and the short lines under it (the date) set in a banner above
    the content column, as many content systems do, and the content in a grid of divs."""
    start = re.search(r"<main[^>]*>\s*<article[^>]*>", page)
    end = page.index("</article>")
    inner = page[start.end():end]
    banner = re.match(r"\s*<h1>.*?</h1>(\s*<p>[^<]{0,60}</p>)?", inner, re.S)
    cut = banner.end() if banner else 0
    return (page[:start.start()] + f'<div class="hero"><div class="hero__inner">{inner[:cut]}</div></div>'
            f'<div class="grid"><div class="grid__main">{inner[cut:]}</div>{TEASERS}</div>'
            + page[page.index("</main>") + 7:])


def _divs(page: str) -> str:
    plain = re.sub(r"<main[^>]*>\s*<article[^>]*>", '<div class="content"><div class="body">', page)
    return plain.replace("</article>", "</div>").replace("</main>", "</div>")


TEASERS = """<div class="col-side"><h3>Latest news</h3>
<div class="teaser"><a href="/news/1">Commissioner opens new victims' hub</a><p>The new hub brings
together the services that support victims of crime under one roof, with longer opening hours and a
dedicated line for older people.</p></div>
<div class="teaser"><a href="/news/2">Have your say on the policing budget</a><p>Residents are invited
to complete a short survey on how much they would be willing to pay towards policing through their
council tax next year.</p></div>
<div class="teaser"><a href="/news/3">Community grants now open</a><p>Groups working to keep young
people safe can apply for grants of up to five thousand pounds until the end of the month.</p></div>
<div class="feedback"><p>Was this page useful?</p><a href="/yes">Yes</a> <a href="/no">No</a>
<p>Report a problem with this page</p></div></div>"""


def _accordion(page: str) -> str:
    start = re.search(r"<main[^>]*>\s*<article[^>]*>", page)
    end = page.index("</article>")
    inner = page[start.end():end]
    pieces = re.split(r"(?=<h2>)", inner)
    body = pieces[0] + "".join(
        f'<div class="accordion__item"><h2 class="accordion__heading"><button class="accordion__toggle" '
        f'aria-expanded="false">{p[4:p.index("</h2>")]}</button></h2>'
        f'<div class="accordion__panel">{p[p.index("</h2>") + 5:]}</div></div>'
        for p in pieces[1:])
    return (page[:start.start()] + f'<div class="content"><div class="col-main">{body}</div>{TEASERS}</div>'
            + page[page.index("</main>") + 7:])


def truth(page: str) -> dict:
    """What the statement is: words, headings, list items, rows; and the chrome's own words."""
    from lxml import html

    tree = html.fromstring(page)
    article = tree.find(".//article")
    statement = words(" ".join(article.itertext()))
    for element in tree.iter("script", "style"):
        element.drop_tree()
    chrome = set(words(" ".join(tree.itertext())) | words(TEASERS)) - set(statement)
    return {"words": statement, "chrome": chrome,
            "headings": len(article.xpath(".//h1|.//h2|.//h3|.//h4")),
            "bullets": len(article.xpath(".//li")), "rows": len(article.xpath(".//tr"))}


def structure_of_html(fragment: str) -> dict:
    from lxml import html

    tree = html.fromstring(fragment)
    return {"text": " ".join(tree.itertext()), "headings": len(tree.xpath("//h1|//h2|//h3|//h4")),
            "bullets": len(tree.xpath("//li")), "rows": len(tree.xpath("//tr"))}


def with_trafilatura_alone(page: str) -> dict:
    """The library on the raw page, as drafter configures it, without drafter's pre-pass."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(page, output_format="xml", include_tables=True, include_comments=False,
                              favor_recall=True, deduplicate=False) or "<doc/>"
    root = etree.fromstring(xml.encode("utf-8"))
    return {"text": " ".join(root.itertext()), "headings": len(root.findall(".//head")),
            "bullets": len(root.findall(".//item")), "rows": len(root.findall(".//row"))}


def with_drafter(page: str) -> dict:
    from drafter.corpus.ingest.html import read_html

    blocks = read_html(page.encode("utf-8"), "page.html")
    return {"text": " ".join(block.text.replace(" | ", " ") for block in blocks),
            "headings": sum(1 for b in blocks if b.heading), "bullets": sum(1 for b in blocks if b.bullet),
            "rows": sum(len(b.cells) for b in blocks if b.cells)}


def with_readability(page: str) -> dict:
    from readability import Document

    return structure_of_html(Document(page).summary(html_partial=True))


def with_readability_and_pre_pass(page: str) -> dict:
    """readability-lxml given the page after drafter's pre-pass, with the banner title put back."""
    from lxml import html
    from readability import Document

    from drafter.corpus.ingest.html import without_furniture

    tree = without_furniture(page)
    out = structure_of_html(Document(html.tostring(tree, encoding="unicode")).summary(html_partial=True))
    heading = tree.find(".//h1")
    if heading is not None and heading.text_content().strip() not in out["text"]:
        extra = [heading.text_content()] + [s.text_content() for s in heading.itersiblings()]
        out["text"] = " ".join(extra) + " " + out["text"]
        out["headings"] += 1
    return out


def with_lxml_walker(page: str) -> dict:
    """The simplest thing: drop chrome tags, keep <main> or <article> if there is one, else <body>."""
    from lxml import html

    tree = html.fromstring(page)
    for element in list(tree.iter(*_DROP)):
        element.drop_tree()
    main = next((found for found in (tree.find(".//main"), tree.find(".//article"), tree.find(".//body"))
                 if found is not None), tree)
    return structure_of_html(html.tostring(main, encoding="unicode"))


EXTRACTORS = {"drafter (pre-pass + trafilatura)": with_drafter, "trafilatura alone": with_trafilatura_alone,
              "readability-lxml": with_readability,
              "readability-lxml after the pre-pass": with_readability_and_pre_pass,
              "lxml walker": with_lxml_walker}


def measure(extract, repeats: int) -> dict:
    lost = total = chrome = 0
    kept = {"headings": [0, 0], "bullets": [0, 0], "rows": [0, 0]}
    times = []
    for _name, page, original in pages():
        expected = truth(original)
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            out = extract(page)
            runs.append(time.perf_counter() - start)
        times.append(statistics.median(runs))
        got = words(out["text"])
        lost += sum((expected["words"] - got).values())
        total += sum(expected["words"].values())
        chrome += len(expected["chrome"] & set(got))
        for key in kept:
            kept[key][0] += min(out[key], expected[key])
            kept[key][1] += expected[key]
    return {"words_lost": lost, "words": total, "chrome_words_kept": chrome,
            **{key: f"{a}/{b}" for key, (a, b) in kept.items()},
            "median_ms": round(statistics.median(times) * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    results = {}
    for name, extract in EXTRACTORS.items():
        try:
            results[name] = measure(extract, options.repeats)
        except ImportError as error:
            print(f"{name}: not installed ({error.name}); skipped")
    print(f"{len(pages())} pages ({len(pages()) // 4} statements in four layouts)\n")
    print(f"{'extractor':34} {'words lost':>14} {'chrome kept':>12} {'headings':>9} {'bullets':>9} "
          f"{'rows':>7} {'ms/page':>8}")
    for name, row in results.items():
        share = f"{row['words_lost']} ({row['words_lost'] / row['words']:.1%})"
        print(f"{name:34} {share:>14} {row['chrome_words_kept']:>12} {row['headings']:>9} "
              f"{row['bullets']:>9} {row['rows']:>7} {row['median_ms']:>8}")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
