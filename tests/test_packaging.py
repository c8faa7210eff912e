"""The wheel holds everything an editable install finds: every package of the
engine and the desk, and every data file (styles, templates, mapping files,
acronym lists, the sample corpus). An editable install and the tests would
pass with a subpackage missing from the wheel; a user's plain install would not."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA_SUFFIXES = {".tcss", ".j2", ".toml", ".txt", ".csv", ".md", ".html", ".docx", ".xlsx", ".json"}


def _mapped_directories() -> dict[str, Path]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {name: ROOT / directory
            for name, directory in config["tool"]["setuptools"]["package-dir"].items()}


def _expected_files() -> set[str]:
    """Every module and data file, as the wheel names it."""
    expected = set()
    for name, directory in _mapped_directories().items():
        prefix = name.replace(".", "/")
        for path in directory.rglob("*"):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            relative = path.relative_to(directory)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if path.suffix == ".py" or path.suffix in DATA_SUFFIXES:
                if path.name == "README.md" and relative.parent == Path(".") and name != "drafter.templates":
                    continue  # notes for maintainers beside the data, not package data (the templates' is
                    # their guide, copied into each workspace beside them)
                expected.add(f"{prefix}/{relative.as_posix()}")
    return expected


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        capture_output=True, text=True)
    if built.returncode != 0:
        pytest.fail(f"the wheel did not build:\n{built.stderr[-2000:]}")
    wheel = next(out.glob("drafter-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_module_and_data_file_is_in_the_wheel(wheel_names):
    missing = sorted(_expected_files() - wheel_names)
    assert not missing, missing


def test_the_wheel_holds_nothing_from_outside_the_package(wheel_names):
    strays = sorted(name for name in wheel_names
                    if not name.startswith(("drafter/", "drafter-")))
    assert not strays, strays
