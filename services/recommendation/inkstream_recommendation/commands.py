"""``python -m inkstream_recommendation [serve | rebuild-index [--reembed]]``."""

import argparse
from collections.abc import Sequence

from inkstream.runtime.app import run_service
from inkstream.runtime.logging import configure_logging
from inkstream.runtime.storage import Database
from inkstream_recommendation.config import RecommendationSettings
from inkstream_recommendation.embedding import WordLlamaEmbedder
from inkstream_recommendation.index_store import rebuild_index
from inkstream_recommendation.service import definition


def rebuild(reembed_all: bool) -> str:
    """Rebuild the saved index from the database; returns a one-line summary."""
    settings = RecommendationSettings()
    configure_logging(definition.name, settings.log_level, settings.log_format)
    database = Database(settings.database_url, definition.tables)
    try:
        database.create_tables()
        keeper = rebuild_index(
            database, settings.index_directory, WordLlamaEmbedder(), reembed_all=reembed_all
        )
    finally:
        database.dispose()
    return (
        f"rebuilt the index of {len(keeper.related)} live articles up to change "
        f"{keeper.applied_sequence} in {settings.index_directory}"
    )


def main(arguments: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m inkstream_recommendation")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("serve", help="run the service (the default)")
    rebuilding = commands.add_parser(
        "rebuild-index",
        help="rebuild the saved ANN index from the database (a running service keeps its own "
        "until it restarts)",
    )
    rebuilding.add_argument(
        "--reembed", action="store_true", help="embed every article again from its stored text"
    )
    parsed = parser.parse_args(arguments)
    if parsed.command == "rebuild-index":
        print(rebuild(parsed.reembed))
    else:
        run_service(definition)
