"""Names of places: countries, their regions, and cities, for telling places from the rest.

The small NER model often labels a lesser-known place as a person or an organisation
("Kisumu", "Khan Younis", "El Fasher"). A gazetteer settles those: GeoNames' countries,
continents, US states and cities of at least 15,000 people (vendored in
``data/places.json``, CC BY 4.0, built by ``tools/build_places.py``) and the ISO 3166-2
regions of every country (states, provinces, regions, ...) from pycountry.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pycountry

PLACES_RESOURCE = "data/places.json"
# Top-level regions a newsroom writes about; not districts, wards or parishes.
_REGION_TYPES = frozenset(
    {
        "state", "province", "region", "autonomous community", "land", "union territory",
        "country", "governorate", "prefecture", "republic", "autonomous region",
        "federal district", "voivodship", "department", "canton", "autonomous province",
        "emirate", "territory", "autonomous republic", "oblast", "nation",
        "administrative region", "federal territory", "special administrative region",
    }
)  # fmt: skip


def place_key(name: str) -> str:
    """A name as looked up: accents removed, case folded, one space between words."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.replace("’", "'").casefold().split())


def _country_names() -> set[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                names.add(value)
    return names


def _region_names() -> set[str]:
    return {
        subdivision.name
        for subdivision in pycountry.subdivisions
        if subdivision.type.casefold() in _REGION_TYPES
    }


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Known place names, as ``place_key`` gives them.

    ``regions`` (countries, continents, states, provinces) are rarely anything but places;
    a city's name is also a club's, a company's or a person's often enough ("Chelsea",
    "Toyota", "Jackson") that context has to agree.
    """

    regions: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()

    def is_place(self, name: str) -> bool:
        key = place_key(name)
        return not name.isupper() and (key in self.regions or key in self.cities)

    def is_region(self, name: str) -> bool:
        return not name.isupper() and place_key(name) in self.regions


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    vendored = json.loads(
        files(__package__ or "inkstream_enrichment").joinpath(PLACES_RESOURCE).read_text("utf-8")
    )
    regions = {*vendored["regions"], *_country_names(), *_region_names()}
    return Gazetteer(
        regions=frozenset(place_key(name) for name in regions),
        cities=frozenset(place_key(name) for name in vendored["cities"]),
    )
