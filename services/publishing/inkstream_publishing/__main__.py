from inkstream.runtime.app import run_service
from inkstream_publishing.service import definition

run_service(definition)
