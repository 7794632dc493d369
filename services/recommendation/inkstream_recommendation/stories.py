"""Stories: the articles, across languages and days, about one news event.

Each article is given the story of the most similar article published within
``StoryRules.window_days`` of it, when that similarity reaches ``StoryRules.threshold``;
otherwise it starts a story of its own. Similarity is the cosine of the articles'
multilingual "story vectors" (headline and lead, ``embedding.MultilingualEmbedder``),
raised by the people, organisations and places both name, since names survive
translation better than any other word. A follow-up joins its story because it is close
to at least one report of it; a different event on the same topic stays apart because
it names other people and places.

Plain data in memory, kept in publication order so that the window is a slice.
"""

from __future__ import annotations

import bisect
import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

SECONDS_PER_DAY = 86_400.0
STORY_ID_PREFIX = "story-"
_STORY_ID_HASH_BYTES = 8

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True)
class StoryRules:
    """When an article joins a story."""

    threshold: float = 0.85
    entity_weight: float = 0.08
    """What sharing every name adds to the cosine (scaled by the share of names shared)."""
    window_days: float = 10.0
    kept_windows: float = 3.0
    """How many windows back from the newest article memory keeps (older ones no new
    article can join; their stories stay in the database)."""


@dataclass(frozen=True, slots=True)
class StoryMember:
    """An article as its story lists it."""

    uri: str
    language: str | None
    headline: str
    published: float
    story_id: str


@dataclass(slots=True)
class _Window:
    published: list[float] = field(default_factory=list)
    uris: list[str] = field(default_factory=list)


def story_id_for(uri: str) -> str:
    """The id of a story started by ``uri``: stable, opaque, safe in a URL path."""
    digest = hashlib.blake2b(uri.encode(), digest_size=_STORY_ID_HASH_BYTES).hexdigest()
    return STORY_ID_PREFIX + digest


def shared_name_share(first: Iterable[str], second: Iterable[str]) -> float:
    """The share of the smaller set of names that the other names too."""
    one, other = set(first), set(second)
    if not one or not other:
        return 0.0
    return len(one & other) / min(len(one), len(other))


class StoryIndex:
    """The live articles' story vectors, names and stories, searchable by time window."""

    def __init__(self, dimensions: int, rules: StoryRules | None = None) -> None:
        self.dimensions = dimensions
        self.rules = rules or StoryRules()
        self._members: dict[str, StoryMember] = {}
        self._vectors: dict[str, Vectors] = {}
        self._names: dict[str, frozenset[str]] = {}
        self._window = _Window()
        self._by_story: dict[str, set[str]] = {}
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, uri: object) -> bool:
        return uri in self._members

    def member(self, uri: str) -> StoryMember | None:
        with self._lock:
            return self._members.get(uri)

    def story(self, story_id: str) -> list[StoryMember]:
        """The live articles of a story, first published first."""
        with self._lock:
            uris = self._by_story.get(story_id, set())
            return sorted((self._members[uri] for uri in uris), key=lambda m: (m.published, m.uri))

    def assign(
        self,
        uri: str,
        vector: Vectors,
        names: Iterable[str],
        published: float,
        language: str | None,
        headline: str,
    ) -> StoryMember:
        """Put ``uri`` into the story it belongs to (or a new one) and index it.

        A uri already indexed keeps its story: a new version is the same article.
        """
        with self._lock:
            previous = self._members.get(uri)
            name_set = frozenset(names)
            story_id = (
                previous.story_id
                if previous is not None
                else self._closest_story(uri, vector, name_set, published) or story_id_for(uri)
            )
            member = StoryMember(uri, language, headline, published, story_id)
            self.put(member, vector, name_set)
            self._forget_before(
                self._window.published[-1]
                - self.rules.kept_windows * self.rules.window_days * SECONDS_PER_DAY
            )
            return member

    def _forget_before(self, published: float) -> None:
        end = bisect.bisect_left(self._window.published, published)
        if end:
            self.remove(self._window.uris[:end])

    def put(self, member: StoryMember, vector: Vectors, names: Iterable[str]) -> None:
        """Index ``member`` in its known story (as restored from storage)."""
        with self._lock:
            self.remove([member.uri])
            self._members[member.uri] = member
            self._vectors[member.uri] = np.asarray(vector, dtype=np.float32)
            self._names[member.uri] = frozenset(names)
            position = bisect.bisect_right(self._window.published, member.published)
            self._window.published.insert(position, member.published)
            self._window.uris.insert(position, member.uri)
            self._by_story.setdefault(member.story_id, set()).add(member.uri)

    def remove(self, uris: Iterable[str]) -> None:
        with self._lock:
            for uri in uris:
                member = self._members.pop(uri, None)
                if member is None:
                    continue
                del self._vectors[uri]
                del self._names[uri]
                start = bisect.bisect_left(self._window.published, member.published)
                offset = self._window.uris.index(uri, start)
                del self._window.published[offset]
                del self._window.uris[offset]
                mates = self._by_story[member.story_id]
                mates.discard(uri)
                if not mates:
                    del self._by_story[member.story_id]

    def similar(
        self, vector: Vectors, names: Iterable[str], published: float, exclude: str
    ) -> list[tuple[str, float]]:
        """Articles within the window, most similar first, with their story similarity."""
        with self._lock:
            span = self.rules.window_days * SECONDS_PER_DAY
            start = bisect.bisect_left(self._window.published, published - span)
            end = bisect.bisect_right(self._window.published, published + span)
            uris = [uri for uri in self._window.uris[start:end] if uri != exclude]
            if not uris:
                return []
            cosines = np.stack([self._vectors[uri] for uri in uris]) @ vector
            name_set = frozenset(names)
            scores = [
                float(cosine)
                + self.rules.entity_weight * shared_name_share(name_set, self._names[uri])
                for uri, cosine in zip(uris, cosines, strict=True)
            ]
            order = sorted(range(len(uris)), key=lambda index: -scores[index])
            return [(uris[index], scores[index]) for index in order]

    def similar_to(self, uri: str) -> list[tuple[str, float]]:
        """``similar`` for the indexed article ``uri``; KeyError if it is not indexed."""
        with self._lock:
            member = self._members[uri]
            return self.similar(self._vectors[uri], self._names[uri], member.published, uri)

    def _closest_story(
        self, uri: str, vector: Vectors, names: frozenset[str], published: float
    ) -> str | None:
        found = self.similar(vector, names, published, exclude=uri)
        if found and found[0][1] >= self.rules.threshold:
            return self._members[found[0][0]].story_id
        return None
