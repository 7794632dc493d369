"""``python -m inkstream_enrichment`` runs the service; with a command, runs that command."""

import sys

from inkstream.runtime.app import run_service

if len(sys.argv) > 1:
    from inkstream_enrichment.cli import main

    sys.exit(main(sys.argv[1:]))

from inkstream_enrichment.service import definition

run_service(definition)
