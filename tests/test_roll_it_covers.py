"""A statement saying what it covers in a sentence after the one naming it
("The Commissioner publishes this statement every quarter … It covers
October to December 2024.") says the draft's quarter once copied forward,
as "This statement covers …" does; it kept the quarter copied.

Derbyshire's figures and statement here are written for the project (the
force is real, its figures invented).
"""

from __future__ import annotations

import drafter

PAGE = """<html><head><title>National Policing Priorities statement: October to December 2024</title></head><body>
<nav><a href="/">Home</a></nav><main>
<h1>National Policing Priorities statement: October to December 2024</h1>
<p>Published 14 March 2025</p>
<p>The Commissioner publishes this statement every quarter to show how Derbyshire Constabulary is contributing \
to the National Policing Priorities. It covers October to December 2024.</p>
<h2>Reduce murder and other homicide</h2>
<ul><li>There were 4 homicides in Derbyshire between October and December 2024, compared with 2 in the same \
quarter of 2023.</li></ul>
</main></body></html>
"""

HOMICIDES = """\
area,measure,period,value
Derbyshire,homicides,2023-Q4,2
Derbyshire,homicides,2024-Q1,2
Derbyshire,homicides,2024-Q4,4
Derbyshire,homicides,2025-Q1,5
"""


def test_it_covers_after_the_sentence_naming_the_statement_moves_on(tmp_path):
    (tmp_path / "derbyshire.csv").write_text(HOMICIDES, encoding="utf-8")
    path = tmp_path / "derbyshire-2025-03.html"
    path.write_text(PAGE, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "derbyshire.csv")
        workspace.add_statements([path], force="Derbyshire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [opening] = draft.section("introduction").paragraphs
    assert opening.text.endswith("It covers January to March 2025.")
    assert opening.origin.not_rolled == []
