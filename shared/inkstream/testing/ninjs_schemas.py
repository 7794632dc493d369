"""Validators for IPTC's ninjs schemas, which live beside the repository (../shared/specs)."""

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from referencing import Registry, Resource

from inkstream.contracts.ninjs_formats import extension_schema

NINJS_2_2_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
GEOJSON_SCHEMA_URI = "https://geojson.org/schema/GeoJSON.json"


def specs_dir() -> Path:
    """The specifications folder: ``INKSTREAM_SPECS_DIR``, or ``shared/specs`` beside the repo."""
    configured = os.environ.get("INKSTREAM_SPECS_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3].parent / "shared" / "specs"


def ninjs_specs_dir() -> Path:
    return specs_dir() / "ninjs"


def load_json(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def examples(version: str) -> list[Path]:
    return sorted((ninjs_specs_dir() / f"examples-{version}").glob("*.json"))


@cache
def schema_registry() -> Registry:
    # Places reference the remote GeoJSON schema; tests run offline, so a stand-in is registered.
    geojson_stand_in = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}
    return Registry().with_resources(
        [
            (
                NINJS_2_2_SCHEMA_URI,
                Resource.from_contents(load_json(ninjs_specs_dir() / "ninjs-schema_2.2.json")),
            ),
            (GEOJSON_SCHEMA_URI, Resource.from_contents(geojson_stand_in)),
        ]
    )


def validator(schema: dict[str, Any]) -> Validator:
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, registry=schema_registry())


@cache
def ninjs22_validator() -> Validator:
    return validator(load_json(ninjs_specs_dir() / "ninjs-schema_2.2.json"))


@cache
def ninjs31_validator() -> Validator:
    return validator(load_json(ninjs_specs_dir() / "ninjs-schema_3.1.json"))


@cache
def extension_validator() -> Validator:
    """ninjs 2.2 plus Inkstream's extension properties."""
    return validator(extension_schema())


def schema_errors(schema_validator: Validator, instance: dict[str, Any]) -> list[str]:
    return [
        f"{error.json_path}: {error.message}" for error in schema_validator.iter_errors(instance)
    ]
