"""IPTC ninjs 2.2 news documents as pydantic models.

Property names follow ``ninjs-schema_2.2.json`` exactly. Absent properties are
``None`` in Python and omitted when serialised, because the schema has no nulls.
"""

from __future__ import annotations

import re
from html import escape
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    FiniteFloat,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

__all__ = [
    "Address",
    "AltId",
    "Association",
    "Body",
    "Concept",
    "ContactInfo",
    "Description",
    "DigitalSourceType",
    "FinancialSymbol",
    "Genre",
    "Headline",
    "InfoSource",
    "MaterialObject",
    "NewsEvent",
    "NewsType",
    "NinjsDocument",
    "NinjsObject",
    "Organisation",
    "Person",
    "Place",
    "PubStatus",
    "Rendition",
    "RepresentationType",
    "RightsInfo",
    "Standard",
    "Subject",
    "TrustIndicator",
    "body_html_of",
    "byline_of",
    "headline_of",
]

NewsType = Literal["text", "audio", "video", "picture", "graphic", "composite", "component"]
RepresentationType = Literal["full", "partial"]
PubStatus = Literal["usable", "withheld", "canceled"]


def _compact_number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


Number = Annotated[FiniteFloat, PlainSerializer(_compact_number)]
"""A JSON number; whole values serialise as integers (``70``, not ``70.0``)."""

Percentage = Annotated[int, Field(ge=0, le=100)]


class NinjsModel(BaseModel):
    """Base of every ninjs part: unknown properties are rejected, as in the schema."""

    model_config = ConfigDict(
        extra="forbid",
        serialize_by_alias=True,
        json_schema_mode_override="validation",
    )

    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        serialised: dict[str, Any] = handler(self)
        return {name: value for name, value in serialised.items() if value is not None}


class Headline(NinjsModel):
    role: str | None = None
    contenttype: str | None = None
    value: str


class Description(NinjsModel):
    role: str | None = None
    contenttype: str | None = None
    value: str


class Body(NinjsModel):
    role: str | None = None
    contenttype: str | None = None
    charcount: Number | None = None
    wordcount: Number | None = None
    value: str


class Address(NinjsModel):
    lines: list[str] | None = None
    locality: str | None = None
    area: str | None = None
    postalcode: str | None = None
    country: str | None = None


class ContactInfo(NinjsModel):
    """One way to reach a party: exactly one of ``value`` or ``address``."""

    type: str | None = None
    role: str | None = None
    lang: str | None = None
    name: str | None = None
    value: str | None = None
    address: Address | None = None

    @model_validator(mode="after")
    def _value_or_address(self) -> Self:
        if (self.value is None) == (self.address is None):
            raise ValueError("contact info needs exactly one of 'value' or 'address'")
        return self


class Concept(NinjsModel):
    """Something the content relates to, identified by ``uri`` and/or ``literal``."""

    name: str | None = None
    rel: str | None = None
    uri: str | None = None
    literal: str | None = None


class Person(Concept):
    contactinfo: list[ContactInfo] | None = None


class FinancialSymbol(NinjsModel):
    ticker: str | None = None
    exchange: str | None = None
    symboltype: str | None = None
    symbol: str | None = None


class Organisation(Concept):
    symbols: list[FinancialSymbol] | None = None
    contactinfo: list[ContactInfo] | None = None


class Place(Concept):
    contactinfo: list[ContactInfo] | None = None
    geojson: dict[str, Any] | None = None


class Subject(Concept):
    creator: str | None = None
    relevance: Percentage | None = None
    confidence: Percentage | None = None


class NewsEvent(Concept):
    """Something that happens, planned or not (ninjs ``events``)."""


class MaterialObject(Concept):
    """Something material, excluding persons (ninjs ``objects``)."""


class InfoSource(NinjsModel):
    name: str | None = None
    role: str | None = None
    uri: str | None = None
    literal: str | None = None
    contactinfo: list[ContactInfo] | None = None


class Genre(NinjsModel):
    name: str | None = None
    uri: str | None = None
    literal: str | None = None


class Rendition(NinjsModel):
    name: str
    href: str | None = None
    contenttype: str | None = None
    title: str | None = None
    height: Number | None = None
    width: Number | None = None
    sizeinbytes: Number | None = None
    duration: Number | None = None
    format: str | None = None


class AltId(NinjsModel):
    role: str | None = None
    value: str | None = None


class TrustIndicator(NinjsModel):
    role: str | None = None
    title: str | None = None
    href: str | None = None


class Standard(NinjsModel):
    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True)

    name: str | None = None
    version: str | None = None
    # ``schema`` would shadow a BaseModel attribute, hence the alias.
    schema_uri: str | None = Field(default=None, alias="schema")


class RightsInfo(NinjsModel):
    """Rights expression: exactly one of ``linkedrights`` or ``encodedrights``."""

    model_config = ConfigDict(extra="allow")

    langid: str | None = None
    linkedrights: str | None = None
    encodedrights: str | None = None

    @model_validator(mode="after")
    def _linked_or_encoded(self) -> Self:
        if (self.linkedrights is None) == (self.encodedrights is None):
            raise ValueError("rights info needs exactly one of 'linkedrights' or 'encodedrights'")
        return self


class DigitalSourceType(NinjsModel):
    name: str | None = None
    uri: str | None = None
    literal: str | None = None


class NinjsObject(NinjsModel):
    """The properties of ninjs 2.2's ``ninjsType``, shared by documents and associations."""

    uri: Annotated[str, Field(min_length=1)]
    type: NewsType | None = None
    representationtype: RepresentationType | None = None
    profile: str | None = None
    version: str | None = None
    firstcreated: AwareDatetime | None = None
    versioncreated: AwareDatetime | None = None
    contentcreated: AwareDatetime | None = None
    embargoed: AwareDatetime | None = None
    pubstatus: PubStatus | None = None
    urgency: Number | None = None
    copyrightholder: str | None = None
    copyrightnotice: str | None = None
    usageterms: str | None = None
    ednote: str | None = None
    language: str | None = None
    descriptions: list[Description] | None = None
    bodies: list[Body] | None = None
    headlines: list[Headline] | None = None
    people: list[Person] | None = None
    organisations: list[Organisation] | None = None
    places: list[Place] | None = None
    subjects: list[Subject] | None = None
    events: list[NewsEvent] | None = None
    objects: list[MaterialObject] | None = None
    infosources: list[InfoSource] | None = None
    title: str | None = None
    by: str | None = None
    slugline: str | None = None
    located: str | None = None
    renditions: list[Rendition] | None = None
    associations: list[Association] | None = None
    altids: list[AltId] | None = None
    trustindicators: list[TrustIndicator] | None = None
    standard: Standard | None = None
    genres: list[Genre] | None = None
    expires: AwareDatetime | None = None
    rightsinfo: RightsInfo | None = None
    digitalsourcetype: DigitalSourceType | None = None


class Association(NinjsObject):
    """A news object associated with another one, such as a story's main picture."""

    name: str


class NinjsDocument(NinjsObject):
    """A ninjs 2.2 news item; unknown top-level properties (extensions) are kept."""

    model_config = ConfigDict(extra="allow")

    def to_json_dict(self) -> dict[str, Any]:
        """The document as a JSON-ready dict in ninjs 2.2 form, without absent properties."""
        return self.model_dump(mode="json")


NinjsObject.model_rebuild()
Association.model_rebuild()
NinjsDocument.model_rebuild()


def headline_of(doc: NinjsObject) -> str:
    """The main headline: the one with role "main", else the first, else the title."""
    headlines = doc.headlines or []
    chosen = next((headline for headline in headlines if headline.role == "main"), None)
    if chosen is None and headlines:
        chosen = headlines[0]
    if chosen is not None:
        return chosen.value
    return doc.title or ""


def byline_of(doc: NinjsObject) -> str | None:
    """Who made the content (``by``), or None when nobody is credited."""
    byline = (doc.by or "").strip()
    return byline or None


def body_html_of(doc: NinjsObject) -> str:
    """The body as HTML: an (X)HTML body as is, else a plain-text body escaped into paragraphs."""
    bodies = doc.bodies or []
    html_body = next((body for body in bodies if _is_html(body.contenttype)), None)
    if html_body is not None:
        return html_body.value
    text_body = next((body for body in bodies if _is_plain_text(body.contenttype)), None)
    if text_body is not None:
        return _plain_text_as_html(text_body.value)
    return ""


def _is_html(contenttype: str | None) -> bool:
    # Matches text/html, application/xhtml+xml and legacy values such as "body_xhtml".
    return contenttype is not None and "html" in contenttype.lower()


def _is_plain_text(contenttype: str | None) -> bool:
    # A body without a content type is treated as text, so markup in it is escaped.
    return contenttype is None or contenttype.lower().startswith("text/plain")


_BLANK_LINE = re.compile(r"\n\s*\n")
_LINE_BREAK = re.compile(r"\n")


def _plain_text_as_html(text: str) -> str:
    # Blank lines separate paragraphs; text without any uses one paragraph per line.
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    paragraphs = (paragraph.strip() for paragraph in separator.split(text))
    return "".join(
        f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in paragraphs if paragraph
    )
