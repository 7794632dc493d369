"""Writing what enrichment found into the ninjs document."""

from inkstream.contracts.events import Enrichment
from inkstream.contracts.ninjs import Body, Description, NinjsDocument
from inkstream_enrichment.analysis import TextAnalysis

EXCERPT_ROLE = "summary"


def enrichment_of(analysis: TextAnalysis) -> Enrichment:
    return Enrichment(
        language=analysis.language,
        word_count=analysis.word_count,
        char_count=analysis.char_count,
        reading_time_minutes=analysis.reading_time_minutes,
        excerpt=analysis.excerpt,
        slug=analysis.slug,
        keywords=list(analysis.keywords),
    )


def tagged_document(document: NinjsDocument, enrichment: Enrichment) -> NinjsDocument:
    """``document`` with language, counts, excerpt and Inkstream's extension fields."""
    bodies = [
        Body.model_validate(
            {
                **body.model_dump(),
                "charcount": enrichment.char_count,
                "wordcount": enrichment.word_count,
            }
        )
        for body in document.bodies or []
    ]
    descriptions = list(document.descriptions or [])
    if enrichment.excerpt and not any(d.role == EXCERPT_ROLE for d in descriptions):
        descriptions.append(Description(role=EXCERPT_ROLE, value=enrichment.excerpt))
    tagged = document.model_copy(
        update={
            "language": document.language or enrichment.language,
            "bodies": bodies or None,
            "descriptions": descriptions or None,
        }
    )
    extensions = {
        "inkstream_slug": enrichment.slug,
        "inkstream_wordcount": enrichment.word_count,
        "inkstream_readtime_minutes": enrichment.reading_time_minutes,
        "inkstream_keywords": enrichment.keywords,
    }
    return NinjsDocument.model_validate({**tagged.to_json_dict(), **extensions})
