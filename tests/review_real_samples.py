"""Statements in other forces' house styles for the review tests, written for
the project (facts and figures invented; force names real, as offices write
them). Each is the shape a reviewer meets: a saved web page, a board paper, a
statement per priority."""

from __future__ import annotations

PRIORITY_HEADINGS = (
    "Reduce murder and other homicide", "Reduce serious violence",
    "Disrupt drugs supply and county lines", "Reduce neighbourhood crime",
    "Improve victim satisfaction", "Tackle cyber crime",
)


def web_page(title: str, published: str, opening: str, sections: dict[str, list[str]]) -> str:
    """A saved web page: site chrome around the statement, one <h2> per section."""
    body = "".join(f"<h2>{heading}</h2>" + "".join(f"<p>{text}</p>" for text in paragraphs)
                   for heading, paragraphs in sections.items())
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title></head><body>"
            "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
            "<a href=\"/contact\">Contact us</a></nav></header>"
            f"<main><h1>{title}</h1><p>{published}</p><p>{opening}</p>{body}</main>"
            "<footer><p>Accessibility</p><p>Privacy notice</p></footer></body></html>")


# The homicide and knife crime sentences as one office writes them; the
# force is never named, so nothing says whose figures these are.
FINANCIAL_YEAR_TO_DATE = web_page(
    "National Crime and Policing Measures", "Published October 2024",
    "The Commissioner publishes this statement every quarter on how the force is "
    "contributing to the Government's national priorities for policing.",
    {
        "Reduce murder and other homicide": [
            "Financial year to date (April to September 2024) there have been 6 homicides. "
            "This is a decrease of 72% (15 fewer offences) compared to the same period in the "
            "previous financial year.",
            "Operation Target continues to focus on the small number of people most likely to be "
            "involved in serious violence.",
        ],
        "Reduce serious violence": [
            "Financial year to date, knife crime is down by 9% compared to the same period in the "
            "previous financial year, and homicides fell by 72%.",
        ],
    })

MERSEYSIDE_NAMED = FINANCIAL_YEAR_TO_DATE.replace(
    "how the force is contributing", "how Merseyside Police is contributing")


def board_paper(force: str, month: str, sections: dict[str, list[str]]) -> str:
    """A numbered board paper, as plain text."""
    lines = [f"{force} Police and Crime Panel", "", month, "",
             f"Title: National Policing Priorities – {force} Police and Crime Commissioner Statement",
             ""]
    number = 1
    for heading, paragraphs in sections.items():
        lines += [heading, ""]
        for text in paragraphs:
            lines += [f"{number}. {text}", ""]
            number += 1
    return "\n".join(lines)


# Applicability as West Mercia's statements put it, then a section per priority.
WEST_MERCIA_APPLICABILITY = board_paper("West Mercia", "November 2024", {
    "Introduction": [
        "All the national policing priorities are assessed to be applicable as they align to the "
        "priorities of the Safer West Mercia Plan and West Mercia Police's Control Strategy.",
    ],
    **{heading: [f"Work on this priority continued with partners across the force area during "
                 f"the quarter ({heading.lower()})."] for heading in PRIORITY_HEADINGS},
})


def per_priority_statement(force: str, statements: dict[str, str]) -> str:
    """A statement whose applicability is given priority by priority."""
    return board_paper(force, "March 2024", {
        "Introduction": [f"This paper sets out the contribution of {force} Police to the national "
                         "priorities for policing."],
        **{heading: [statements[heading], "Partners met monthly to review progress."]
           for heading in PRIORITY_HEADINGS},
    })
