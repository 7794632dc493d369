"""Enrichment's operator commands."""

import argparse
import asyncio
from collections.abc import Sequence

from inkstream.runtime.logging import configure_logging
from inkstream_enrichment.config import EnrichmentSettings
from inkstream_enrichment.reenrich import DEFAULT_CHUNK_SIZE, run_reenrichment


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m inkstream_enrichment")
    commands = parser.add_subparsers(dest="command", required=True)
    reenrich = commands.add_parser(
        "reenrich",
        help="enrich stored articles again and send ArticleEnriched for their current version",
        description="Uses the service's settings (INKSTREAM_* variables): its database, "
        "Redis and stream prefix.",
    )
    chosen = reenrich.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--all", action="store_true", help="every stored, live article")
    chosen.add_argument("--uri", action="append", dest="uris", help="an article uri (repeatable)")
    reenrich.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    reenrich.add_argument("--workers", type=int, default=None, help="model processes to use")
    arguments = parser.parse_args(argv)

    settings = EnrichmentSettings()
    configure_logging("enrichment", settings.log_level, settings.log_format)
    report = asyncio.run(
        run_reenrichment(
            settings,
            uris=None if arguments.all else arguments.uris,
            chunk_size=arguments.chunk_size,
            workers=arguments.workers,
        )
    )
    print(f"re-enriched {report.articles} article(s); run {report.run_id}")
    for uri in report.missing_uris:
        print(f"not stored (never ingested, or withdrawn): {uri}")
    return 1 if report.missing_uris else 0
