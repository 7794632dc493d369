"""Which webhook targets may be called: no loopback, private, link-local or metadata addresses.

A target is checked on the addresses its host resolves to, when the subscription
is created and again before every attempt; the attempt then connects to the
address that was checked, so a DNS answer that changes in between cannot
redirect it.
"""

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

ALLOWED_SCHEMES = ("http", "https")

METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(address)
    for address in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack instance metadata
        "169.254.170.2",  # AWS ECS task metadata
        "fd00:ec2::254",  # AWS metadata over IPv6
        "100.100.100.200",  # Alibaba Cloud metadata
        "168.63.129.16",  # Azure wire server: a public address, so named here
    )
)
NAT64_PREFIX = ipaddress.IPv6Network("64:ff9b::/96")


class TargetRefused(ValueError):
    """The target URL is malformed or points where webhooks may not go."""


@dataclass(frozen=True)
class ResolvedTarget:
    """A target URL and the checked address an attempt must connect to."""

    url: httpx.URL
    address: IPAddress

    @property
    def pinned_url(self) -> httpx.URL:
        return self.url.copy_with(host=str(self.address))

    @property
    def host_header(self) -> str:
        return self.url.netloc.decode("ascii")


def parse_target_url(url: str) -> httpx.URL:
    """The URL if its form is acceptable: http or https, with a host."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise TargetRefused(f"not a valid URL: {error}") from error
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise TargetRefused("the URL must start with http:// or https://")
    if not parsed.host:
        raise TargetRefused("the URL has no host")
    return parsed


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64_PREFIX:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal_reason(address: IPAddress, *, allow_private: bool) -> str | None:
    """Why webhooks may not go to ``address``, or None if they may."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        return refusal_reason(embedded, allow_private=allow_private)
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if allow_private:
        return None
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "not a public address"
    return None


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for ``host``."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _literal_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


async def resolve_target(
    url: str, *, allow_private: bool, resolver: Resolver = system_resolver
) -> ResolvedTarget:
    """Check ``url`` on every address its host resolves to; all of them must be allowed."""
    parsed = parse_target_url(url)
    host = parsed.host
    literal = _literal_address(host)
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        try:
            answers = await resolver(host, parsed.port or (443 if parsed.scheme == "https" else 80))
        except (OSError, UnicodeError) as error:
            raise TargetRefused(f"cannot resolve {host}: {error}") from error
        addresses = list(dict.fromkeys(ipaddress.ip_address(answer) for answer in answers))
        if not addresses:
            raise TargetRefused(f"{host} resolves to no address")
    for address in addresses:
        reason = refusal_reason(address, allow_private=allow_private)
        if reason is not None:
            shown = host if literal is not None else f"{host} resolves to {address}, which"
            raise TargetRefused(f"{shown} is {reason}; webhooks may not be sent there")
    return ResolvedTarget(url=parsed, address=addresses[0])
