from inkstream.runtime.app import run_service
from inkstream_recommendation.service import definition

run_service(definition)
