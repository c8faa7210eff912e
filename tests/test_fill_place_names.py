"""A sentence names a force's area as a reader would: "in the Metropolitan
Police area", "in the City of London", never "in Metropolitan Police", and
review agrees with the sentence it names so."""

from __future__ import annotations

FIGURES = """area,measure,period,value
{area},knife_offences,2026-Q2,3512
{area},knife_offences,2025-Q2,3760
{area},population,2026-Q2,{population}
"""


def _office(cli, tmp_path, area: str, population: int):
    workspace = tmp_path / "office"
    assert cli("init", "--force", area, workspace=workspace).exit_code == 0
    figures = tmp_path / "figures.csv"
    figures.write_text(FIGURES.format(area=area, population=population), encoding="utf-8")
    assert cli("figures", "import", figures, workspace=workspace).exit_code == 0
    return workspace


def test_the_met_is_named_as_its_area(cli, tmp_path):
    workspace = _office(cli, tmp_path, "Metropolitan Police", 8_900_000)
    filled = cli("fill", "serious-violence", "--period", "2026-Q2", workspace=workspace)
    assert filled.exit_code == 0, filled.stderr
    assert "in the Metropolitan Police area stood at 39.5 per 100,000" in filled.stdout
    assert "in Metropolitan Police" not in filled.stdout
    assert cli("figures", "templates", "--check", "--period", "2026-Q2", workspace=workspace).exit_code == 0


def test_the_city_of_london_takes_its_article(cli, tmp_path):
    workspace = _office(cli, tmp_path, "City of London", 11_000)
    filled = cli("fill", "serious-violence", "--period", "2026-Q2", workspace=workspace)
    assert filled.exit_code == 0, filled.stderr
    assert "in the City of London in the second quarter of 2026" in filled.stdout
    assert " in City of London" not in filled.stdout
    assert cli("figures", "templates", "--check", "--period", "2026-Q2", workspace=workspace).exit_code == 0
