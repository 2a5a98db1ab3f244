"""A `termijnen` or `overzicht` answer as an iCalendar file (RFC 5545), for "Zet in agenda".

Termijnen's dates are its result keys (`GEBEURTENISSEN`); the overview of one person lists its
dates itself (`gebeurtenissen`: every calculator's, each with its key), and they are the events.

All-day events (``VALUE=DATE``, DTEND the next day), CRLF line ends, lines folded at 75 octets,
text escaped. Each event cites the source of the step on the page that states its date: the
answer says which step that is (``stated_in``: result key -> index in ``steps``, recorded by
the rules as they write the step), so the calendar and the page cannot cite different sources.
Each event has a reminder (VALARM) two weeks before, at 09:00. Optional: the reader's case label
(`kenmerk`) in every event's SUMMARY and DESCRIPTION, and only the dates from a given day on
(`vanaf`: the reader's today).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from calc.datums import datum_nl

PRODID = "-//Integratie en participatie voor gemeenten//Rekenhulp termijnen//NL"

#: Result key -> the event's SUMMARY, in the order of the calendar.
GEBEURTENISSEN: dict[str, str] = {
    "pip_uiterlijk": "PIP uiterlijk vastgesteld door het college (Wet inburgering 2021)",
    "termijn_einde": "Einde inburgeringstermijn",
    "termijn_einde_max": "Uiterste einde inburgeringstermijn (met verlenging voor alfabetisering)",
    "participatieverklaring_uiterlijk": "Participatieverklaringstraject uiterlijk afgerond",
    "map_uiterlijk": (
        "Module Arbeidsmarkt en Participatie uiterlijk afgerond (Wet inburgering 2021)"
    ),
    "aanvraag_verlenging_vanaf": (
        "Verlenging van de inburgeringstermijn aanvragen kan vanaf vandaag"
    ),
    "leerroute_wijzigen_uiterlijk": (
        "Laatste dag om de leerroute opnieuw vast te stellen (Wet inburgering 2021)"
    ),
    "nieuw_pip_uiterlijk": "Nieuw PIP na verhuizing uiterlijk vastgesteld (Wet inburgering 2021)",
    "ontzorgen_einde": "Laatste dag ontzorgen in de bijstand (Participatiewet art. 56a)",
    "examenuitslag_uiterlijk": "Uiterlijke datum uitslag examen van DUO",
    "cursuscontract_ontbindbaar_vanaf": "Cursuscontract ontbindbaar",
    "nieuwe_termijn_einde": (
        "Laatste dag nieuwe termijn na de boete (uiterlijk; de boetebeschikking is leidend)"
    ),
    "aow_datum": "AOW-leeftijd bereikt: einde inburgeringsplicht",
}

#: The reminder: 14 days before the (all-day) event, at 09:00 of that day. The event starts at
#: 00:00, so the trigger is 13 days and 15 hours before it ("-P13DT15H").
HERINNERING_DAGEN = 14
HERINNERING_UUR = 9
HERINNERING_TRIGGER = f"-P{HERINNERING_DAGEN - 1}DT{24 - HERINNERING_UUR}H"
#: The case label: short, one line (the field on the page has the same maximum).
KENMERK_MAX = 40


def escape(tekst: str) -> str:
    """Escape TEXT values (RFC 5545 §3.3.11)."""
    return (
        tekst.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def vouw(regel: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1)."""
    delen: list[str] = []
    huidig, lengte, maximum = "", 0, 75
    for teken in regel:
        grootte = len(teken.encode("utf-8"))
        if lengte + grootte > maximum:
            delen.append(huidig)
            huidig, lengte, maximum = " ", 1, 75
        huidig += teken
        lengte += grootte
    delen.append(huidig)
    return "\r\n".join(delen)


def kenmerk_schoon(kenmerk: str) -> str:
    """The case label on one line: control characters (line breaks too) as spaces, spaces
    collapsed, at most `KENMERK_MAX` characters."""
    zonder = "".join(" " if ord(t) < 32 or ord(t) == 127 else t for t in kenmerk)
    return " ".join(zonder.split())[:KENMERK_MAX].strip()


def _link(href: str, site_url: str) -> str:
    if href.startswith("https://") or not site_url:
        return href
    return site_url.rstrip("/") + "/" + href


def _bron(antwoord: Mapping[str, object], sleutel: str, site_url: str) -> str:
    """'Bron: label, link' of the step that states result `sleutel`; '' if none does."""
    stappen, genoemd = antwoord.get("steps"), antwoord.get("stated_in")
    if not isinstance(stappen, list) or not isinstance(genoemd, Mapping):
        return ""
    index = genoemd.get(sleutel)
    if not isinstance(index, int) or not 0 <= index < len(stappen):
        return ""
    stap = stappen[index]
    bron = stap.get("source") if isinstance(stap, Mapping) else None
    if not isinstance(bron, Mapping):
        return ""
    label, href = str(bron.get("label", "")), str(bron.get("href", ""))
    return f" Bron: {label}, {_link(href, site_url)}" if href else f" Bron: {label}"


def _event(
    sleutel: str, dag: date, samenvatting: str, beschrijving: str, kenmerk: str, stempel: str
) -> list[str]:
    uid = hashlib.sha256(f"{kenmerk}:{sleutel}:{dag.isoformat()}".encode()).hexdigest()[:32]
    herinnering = f"Over {HERINNERING_DAGEN} dagen ({datum_nl(dag)}): {samenvatting}"
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@rekenhulp-termijnen",
        f"DTSTAMP:{stempel}",
        f"DTSTART;VALUE=DATE:{dag.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(dag + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape(samenvatting)}",
        f"DESCRIPTION:{escape(beschrijving)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER:{HERINNERING_TRIGGER}",
        f"DESCRIPTION:{escape(herinnering)}",
        "END:VALARM",
        "END:VEVENT",
    ]


def datums(uitkomst: Mapping[str, object]) -> list[tuple[str, date, str]]:
    """The answer's dates as (key, day, summary), in the calendar's order."""
    lijst = uitkomst.get("gebeurtenissen")
    if isinstance(lijst, list):  # the overview: its own list, every calculator's dates
        return [
            (
                str(g["sleutel"]),
                date.fromisoformat(str(g["datum"])),
                f"{g['wat']} ({g['rekenhulp']})",
            )
            for g in lijst
            if isinstance(g, Mapping)
        ]
    gevonden, gezien = [], set()
    for sleutel, samenvatting in GEBEURTENISSEN.items():
        waarde = uitkomst.get(sleutel)
        if not isinstance(waarde, str) or (waarde in gezien and sleutel == "termijn_einde_max"):
            continue
        gezien.add(waarde)
        gevonden.append((sleutel, date.fromisoformat(waarde), samenvatting))
    return gevonden


def gebeurtenissen(
    antwoord: Mapping[str, object],
    site_url: str,
    stempel: str,
    *,
    kenmerk: str = "",
    vanaf: date | None = None,
) -> list[str]:
    """The VEVENTs of one answer (the whole `run` output; a bare ``result`` gives events
    without sources); `vanaf` leaves out the dates before that day."""
    uitkomst = antwoord.get("result", antwoord)
    if not isinstance(uitkomst, Mapping):
        raise ValueError("not a calculator's result")
    kenmerk = kenmerk_schoon(kenmerk)
    regels: list[str] = []
    for sleutel, dag, samenvatting in datums(uitkomst):
        if vanaf is not None and dag < vanaf:
            continue
        beschrijving = f"{samenvatting}: {datum_nl(dag)}.{_bron(antwoord, sleutel, site_url)}"
        if kenmerk:
            samenvatting = f"[{kenmerk}] {samenvatting}"
            beschrijving = f"Kenmerk: {kenmerk}. {beschrijving}"
        regels += _event(sleutel, dag, samenvatting, beschrijving, kenmerk, stempel)
    return regels


def kalender(gebeurtenissen: list[str]) -> str:
    """VEVENT lines in one calendar, folded, with CRLF line ends."""
    regels = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    regels += [*gebeurtenissen, "END:VCALENDAR"]
    return "".join(vouw(regel) + "\r\n" for regel in regels)


def stempel(nu: datetime | None = None) -> str:
    return (nu or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")


def termijnen_ics(
    antwoord: Mapping[str, object],
    site_url: str = "",
    nu: datetime | None = None,
    *,
    kenmerk: str = "",
    vanaf: date | None = None,
) -> str:
    """Render an answer (the whole `run` output; a bare ``result`` gives events without
    sources) as iCalendar text; `vanaf` leaves out the dates before that day."""
    return kalender(gebeurtenissen(antwoord, site_url, stempel(nu), kenmerk=kenmerk, vanaf=vanaf))
