from inkstream.runtime.app import run_service
from inkstream_ingest.service import definition

run_service(definition)
