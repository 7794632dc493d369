"""Webhook targets: refused on loopback, private, link-local and metadata addresses.

No traffic leaves the machine: addresses are checked, never connected to.
"""

import socket
from collections.abc import Sequence

import pytest

from inkstream_publishing.webhooks.targets import Resolver, TargetRefused, resolve_target


def resolver_answering(*addresses: str) -> Resolver:
    async def resolve(host: str, port: int) -> Sequence[str]:
        return addresses

    return resolve


async def failing_resolver(host: str, port: int) -> Sequence[str]:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/hook", "loopback"),
        ("http://127.0.0.2:8080/hook", "loopback"),
        ("http://[::1]/hook", "loopback"),
        ("http://10.1.2.3/hook", "private"),
        ("http://172.16.0.9/hook", "private"),
        ("http://192.168.1.20/hook", "private"),
        ("http://[fd12:3456::1]/hook", "private"),
        ("http://169.254.10.10/hook", "link-local"),
        ("http://[fe80::1]/hook", "link-local"),
        ("http://0.0.0.0/hook", "unspecified"),
        ("http://100.64.0.1/hook", "not a public address"),
        ("http://[::ffff:127.0.0.1]/hook", "loopback"),
        ("http://[64:ff9b::a00:1]/hook", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://168.63.129.16/", "metadata"),
        ("http://[fd00:ec2::254]/", "metadata"),
    ],
)
async def test_addresses_outside_the_public_internet_are_refused(url: str, reason: str) -> None:
    with pytest.raises(TargetRefused, match=reason):
        await resolve_target(url, allow_private=False)


async def test_a_host_name_is_checked_on_the_address_it_resolves_to() -> None:
    with pytest.raises(TargetRefused, match=r"hooks\.example\.com resolves to 10\.0\.0\.7"):
        await resolve_target(
            "https://hooks.example.com/in",
            allow_private=False,
            resolver=resolver_answering("93.184.215.14", "10.0.0.7"),
        )


async def test_localhost_is_refused_through_the_system_resolver() -> None:
    with pytest.raises(TargetRefused, match="loopback"):
        await resolve_target("http://localhost:9/hook", allow_private=False)


async def test_allowing_private_targets_still_refuses_metadata_addresses() -> None:
    allowed = await resolve_target("http://127.0.0.1:8080/hook", allow_private=True)
    assert str(allowed.address) == "127.0.0.1"
    with pytest.raises(TargetRefused, match="metadata"):
        await resolve_target(
            "http://metadata.google.internal/computeMetadata/v1/",
            allow_private=True,
            resolver=resolver_answering("169.254.169.254"),
        )


async def test_a_public_target_is_pinned_to_the_address_that_was_checked() -> None:
    target = await resolve_target(
        "https://hooks.example.com:8443/in?site=1",
        allow_private=False,
        resolver=resolver_answering("93.184.215.14"),
    )
    assert str(target.pinned_url) == "https://93.184.215.14:8443/in?site=1"
    assert target.host_header == "hooks.example.com:8443"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.com/hook", "http:// or https://"),
        ("file:///etc/passwd", "http:// or https://"),
        ("http:///hook", "no host"),
        ("not a url", "http:// or https://"),
    ],
)
async def test_malformed_urls_are_refused(url: str, reason: str) -> None:
    with pytest.raises(TargetRefused, match=reason):
        await resolve_target(url, allow_private=True)


async def test_a_name_that_does_not_resolve_is_refused() -> None:
    with pytest.raises(TargetRefused, match="cannot resolve"):
        await resolve_target(
            "https://nowhere.example.com/hook", allow_private=False, resolver=failing_resolver
        )
