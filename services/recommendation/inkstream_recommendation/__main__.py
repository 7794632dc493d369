import sys

from inkstream_recommendation.commands import main

main(sys.argv[1:])
