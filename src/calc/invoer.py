"""Reading form fields into typed values, with a Dutch message per wrong field.

The bridge receives JSON: dates as ISO strings ``YYYY-MM-DD``, booleans as JSON booleans or the
form strings "on"/"true"/"false", counts as ints or digit strings. An absent field and an empty
string mean "not given". Anything else (null, lists, objects, text for a number) is an error on
that field, never an exception.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

#: Plausible years for a date in these calculators (a guard against typos, not a legal rule).
EERSTE_JAAR = 1990
LAATSTE_JAAR = 2100
#: The earliest plausible year of birth of someone who could be inburgeringsplichtig.
EERSTE_GEBOORTEJAAR = 1900

_ISO_DATUM = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_CIJFERS = re.compile(r"^[0-9]+$")
_NEGATIEF = re.compile(r"^-[0-9]+$")
_DECIMAAL = re.compile(r"^-?[0-9]{1,6}([.,][0-9]{1,6})?$")
_JA = {"on", "true"}
_NEE = {"false"}


@dataclass(frozen=True)
class Fout:
    veld: str
    bericht: str

    def als_dict(self) -> dict[str, str]:
        return {"field": self.veld, "message": self.bericht}


class Invoerfouten(Exception):
    """One or more wrong fields; the bridge turns this into ``{"ok": false, "errors": [...]}``."""

    def __init__(self, fouten: Iterable[Fout]) -> None:
        self.fouten = list(fouten)
        super().__init__("; ".join(f"{f.veld}: {f.bericht}" for f in self.fouten))


def _beschrijf(waarde: object) -> str:
    if waarde is None:
        return "een lege waarde (null)"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een object"
    return repr(waarde) if isinstance(waarde, str) else str(waarde)


class Formulier:
    """The fields of one form; collects an error per wrong field."""

    def __init__(
        self, gegevens: Mapping[str, object], velden: Iterable[str], voorvoegsel: str = ""
    ):
        self.gegevens = gegevens
        self.voorvoegsel = voorvoegsel
        self.fouten: list[Fout] = []
        bekend = list(velden)
        for sleutel in gegevens:
            if sleutel not in bekend:
                self.fout(
                    str(sleutel),
                    f"Onbekend veld '{sleutel}'. Deze rekenhulp kent: {', '.join(bekend)}.",
                )

    def fout(self, veld: str, bericht: str) -> None:
        self.fouten.append(Fout(self.voorvoegsel + veld, bericht[:1].upper() + bericht[1:]))

    def _ruw(self, veld: str) -> object | None:
        """The raw value, or None when absent or an empty string (not given)."""
        waarde = self.gegevens.get(veld, "")
        if isinstance(waarde, str) and not waarde.strip():
            return None
        if waarde is None:
            return _NULL
        return waarde

    def _ontbreekt(self, veld: str, label: str, verplicht: bool) -> None:
        if verplicht:
            self.fout(veld, f"Vul {label} in.")

    def datum(
        self, veld: str, label: str, verplicht: bool = False, eerste_jaar: int = EERSTE_JAAR
    ) -> date | None:
        ruw = self._ruw(veld)
        if ruw is None:
            self._ontbreekt(veld, label, verplicht)
            return None
        # Written for the reader of the form, whose glue reads 1-3-2016 and 1 maart 2016 and
        # sends ISO (the contract of the bridge); it puts back what was typed in the echo.
        uitleg = f"Vul {label} in als dag-maand-jaar, bijvoorbeeld 1-3-2016."
        if isinstance(ruw, str):
            ruw = ruw.strip()
        match = _ISO_DATUM.match(ruw) if isinstance(ruw, str) else None
        if match is None:
            self.fout(veld, f"{_beschrijf(_echt(ruw))} is geen datum. {uitleg}")
            return None
        jaar, maand, dag = (int(deel) for deel in match.groups())
        try:
            uitkomst = date(jaar, maand, dag)
        except ValueError:
            self.fout(veld, f"{ruw!r} is geen bestaande datum. {uitleg}")
            return None
        if not eerste_jaar <= jaar <= LAATSTE_JAAR:
            self.fout(
                veld, f"Vul een datum tussen {eerste_jaar} en {LAATSTE_JAAR} in; {jaar} kan niet."
            )
            return None
        return uitkomst

    def vlag(self, veld: str, label: str, standaard: bool) -> bool:
        ruw = self._ruw(veld)
        if ruw is None:
            return standaard
        if isinstance(ruw, bool):
            return ruw
        if isinstance(ruw, str) and ruw.strip().lower() in _JA | _NEE:
            return ruw.strip().lower() in _JA
        self.fout(veld, f"Kies ja of nee bij {label}; {_beschrijf(_echt(ruw))} kan niet.")
        return standaard

    def getal(
        self, veld: str, label: str, maximum: int, verplicht: bool = False, minimum: int = 0
    ) -> int | None:
        ruw = self._ruw(veld)
        if ruw is None:
            self._ontbreekt(veld, label, verplicht)
            return None
        if isinstance(ruw, str) and _CIJFERS.match(ruw.strip()):
            ruw = int(ruw.strip())
        elif isinstance(ruw, str) and _NEGATIEF.match(ruw.strip()):
            ruw = -int(ruw.strip()[1:])
        if type(ruw) is not int:
            self.fout(
                veld, f"Vul bij {label} een heel getal in; {_beschrijf(_echt(ruw))} kan niet."
            )
            return None
        if ruw < 0 <= minimum:
            self.fout(veld, f"{label[0].upper()}{label[1:]} kan niet negatief zijn.")
            return None
        if not minimum <= ruw <= maximum:
            self.fout(veld, f"Vul bij {label} een getal van {minimum} tot {maximum} in.")
            return None
        return ruw

    def decimaal(self, veld: str, label: str, maximum: int) -> Decimal | None:
        """A number ≥ 0 that may have decimals (4.5, "4,5"); None when not given."""
        ruw = self._ruw(veld)
        if ruw is None:
            return None
        getal: Decimal | None = None
        if isinstance(ruw, str) and _DECIMAAL.match(ruw.strip()):
            getal = Decimal(ruw.strip().replace(",", "."))
        elif type(ruw) is int or (type(ruw) is float and math.isfinite(ruw)):
            getal = Decimal(str(ruw))
        if getal is None:
            self.fout(
                veld, f"Vul bij {label} een getal in, zoals 4,5; {_beschrijf(_echt(ruw))} kan niet."
            )
            return None
        if not 0 <= getal <= maximum:
            self.fout(veld, f"Vul bij {label} een getal van 0 tot {maximum} in.")
            return None
        return getal

    def keuze(
        self, veld: str, label: str, opties: tuple[str, ...], verplicht: bool = True
    ) -> str | None:
        ruw = self._ruw(veld)
        if ruw is None:
            self._ontbreekt(veld, label, verplicht)
            return None
        if isinstance(ruw, str) and ruw.strip() in opties:
            return ruw.strip()
        self.fout(
            veld,
            f"Kies bij {label} een van: {', '.join(opties)}; {_beschrijf(_echt(ruw))} kan niet.",
        )
        return None

    def klaar(self) -> None:
        """Raise `Invoerfouten` when any field was wrong."""
        if self.fouten:
            raise Invoerfouten(self.fouten)


class _Null:
    """Marks an explicit JSON null (an error, unlike an absent field)."""


_NULL = _Null()


def _echt(ruw: object) -> object:
    return None if ruw is _NULL else ruw
