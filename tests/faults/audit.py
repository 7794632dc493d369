"""The checker: what the newsroom was promised against what was published.

Plain functions over plain data, in the manner of Jepsen's queue checker:
each acknowledged version must be published once and in version order, or
superseded (a newer version of the same article was published, so the
pipeline rightly skipped the older one); nothing may be published that was
not acknowledged; only poison may end in the dead letters.
"""

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

WITHDRAWN = "ArticleWithdrawn"
EXAMPLES = 5


def stream_id_key(entry_id: str) -> tuple[int, int]:
    milliseconds, _, sequence = entry_id.partition("-")
    return int(milliseconds), int(sequence or 0)


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """Ingest answered 202: this version of this article is the pipeline's to publish."""

    uri: str
    version: int
    withdrawal: bool = False


@dataclass(frozen=True, slots=True)
class Publication:
    """One entry read from the published stream."""

    entry_id: str
    uri: str
    version: int
    event_type: str
    event_id: str

    @property
    def withdrawal(self) -> bool:
        return self.event_type == WITHDRAWN


@dataclass(frozen=True)
class PublicationAudit:
    acknowledged: int
    published: int
    lost: int
    unexpected: int
    duplicates: int
    out_of_order: int
    superseded: int
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def failures(self) -> int:
        return self.lost + self.unexpected + self.duplicates + self.out_of_order


def audit_publications(
    acknowledged: Iterable[Acknowledgement], publications: Sequence[Publication]
) -> PublicationAudit:
    """Compare acknowledged versions with the published stream (in stream order)."""
    promised = {(ack.uri, ack.version): ack for ack in acknowledged}
    ordered = sorted(publications, key=lambda publication: stream_id_key(publication.entry_id))
    examples: dict[str, list[str]] = defaultdict(list)

    def note(kind: str, text: str) -> None:
        if len(examples[kind]) < EXAMPLES:
            examples[kind].append(text)

    times_published: Counter[tuple[str, int]] = Counter()
    newest_published: dict[str, int] = {}
    out_of_order = 0
    unexpected: set[tuple[str, int]] = set()
    for publication in ordered:
        key = (publication.uri, publication.version)
        times_published[key] += 1
        if times_published[key] > 1:
            note("duplicates", f"{publication.uri} v{publication.version} {publication.entry_id}")
        newest = newest_published.get(publication.uri, 0)
        if publication.version < newest:
            out_of_order += 1
            note("out_of_order", f"{publication.uri} v{publication.version} after v{newest}")
        newest_published[publication.uri] = max(newest, publication.version)
        ack = promised.get(key)
        if ack is None or ack.withdrawal != publication.withdrawal:
            if key not in unexpected:
                note(
                    "unexpected",
                    f"{publication.uri} v{publication.version} {publication.event_type}",
                )
            unexpected.add(key)

    lost = superseded = 0
    for (uri, version), _ack in promised.items():
        if (uri, version) in times_published:
            continue
        if newest_published.get(uri, 0) > version:
            superseded += 1
        else:
            lost += 1
            note("lost", f"{uri} v{version}")
    return PublicationAudit(
        acknowledged=len(promised),
        published=len(times_published),
        lost=lost,
        unexpected=len(unexpected),
        duplicates=sum(count - 1 for count in times_published.values()),
        out_of_order=out_of_order,
        superseded=superseded,
        examples=dict(examples),
    )


@dataclass(frozen=True, slots=True)
class DeadLetterRecord:
    """One entry of a ``{prefix}:dlq:{service}`` stream."""

    service: str
    source_stream: str
    source_id: str
    event: str

    @property
    def article(self) -> tuple[str, int] | None:
        try:
            parsed = json.loads(self.event)
        except ValueError:
            return None
        if not isinstance(parsed, dict) or not isinstance(parsed.get("article_uri"), str):
            return None
        version = parsed.get("article_version")
        return parsed["article_uri"], version if isinstance(version, int) else 0


@dataclass(frozen=True)
class DeadLetterAudit:
    dead_lettered: int
    not_poison: int
    poison_missing: int
    repeated: int
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def failures(self) -> int:
        return self.not_poison + self.poison_missing + self.repeated


def audit_dead_letters(
    dead_letters: Sequence[DeadLetterRecord],
    injected_entries: Mapping[tuple[str, str], Sequence[str]],
    poison_versions: Mapping[tuple[str, int], str],
    poison_uri_prefix: str,
) -> DeadLetterAudit:
    """Every dead letter is poison, and every piece of poison is dead-lettered once.

    ``injected_entries`` maps (stream, entry id) of each malformed entry the
    harness appended to the services whose groups read that stream;
    ``poison_versions`` maps each acknowledged poison version to the service
    expected to reject it.
    """
    examples: dict[str, list[str]] = defaultdict(list)
    seen: Counter[tuple[str, str, str]] = Counter()
    poison_seen: set[tuple[str, int, str]] = set()
    not_poison = 0
    for dead in dead_letters:
        seen[(dead.service, dead.source_stream, dead.source_id)] += 1
        article = dead.article
        if (dead.source_stream, dead.source_id) in injected_entries:
            continue
        if article is not None and article[0].startswith(poison_uri_prefix):
            poison_seen.add((*article, dead.service))
            continue
        not_poison += 1
        if len(examples["not_poison"]) < EXAMPLES:
            examples["not_poison"].append(f"{dead.service}: {dead.event[:120]}")
    expected = [
        (service, stream, entry_id)
        for (stream, entry_id), services in injected_entries.items()
        for service in services
    ]
    missing = [key for key in expected if key not in seen]
    missing_poison = [
        (uri, version, service)
        for (uri, version), service in poison_versions.items()
        if (uri, version, service) not in poison_seen
    ]
    examples["poison_missing"] = [str(key) for key in [*missing, *missing_poison][:EXAMPLES]]
    return DeadLetterAudit(
        dead_lettered=len(dead_letters),
        not_poison=not_poison,
        poison_missing=len(missing) + len(missing_poison),
        repeated=sum(count - 1 for count in seen.values()),
        examples={kind: found for kind, found in examples.items() if found},
    )
