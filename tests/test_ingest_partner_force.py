"""A statement whose header names no force, and whose text names a partner
force once ("with Lancashire Constabulary"), is filed under the force its file
name gives ("cumbria-2026-q2.html"), where it was filed under the partner and
compared with the partner's statements and figures. A force the text names
more than once is still the statement's.

The web pages are written for the project (the forces are real, the text
invented).
"""

from __future__ import annotations

import pytest

PAGE = """<html><head><title>Quarterly update on the national priorities</title></head><body>
<h1>Quarterly update on the national priorities: April to June 2026</h1>
<p>Published August 2026.</p>
<h2>Reduce serious violence</h2>
<p>Officers worked with Lancashire Constabulary on a joint knife arch operation at the motorway services.</p>
{more}
<h2>Reduce neighbourhood crime</h2>
<p>There were 180 residential burglaries in the quarter.</p>
</body></html>
"""


@pytest.mark.parametrize("file_name, more, force", [
    ("cumbria-2026-q2.html", "", "Cumbria"),
    ("cumbria-2026-q2.html", "<p>Lancashire's knife crime teams and Lancashire's schools joined in.</p>", "Lancashire"),
])
def test_the_file_name_comes_before_a_force_the_text_names_once(cli, workspace_dir, tmp_path, file_name, more,
                                                                force):
    page = tmp_path / file_name
    page.write_text(PAGE.format(more=more), encoding="utf-8")
    result = cli("corpus", "add", page, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert f"{file_name} ({force}, 2026-08" in result.stdout
