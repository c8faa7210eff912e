"""Every command documents itself with an example, and help is fast to reach."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from drafter.cli.main import cli as root_command


def _all_commands(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _all_commands(sub, (*path, name))


COMMANDS = list(_all_commands(root_command))


@pytest.mark.parametrize("path,command", COMMANDS, ids=[" ".join(p) or "drafter" for p, _ in COMMANDS])
def test_every_command_help_has_an_example(path, command, cli):
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.stderr
    examples = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("Example")]
    assert examples, f"'drafter {' '.join(path)} --help' has no example line"
    assert any("drafter" in line for line in examples)
    joined = [line for line in result.stdout.splitlines() if line.count("Example") > 1]
    assert not joined, f"'drafter {' '.join(path)} --help' runs examples together: {joined}"
    # An office's own workspace holds no sample force: the examples name real ones.
    assert not any(sample in result.stdout for sample in ("Severnshire", "Ashmoor"))


def test_help_does_not_load_heavy_libraries():
    code = (
        "import sys\n"
        "from drafter.cli.main import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in ('spacy', 'sklearn', 'textual', 'scipy', 'numba', 'docx', 'pdfplumber', 'jinja2')"
        " if m in sys.modules)\n"
        "print('HEAVY:' + ','.join(heavy))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip().endswith("HEAVY:"), output


def test_unknown_command_is_a_one_line_error(cli):
    result = cli("frobnicate")
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr
    assert "No such command" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


GROUPS = [(path, command) for path, command in COMMANDS if isinstance(command, click.Group)]


@pytest.mark.parametrize("path,group", GROUPS, ids=[" ".join(p) or "drafter" for p, _ in GROUPS])
def test_every_command_is_summed_up_whole_in_an_80_column_terminal(path, group, cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    listed = cli(*path, "--help").stdout.split("Commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(listed) == len(group.commands)
    assert not [line for line in listed if line.endswith("...")], listed


def test_a_group_without_its_command_names_the_commands_in_one_line(cli):
    result = cli("figures")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("drafter: error: drafter figures needs a command: derived, import, list, remove, "
                             "templates (see 'drafter figures --help')\n")
