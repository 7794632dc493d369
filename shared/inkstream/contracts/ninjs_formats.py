"""Article submission formats, all normalised to a ninjs 2.2 :class:`NinjsDocument`.

Accepted: ninjs 2.x, ninjs 3.x (camelCase property names, ``embargoedUntil``,
event and planning items) and a minimal JSON article. :func:`to_ninjs3` goes
the other way, for consumers that want ninjs 3.1.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from importlib.resources import files
from typing import Annotated, Any, Literal, TypedDict, get_args, get_origin

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    StringConstraints,
    ValidationError,
)
from pydantic.fields import FieldInfo

from inkstream.contracts.ninjs import (
    Association,
    Body,
    FinancialSymbol,
    Headline,
    NewsEvent,
    NinjsDocument,
    NinjsObject,
    Rendition,
    Standard,
    body_html_of,
)

__all__ = [
    "FieldError",
    "MinimalArticle",
    "ParsedSubmission",
    "SourceFormat",
    "SubmissionError",
    "extension_schema",
    "parse_submission",
    "to_ninjs3",
]

SourceFormat = Literal["ninjs2", "ninjs3", "minimal"]

NINJS_2_2_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
NINJS_3_1_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"

_EXTENSION_SCHEMA_RESOURCE = "schemas/inkstream-ninjs-extension.json"

# ninjs 3 renamed these properties; every other name is shared by 2.2 and 3.1.
_NINJS3_NAME_OF: dict[str, str] = {
    "representationtype": "representationType",
    "firstcreated": "firstCreated",
    "versioncreated": "versionCreated",
    "contentcreated": "contentCreated",
    "embargoed": "embargoedUntil",
    "pubstatus": "pubStatus",
    "copyrightholder": "copyrightHolder",
    "copyrightnotice": "copyrightNotice",
    "usageterms": "usageTerms",
    "ednote": "edNote",
    "infosources": "infoSources",
    "altids": "altIds",
    "trustindicators": "trustIndicators",
    "rightsinfo": "rightsInfo",
    "digitalsourcetype": "digitalSourceType",
    "contenttype": "contentType",
    "charcount": "charCount",
    "wordcount": "wordCount",
    "contactinfo": "contactInfo",
    "geojson": "geoJSON",
    "postalcode": "postalCode",
    "symboltype": "symbolType",
    "sizeinbytes": "sizeInBytes",
    "langid": "langId",
    "linkedrights": "linkedRights",
    "encodedrights": "encodedRights",
}
_NINJS2_NAME_OF: dict[str, str] = {new: old for old, new in _NINJS3_NAME_OF.items()}

_NINJS3_ONLY_OBJECT_PROPERTIES = frozenset({"eventDetails", "plannedCoverage"})
_NINJS3_ONLY_PROPERTIES: dict[type[BaseModel], frozenset[str]] = {
    NinjsDocument: _NINJS3_ONLY_OBJECT_PROPERTIES,
    Association: _NINJS3_ONLY_OBJECT_PROPERTIES | {"rel"},
    NewsEvent: frozenset({"id"}),
    Rendition: frozenset(
        {
            "aspectRatio",
            "videoCodec",
            "frameRate",
            "poi",
            "transportProtocol",
            "scanType",
            "bitrate",
        }
    ),
}
_NINJS2_ONLY_PROPERTIES: dict[type[BaseModel], frozenset[str]] = {
    FinancialSymbol: frozenset({"ticker"}),
}
_NINJS3_ONLY_TYPES = frozenset({"event", "planning"})
_NINJS3_INTEGER_PROPERTIES = frozenset(
    {"urgency", "charCount", "wordCount", "width", "height", "sizeInBytes"}
)
_NINJS3_URGENCY_RANGE = range(1, 10)

_SCHEMA_VERSION = re.compile(r"ninjs-schema_(\d+)\.")

_MINIMAL_KEYS = frozenset({"headline", "body"})
_NINJS_TEXT_KEYS = frozenset({"headlines", "bodies"})

NonBlankText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class FieldError(TypedDict):
    """One problem with a submission: where (``loc``) and what (``msg``)."""

    loc: list[str | int]
    msg: str


class SubmissionError(ValueError):
    """A submission that is not a valid article; ``errors`` says what is wrong where."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors: list[FieldError] = list(errors)
        summary = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '(submission)'}: {error['msg']}"
            for error in self.errors
        )
        super().__init__(summary or "invalid submission")


class MinimalArticle(BaseModel):
    """The simplest submission: a headline and an HTML body."""

    model_config = ConfigDict(extra="forbid")

    headline: NonBlankText
    body: NonBlankText
    byline: str | None = None
    language: NonBlankText | None = None
    uri: NonBlankText | None = None
    embargoed: AwareDatetime | None = None


@dataclass(frozen=True, slots=True)
class ParsedSubmission:
    """A submission normalised to ninjs 2.2.

    ``unmapped_fields`` lists, as JSON Pointers into the submission, the ninjs 3
    properties that ninjs 2.2 cannot express and that were therefore dropped.
    """

    document: NinjsDocument
    source_format: SourceFormat
    unmapped_fields: tuple[str, ...] = ()


def parse_submission(payload: Mapping[str, Any]) -> ParsedSubmission:
    """Detect the format of ``payload`` and normalise it to a ninjs 2.2 document.

    Raises :class:`SubmissionError` for anything that is not a valid document,
    including text items (``type: "text"``) without a headline or a body.
    """
    if not isinstance(payload, Mapping):
        raise SubmissionError([{"loc": [], "msg": "a submission must be a JSON object"}])
    source_format = _detect_source_format(payload)
    unmapped_fields: list[str] = []
    if source_format == "minimal":
        document = _document_from_minimal(payload)
    else:
        ninjs = {key: value for key, value in payload.items() if key != "$schema"}
        if source_format == "ninjs3":
            ninjs = _ninjs3_to_ninjs2(ninjs, "", model=NinjsDocument, unmapped=unmapped_fields)
        document = _validate_ninjs(ninjs, source_format)
    _require_article_parts(document)
    return ParsedSubmission(document, source_format, tuple(unmapped_fields))


def to_ninjs3(doc: NinjsDocument) -> dict[str, Any]:
    """The document in ninjs 3.1 form.

    Extension properties are left out: the 3.1 schema allows no others.
    """
    return _ninjs2_to_ninjs3(doc.to_json_dict(), "", model=NinjsDocument)


def extension_schema() -> dict[str, Any]:
    """The JSON Schema of Inkstream's extension of ninjs 2.2."""
    resource = files(__package__ or "inkstream.contracts").joinpath(_EXTENSION_SCHEMA_RESOURCE)
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


def _detect_source_format(payload: Mapping[str, Any]) -> SourceFormat:
    if payload.keys() & _MINIMAL_KEYS and not payload.keys() & _NINJS_TEXT_KEYS:
        return "minimal"
    declared_major = _declared_ninjs_major_version(payload)
    if declared_major is not None:
        return "ninjs3" if declared_major >= 3 else "ninjs2"
    ninjs3_pointers = []
    ninjs2_pointers = []
    for pointer, key, value, model in _walk_ninjs(payload, NinjsDocument, ""):
        if _is_ninjs3_only(key, value, model) or key in _NINJS2_NAME_OF:
            ninjs3_pointers.append(pointer)
        elif key in _NINJS2_ONLY_PROPERTIES.get(model, frozenset()) or key in _NINJS3_NAME_OF:
            ninjs2_pointers.append(pointer)
    if ninjs3_pointers and ninjs2_pointers:
        raise SubmissionError(
            [
                {
                    "loc": _loc_of(pointer),
                    "msg": "ninjs 3 property in a document that also uses ninjs 2 names "
                    f"(such as {ninjs2_pointers[0]!r})",
                }
                for pointer in ninjs3_pointers
            ]
        )
    return "ninjs3" if ninjs3_pointers else "ninjs2"


def _declared_ninjs_major_version(payload: Mapping[str, Any]) -> int | None:
    standard = payload.get("standard")
    ninjs_standard = (
        standard
        if isinstance(standard, Mapping) and str(standard.get("name", "")).lower() == "ninjs"
        else None
    )
    schema_uris = [payload.get("$schema")]
    if ninjs_standard is not None:
        schema_uris.append(ninjs_standard.get("schema"))
    for schema_uri in schema_uris:
        if isinstance(schema_uri, str) and (match := _SCHEMA_VERSION.search(schema_uri)):
            return int(match.group(1))
    if ninjs_standard is not None:
        major = str(ninjs_standard.get("version", "")).partition(".")[0]
        if major.isdigit():
            return int(major)
    return None


def _document_from_minimal(payload: Mapping[str, Any]) -> NinjsDocument:
    try:
        article = MinimalArticle.model_validate(payload)
    except ValidationError as error:
        raise SubmissionError(_field_errors(error)) from error
    return NinjsDocument(
        uri=article.uri or f"urn:inkstream:article:{uuid.uuid4().hex}",
        type="text",
        headlines=[Headline(role="main", contenttype="text/plain", value=article.headline)],
        bodies=[Body(role="main", contenttype="text/html", value=article.body)],
        by=(article.byline or "").strip() or None,
        language=article.language,
        embargoed=article.embargoed,
    )


def _validate_ninjs(ninjs: Mapping[str, Any], source_format: SourceFormat) -> NinjsDocument:
    try:
        return NinjsDocument.model_validate(ninjs)
    except ValidationError as error:
        rename = _NINJS3_NAME_OF if source_format == "ninjs3" else {}
        raise SubmissionError(_field_errors(error, rename)) from error


def _require_article_parts(document: NinjsDocument) -> None:
    if document.type != "text":
        return
    errors: list[FieldError] = []
    if not any(headline.value.strip() for headline in document.headlines or []):
        errors.append({"loc": ["headlines"], "msg": "an article (type 'text') needs a headline"})
    if not body_html_of(document).strip():
        errors.append(
            {
                "loc": ["bodies"],
                "msg": "an article (type 'text') needs a body in HTML or plain text",
            }
        )
    if errors:
        raise SubmissionError(errors)


def _field_errors(
    error: ValidationError, submitted_name_of: Mapping[str, str] | None = None
) -> list[FieldError]:
    """Pydantic's errors, located by the property names the submitter used."""
    renames = submitted_name_of or {}
    return [
        {"loc": [_renamed(part, renames) for part in detail["loc"]], "msg": detail["msg"]}
        for detail in error.errors()
    ]


def _renamed(loc_part: str | int, renames: Mapping[str, str]) -> str | int:
    return renames.get(loc_part, loc_part) if isinstance(loc_part, str) else loc_part


def _ninjs3_to_ninjs2(
    data: Mapping[str, Any], pointer: str, *, model: type[BaseModel], unmapped: list[str]
) -> dict[str, Any]:
    fields = _fields_by_wire_name(model)
    converted: dict[str, Any] = {}
    for key, value in data.items():
        key_pointer = _child_pointer(pointer, key)
        if _is_ninjs3_only(key, value, model):
            unmapped.append(key_pointer)
            continue
        name = _NINJS2_NAME_OF.get(key, key)
        nested_model = _nested_model(fields.get(name))
        if nested_model is not None:
            convert = partial(_ninjs3_to_ninjs2, model=nested_model, unmapped=unmapped)
            value = _map_nested(value, key_pointer, convert)
        converted[name] = value
    if model is Standard:
        _restate_standard(converted, "2.2", NINJS_2_2_SCHEMA_URI)
    return converted


def _ninjs2_to_ninjs3(
    data: Mapping[str, Any], pointer: str, *, model: type[BaseModel]
) -> dict[str, Any]:
    fields = _fields_by_wire_name(model)
    ninjs2_only = _NINJS2_ONLY_PROPERTIES.get(model, frozenset())
    converted: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields or key in ninjs2_only:
            continue
        nested_model = _nested_model(fields[key])
        if nested_model is not None:
            convert = partial(_ninjs2_to_ninjs3, model=nested_model)
            value = _map_nested(value, _child_pointer(pointer, key), convert)
        name = _NINJS3_NAME_OF.get(key, key)
        if name in _NINJS3_INTEGER_PROPERTIES:
            value = round(value)
            if name == "urgency" and value not in _NINJS3_URGENCY_RANGE:
                continue
        converted[name] = value
    if model is FinancialSymbol and "symbol" not in converted and "ticker" in data:
        converted["symbol"] = data["ticker"]
    if model is Standard:
        _restate_standard(converted, "3.1", NINJS_3_1_SCHEMA_URI)
    return converted


def _restate_standard(standard: dict[str, Any], version: str, schema_uri: str) -> None:
    """A converted document conforms to the target version, so its ``standard`` must say so."""
    if str(standard.get("name", "")).lower() == "ninjs":
        standard["version"] = version
        standard["schema"] = schema_uri


def _is_ninjs3_only(key: str, value: Any, model: type[BaseModel]) -> bool:
    """Whether ``key: value`` in an object of ``model`` exists in ninjs 3 only."""
    if key == "type" and issubclass(model, NinjsObject):
        return value in _NINJS3_ONLY_TYPES
    return key in _NINJS3_ONLY_PROPERTIES.get(model, frozenset())


def _walk_ninjs(
    data: Mapping[str, Any], model: type[BaseModel], pointer: str
) -> Iterator[tuple[str, str, Any, type[BaseModel]]]:
    """Every property of a ninjs 2 or 3 document as (JSON Pointer, name, value, owning model).

    Only ninjs structures are entered; free-form values such as GeoJSON are not.
    """
    fields = _fields_by_wire_name(model)
    for key, value in data.items():
        key_pointer = _child_pointer(pointer, key)
        yield key_pointer, key, value, model
        nested_model = _nested_model(fields.get(_NINJS2_NAME_OF.get(key, key)))
        if nested_model is None:
            continue
        for item_pointer, item in _nested_objects(value, key_pointer):
            yield from _walk_ninjs(item, nested_model, item_pointer)


def _map_nested(
    value: Any,
    pointer: str,
    convert: Callable[[Mapping[str, Any], str], dict[str, Any]],
) -> Any:
    if isinstance(value, Mapping):
        return convert(value, pointer)
    if isinstance(value, list):
        return [
            convert(item, _child_pointer(pointer, str(index)))
            if isinstance(item, Mapping)
            else item
            for index, item in enumerate(value)
        ]
    return value


def _nested_objects(value: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(value, Mapping):
        yield pointer, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, Mapping):
                yield _child_pointer(pointer, str(index)), item


@cache
def _fields_by_wire_name(model: type[BaseModel]) -> dict[str, FieldInfo]:
    return {field.alias or name: field for name, field in model.model_fields.items()}


def _nested_model(field: FieldInfo | None) -> type[BaseModel] | None:
    return None if field is None else _model_in_annotation(field.annotation)


def _model_in_annotation(annotation: Any) -> type[BaseModel] | None:
    if get_origin(annotation) is None:
        is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        return annotation if is_model else None
    for argument in get_args(annotation):
        model = _model_in_annotation(argument)
        if model is not None:
            return model
    return None


def _child_pointer(pointer: str, token: str) -> str:
    return f"{pointer}/{token.replace('~', '~0').replace('/', '~1')}"


def _loc_of(pointer: str) -> list[str | int]:
    tokens = (token.replace("~1", "/").replace("~0", "~") for token in pointer.split("/")[1:])
    return [int(token) if token.isdigit() else token for token in tokens]
