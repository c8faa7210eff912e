"""A small real corpus for the retrieval tests, indexed once per session.

Four statements: three quarters of the fictional Wyvernshire force (the
knife-bin paragraph carried forward each quarter with new figures) and one of
Marchland. ``indexed_copy(tmp_path)`` gives each test its own copy of the
indexed workspace, so tests may add to it or rebuild it independently.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import drafter
from drafter.statement import Paragraph, Section, Statement
from drafter.store.schema import set_meta
from drafter.store.statements import content_hash, insert_statement

KNIFE_BINS = ("Our office funds {bins} knife surrender bins across the county, where weapons can be "
              "left without questions being asked; {weapons} blades were deposited in the year to {month}.")


def wyvernshire(date: str, bins: int, weapons: int, month: str) -> Statement:
    return Statement(
        title=f"Wyvernshire national priorities statement {date}", force="Wyvernshire", date=date,
        sections=[
            Section("Introduction", "introduction", [
                Paragraph(1, "This statement reports the force's contribution to the national "
                             "policing priorities to the Police and Crime Panel."),
            ]),
            Section("Reduce Serious Violence", "serious-violence", [
                Paragraph(2, KNIFE_BINS.format(bins=bins, weapons=weapons, month=month)),
                Paragraph(3, "The violence reduction unit runs mentoring for young people excluded "
                             "from school, pairing each with a youth worker for six months."),
            ]),
            Section("Drug Supply and County Lines", "drugs-county-lines", [
                Paragraph(4, "Officers closed county lines run from the city into market towns and "
                             "safeguarded children exploited as couriers for dealers."),
                Paragraph(5, "Drug testing on arrest refers people who test positive for cocaine or "
                             "heroin to treatment services."),
            ]),
            Section("Tackle Fraud and Cybercrime", "cyber-crime", [
                Paragraph(6, "The economic crime unit contacted victims of romance fraud and bank "
                             "impersonation scams, helping them recover lost money."),
                Paragraph(7, "Cyber protect officers gave small businesses advice on ransomware, "
                             "phishing emails and online account security."),
            ]),
            Section("Improve Victim Satisfaction", "victim-satisfaction", [
                Paragraph(8, "Victim satisfaction surveys show most victims were satisfied with how "
                             "officers kept them informed about their case."),
            ]),
        ],
    )


def marchland() -> Statement:
    return Statement(
        title="Marchland statement", force="Marchland", date="2024-06",
        sections=[
            Section("Reducing serious violence", "serious-violence", [
                Paragraph(1, "Weapon sweeps in parks recovered a machete and two kitchen knife blades "
                             "hidden in hedges near schools."),
            ]),
            Section("Neighbourhood crime", "neighbourhood-crime", [
                Paragraph(2, "Burglary prevention teams fitted door locks and window alarms for "
                             "households burgled in the last year."),
            ]),
            Section("Partnership updates", None, [
                Paragraph(3, "Bank staff alerted officers when an elderly customer tried to withdraw "
                             "cash for a courier fraud scam, and the phishing victim kept her money."),
            ]),
            Section("Victims", "victim-satisfaction", [
                Paragraph(4, "Victims told the survey they were satisfied when officers kept them "
                             "informed and explained what would happen next in their case."),
            ]),
        ],
    )


STATEMENTS = [
    wyvernshire("2023-12", 8, 410, "November"),
    wyvernshire("2024-03", 10, 655, "February"),
    wyvernshire("2024-06", 12, 980, "May"),
    marchland(),
]


def add(workspace, statement: Statement, name: str) -> int:
    """Insert a statement the way the corpus module stores one."""
    return insert_statement(workspace.database, statement, file=name, original=None, fmt="txt",
                            digest=content_hash(repr(statement).encode()))


def fill(workspace) -> None:
    for number, statement in enumerate(STATEMENTS):
        add(workspace, statement, f"{(statement.force or 'x').lower()}-{statement.date}-{number}.txt")


@functools.lru_cache(maxsize=None)
def indexed_template() -> Path:
    """A workspace holding STATEMENTS with its index built (once per session)."""
    root = Path(tempfile.mkdtemp(prefix="drafter-retrieval-")) / "ws"
    atexit.register(shutil.rmtree, root.parent, True)
    with drafter.open_workspace(root, seed=False) as workspace:
        # Marked seeded so the CLI does not add the bundled samples to it.
        set_meta(workspace.database, "seeded", "1")
        fill(workspace)
        workspace.build_index()
    return root


def indexed_copy(tmp_path: Path) -> Path:
    """A private copy of the indexed workspace."""
    target = tmp_path / "indexed-ws"
    shutil.copytree(indexed_template(), target)
    return target
