"""Package discovery for the mapped layout (pyproject.toml's package-dir).

pyproject.toml alone cannot discover packages that live outside ``src/``
under another name (the desk in ``tui/`` is ``drafter.tui``), so the list is
computed here from the same mapping: every package under each mapped
directory is included, and a new subpackage can never be left out of the wheel.
"""

import tomllib
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
MAPPED = tomllib.loads((HERE / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]


def packages_under(name: str, directory: str) -> list[str]:
    return [name] + [f"{name}.{sub}" for sub in find_packages(str(HERE / directory))]


setup(packages=sorted({package for name, directory in MAPPED.items()
                       for package in packages_under(name, directory)}))
