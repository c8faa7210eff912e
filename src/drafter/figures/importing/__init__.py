"""Importing figures from the spreadsheets offices receive.

``run`` reads a file and stores it all or nothing; ``tables`` and
``workbooks`` turn a CSV, .xlsx or .ods file into sheets of cells; the
layouts are ``long`` (one figure per row), ``open_data`` (the Home Office's
police recorded crime open data, quarters added up into years) and ``wide``
(+ ``headers``: areas in rows, measures in columns); ``mapping`` reads the
mapping files that say which rows and columns make up each measure;
``areas`` names the area a row is for; ``problems`` and ``gathered`` hold
what is found.
"""

from drafter.figures.importing.mapping import MAPPING_FILE
from drafter.figures.importing.problems import Problem, parse_value
from drafter.figures.importing.run import ImportReport, import_figures, read_figures_file

__all__ = ["MAPPING_FILE", "ImportReport", "Problem", "import_figures", "parse_value",
           "read_figures_file"]
