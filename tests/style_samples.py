"""Five statements in the house styles other offices publish, written for the
tests (facts invented; force names real, as offices would write them)."""

from __future__ import annotations

from styles import (
    BULLET,
    DATE,
    HEADING,
    PARAGRAPH,
    SUBHEADING,
    TABLE,
    TITLE,
    Expected,
    Piece,
    Style,
)

ORDER = ("The Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires "
         "every Police and Crime Commissioner to publish a statement on the contribution of their "
         "force to the National Crime and Policing Measures.")


def _priority(heading: str, summary: str, facts: list[str], plans: list[str], *,
              summary_heading: str = "A summary of quarterly performance:",
              plan_heading: str = "Summary of planned activity") -> list[Piece]:
    return [Piece(HEADING, heading), Piece(SUBHEADING, summary_heading), Piece(PARAGRAPH, summary),
            Piece(PARAGRAPH, "Activity this quarter has included:"),
            *[Piece(BULLET, fact) for fact in facts],
            Piece(SUBHEADING, plan_heading), *[Piece(BULLET, plan) for plan in plans]]


WEB_PAGE = Style("web page with sub-headings", [
    Piece(TITLE, "Police and Crime Commissioner Statement (Published September 2023)"),
    Piece(PARAGRAPH, ORDER + " This statement sets out how Lancashire Constabulary is contributing."),
    Piece(PARAGRAPH, "It is updated every quarter when new figures are published."),
    *_priority("Reduce murder and other homicide",
               "Lancashire Constabulary recorded 4 homicides in the quarter, one fewer than a year earlier.",
               ["A homicide prevention board met for the first time in July.",
                "Every homicide was reviewed by the major crime team within 48 hours."],
               ["Complete the review of domestic homicide learning.",
                "Brief neighbourhood teams on the new prevention plan."]),
    *_priority("Reduce serious violence",
               "Knife crime fell by 6% compared with the same quarter last year.",
               ["Operation Sceptre ran in four towns.", "Knife arches were used at two festivals."],
               ["Extend the schools programme to a further ten schools."]),
    *_priority("Disrupt drugs supply and county lines",
               "Lancashire Constabulary closed 9 county lines during the quarter.",
               ["Twelve children exploited by lines were referred to support."],
               ["Run a week of action with neighbouring forces in October."]),
    *_priority("Reduce neighbourhood crime",
               "Residential burglary fell by 11% across the county.",
               ["Crime prevention officers visited 300 older residents."],
               ["Launch a bike marking scheme in the city centres."]),
    *_priority("Improve victim satisfaction with a focus on victims of domestic abuse",
               "Of victims surveyed, 74% were satisfied with the service they received.",
               ["A new victim care unit opened in Preston."],
               ["Publish the results of the domestic abuse survey."]),
    *_priority("Tackle cyber crime",
               "Fraud reports rose by 3% while cyber crime reports were stable.",
               ["Cyber protect officers spoke to 40 community groups."],
               ["Run a campaign on courier fraud before Christmas."]),
], Expected(sections=[(None, "introduction"), ("Reduce murder and other homicide", "homicide"),
                      ("Reduce serious violence", "serious-violence"),
                      ("Disrupt drugs supply and county lines", "drugs-county-lines"),
                      ("Reduce neighbourhood crime", "neighbourhood-crime"),
                      ("Improve victim satisfaction with a focus on victims of domestic abuse",
                       "victim-satisfaction"),
                      ("Tackle cyber crime", "cyber-crime")],
            force="Lancashire", date="2023-09", subheadings=12, bullets=15), file_stem="statement")


REWORDED = Style("prefixed and reworded priority headings", [
    Piece(TITLE, "National Policing Priorities"),
    Piece(DATE, "Update April 2024"),
    Piece(PARAGRAPH, ORDER + " This is the statement of the Commissioner for Sussex."),
    Piece(HEADING, "Priority area: Reduce murder and homicide"),
    Piece(SUBHEADING, "Reflections on force performance"),
    Piece(PARAGRAPH, "There were 3 homicides in the quarter and all have been charged."),
    Piece(HEADING, "Priority area: Reduce serious violence"),
    Piece(SUBHEADING, "Reflections on force performance"),
    Piece(PARAGRAPH, "Serious violence fell slightly, led by fewer assaults in the night-time economy."),
    Piece(HEADING, "Priority area: Drugs supply and county lines"),
    Piece(SUBHEADING, "Reflections on force performance"),
    Piece(PARAGRAPH, "Five lines were closed and eleven people were charged."),
    Piece(HEADING, "Priority area: Reduce neighbourhood crime"),
    Piece(SUBHEADING, "Reflections on force performance"),
    Piece(PARAGRAPH, "Burglary and vehicle crime both fell compared with last year."),
    Piece(HEADING, "Priority area: Improve victim satisfaction"),
    Piece(SUBHEADING, "Reflections on force performance"),
    Piece(PARAGRAPH, "Satisfaction with follow-up contact remains the weakest area."),
    Piece(HEADING, "Priority area: Tackle cyber crime"),
    Piece(SUBHEADING, "Reflections on force performance"),
    Piece(PARAGRAPH, "Courier fraud against older people has risen again."),
], Expected(sections=[(None, "introduction"), ("Priority area: Reduce murder and homicide", "homicide"),
                      ("Priority area: Reduce serious violence", "serious-violence"),
                      ("Priority area: Drugs supply and county lines", "drugs-county-lines"),
                      ("Priority area: Reduce neighbourhood crime", "neighbourhood-crime"),
                      ("Priority area: Improve victim satisfaction", "victim-satisfaction"),
                      ("Priority area: Tackle cyber crime", "cyber-crime")],
            force="Sussex", date="2024-04", subheadings=6))


NUMBERED_SECTIONS = Style("numbered section headings with the priorities listed", [
    Piece(TITLE, "Statement on the National Crime and Policing Measures"),
    Piece(HEADING, "1. Introduction"),
    Piece(PARAGRAPH, "The Police and Crime Commissioner for Avon and Somerset provided the below "
                     "information for publication in March 2024."),
    Piece(HEADING, "2. Specified Information Order"),
    Piece(PARAGRAPH, "The Order names six national priorities for policing, which are:"),
    Piece(PARAGRAPH, "1. Reduce murder and other homicide"),
    Piece(PARAGRAPH, "2. Reduce serious violence"),
    Piece(PARAGRAPH, "3. Disrupt drugs supply and county lines"),
    Piece(PARAGRAPH, "4. Reduce neighbourhood crime"),
    Piece(PARAGRAPH, "5. Improve victim satisfaction"),
    Piece(PARAGRAPH, "6. Tackle cyber crime"),
    Piece(HEADING, "3. Statement of Contribution."),
    Piece(PARAGRAPH, "Avon and Somerset Police contributes to every priority, as set out below."),
    Piece(HEADING, "Reduce serious violence"),
    Piece(PARAGRAPH, "The Violence Reduction Unit worked with 200 young people this quarter."),
    Piece(HEADING, "Tackle cyber crime"),
    Piece(PARAGRAPH, "The cyber team gave advice to 85 small businesses."),
], Expected(sections=[("Introduction", "introduction"),
                      ("Specified Information Order", None),
                      ("Statement of Contribution.", None),
                      ("Reduce serious violence", "serious-violence"), ("Tackle cyber crime", "cyber-crime")],
            force="Avon and Somerset", date="2024-03", bullets=6))


TEMPLATE_TABLE = Style("Home Office template table", [
    Piece(TITLE, "Q2 2023/24 National Crime and Policing Measures"),
    Piece(PARAGRAPH, "Devon & Cornwall Police figures for the measures are set out below."),
    Piece(TABLE, cells=[
        ["Priority area", "National metrics and data source", "Crime levels and time period"],
        ["Reduce murder and other homicide", "Homicide (Home Office Homicide Index)",
         "11 offences in the 12 months to September 2023"],
        ["Reduce serious violence", "Hospital admissions for assault with a sharp object",
         "57 admissions in the 12 months to June 2023"],
        ["Disrupt drugs supply and county lines", "Drug trafficking offences",
         "1,204 offences in the 12 months to September 2023"],
    ]),
    Piece(HEADING, "Reduce serious violence"),
    Piece(PARAGRAPH, "Admissions for assault with a knife remain well below the national average."),
    Piece(HEADING, "Reduce neighbourhood crime"),
    Piece(PARAGRAPH, "Neighbourhood crime is down by 8% on the year before."),
], Expected(sections=[(None, "introduction"), ("Reduce serious violence", "serious-violence"),
                      ("Reduce neighbourhood crime", "neighbourhood-crime")],
            force="Devon and Cornwall", date="2023-09", table_rows=4))


ALIGNMENT = Style("alignment statement", [
    Piece(TITLE, "How our plan supports the national priorities"),
    Piece(DATE, "Published November 2024"),
    Piece(HEADING, "Our Police and Crime Plan"),
    Piece(PARAGRAPH, "The Safer West Mercia Plan sets the priorities for West Mercia Police and its "
                     "partners until 2025."),
    Piece(HEADING, "How the priorities align"),
    Piece(PARAGRAPH, "All the national policing priorities are assessed to be applicable, as they "
                     "align to the Safer West Mercia Plan. They are:"),
    Piece(BULLET, "Reduce murder and other homicide"),
    Piece(BULLET, "Reduce serious violence"),
    Piece(BULLET, "Disrupt drugs supply and county lines"),
    Piece(BULLET, "Reduce neighbourhood crime"),
    Piece(BULLET, "Improve victim satisfaction"),
    Piece(BULLET, "Tackle cyber crime"),
    Piece(HEADING, "Holding the force to account"),
    Piece(PARAGRAPH, "The Commissioner reviews West Mercia Police's progress at a public "
                     "assurance meeting every quarter."),
], Expected(sections=[("Our Police and Crime Plan", None),
                      ("How the priorities align", None), ("Holding the force to account", None)],
            force="West Mercia", date="2024-11", bullets=6))

STYLES = (WEB_PAGE, REWORDED, NUMBERED_SECTIONS, TEMPLATE_TABLE, ALIGNMENT)
