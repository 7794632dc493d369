"""API keys: configured as ``client:key`` pairs, kept only as hashes."""

import hashlib
import hmac
from dataclasses import dataclass


class InvalidKeyConfiguration(ValueError):
    """``INKSTREAM_API_KEYS`` is malformed."""


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


@dataclass(frozen=True)
class ApiKeyRing:
    """Answers which client a bearer key belongs to, comparing hashes in constant time."""

    clients_by_digest: tuple[tuple[bytes, str], ...]

    @classmethod
    def parse(cls, configured: str) -> "ApiKeyRing":
        pairs: list[tuple[bytes, str]] = []
        for item in filter(None, (part.strip() for part in configured.split(","))):
            client, separator, key = item.partition(":")
            if not separator or not client or len(key) < 16:
                raise InvalidKeyConfiguration(
                    "INKSTREAM_API_KEYS takes comma-separated client:key pairs, "
                    "each key at least 16 characters"
                )
            pairs.append((_digest(key), client))
        return cls(tuple(pairs))

    def __bool__(self) -> bool:
        return bool(self.clients_by_digest)

    def client_for(self, presented_key: str) -> str | None:
        presented = _digest(presented_key)
        found: str | None = None
        for digest, client in self.clients_by_digest:
            if hmac.compare_digest(digest, presented):
                found = client
        return found
