from inkstream.runtime.app import run_service
from inkstream_enrichment.service import definition

run_service(definition)
