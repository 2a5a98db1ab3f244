"""A `termijnen` result as an iCalendar file (RFC 5545), for "Zet in agenda".

All-day events (``VALUE=DATE``, DTEND the next day), CRLF line ends, lines folded at 75 octets,
text escaped. Each event names the rule's source in its DESCRIPTION, with a link.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from calc.bronnen import BIJLAGE_3_ROL_DUO, FACTSHEET_1_2, FACTSHEET_1_4, Bron, vraag
from calc.datums import datum_nl
from calc.wetten import artikel

PRODID = "-//Integratie en participatie voor gemeenten//Rekenhulp termijnen//NL"

#: Result key → (SUMMARY, the rule's source).
GEBEURTENISSEN: dict[str, tuple[str, Bron]] = {
    "pip_uiterlijk": (
        "PIP uiterlijk vastgesteld door het college (Wet inburgering 2021)",
        artikel("Besluit inburgering 2021", "5.3"),
    ),
    "termijn_einde": ("Einde inburgeringstermijn", FACTSHEET_1_2),
    "termijn_einde_max": (
        "Uiterste einde inburgeringstermijn (met verlenging voor alfabetisering)",
        FACTSHEET_1_2,
    ),
    "participatieverklaring_uiterlijk": (
        "Participatieverklaringstraject uiterlijk afgerond",
        FACTSHEET_1_4,
    ),
    "map_uiterlijk": (
        "Module Arbeidsmarkt en Participatie uiterlijk afgerond (Wet inburgering 2021)",
        artikel("Wet inburgering 2021", "24"),
    ),
    "aanvraag_verlenging_vanaf": (
        "Verlenging van de inburgeringstermijn aanvragen kan vanaf vandaag",
        artikel("Besluit inburgering 2021", "4.5"),
    ),
    "leerroute_wijzigen_uiterlijk": (
        "Laatste dag om de leerroute opnieuw vast te stellen (Wet inburgering 2021)",
        artikel("Besluit inburgering 2021", "5.4"),
    ),
    "nieuw_pip_uiterlijk": (
        "Nieuw PIP na verhuizing uiterlijk vastgesteld (Wet inburgering 2021)",
        artikel("Besluit inburgering 2021", "5.3"),
    ),
    "ontzorgen_einde": (
        "Laatste dag ontzorgen in de bijstand (Participatiewet art. 56a)",
        artikel("Participatiewet", "56a"),
    ),
    "examenuitslag_uiterlijk": ("Uiterlijke datum uitslag examen van DUO", BIJLAGE_3_ROL_DUO),
    "cursuscontract_ontbindbaar_vanaf": ("Cursuscontract ontbindbaar", vraag(8)),
    "nieuwe_termijn_einde": (
        "Laatste dag nieuwe termijn na de boete (uiterlijk; de boetebeschikking is leidend)",
        artikel("Wet inburgering", "32"),
    ),
    "aow_datum": (
        "AOW-leeftijd bereikt: einde inburgeringsplicht",
        artikel("Wet inburgering", "5"),
    ),
}


#: Under the Wet inburgering 2021 the same dates rest on that law.
BRONNEN_WI2021: dict[str, Bron] = {
    "termijn_einde": artikel("Wet inburgering 2021", "11"),
    "participatieverklaring_uiterlijk": artikel("Wet inburgering 2021", "24"),
    "nieuwe_termijn_einde": artikel("Wet inburgering 2021", "24"),
}


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


def _link(bron: Bron, site_url: str) -> str:
    if bron.href.startswith("https://") or not site_url:
        return bron.href
    return site_url.rstrip("/") + "/" + bron.href


def termijnen_ics(
    result: Mapping[str, object], site_url: str = "", nu: datetime | None = None
) -> str:
    """Render a `termijnen` result (the whole `run` output or its ``result``) as iCalendar text."""
    uitkomst = result.get("result", result)
    if not isinstance(uitkomst, Mapping):
        raise ValueError("not a termijnen result")
    stempel = (nu or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    regels = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    gezien: set[str] = set()
    wi2021 = result.get("regime") == "wi2021" or uitkomst.get("termijn_start") is not None
    for sleutel, (samenvatting, bron) in GEBEURTENISSEN.items():
        if wi2021:
            bron = BRONNEN_WI2021.get(sleutel, bron)
        waarde = uitkomst.get(sleutel)
        if not isinstance(waarde, str) or (waarde in gezien and sleutel == "termijn_einde_max"):
            continue
        dag = date.fromisoformat(waarde)
        gezien.add(waarde)
        uid = hashlib.sha256(f"{sleutel}:{waarde}".encode()).hexdigest()[:32]
        beschrijving = (
            f"{samenvatting}: {datum_nl(dag)}. Bron: {bron.label}, {_link(bron, site_url)}"
        )
        regels += [
            "BEGIN:VEVENT",
            f"UID:{uid}@rekenhulp-termijnen",
            f"DTSTAMP:{stempel}",
            f"DTSTART;VALUE=DATE:{dag.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(dag + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape(samenvatting)}",
            f"DESCRIPTION:{escape(beschrijving)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    regels.append("END:VCALENDAR")
    return "".join(vouw(regel) + "\r\n" for regel in regels)
