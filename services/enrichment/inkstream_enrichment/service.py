"""The enrichment service: language, counts, excerpt, slug and keywords."""

from inkstream.contracts.events import ArticleEnriched, ArticleIngested, ArticleWithdrawn
from inkstream.contracts.streams import Stream
from inkstream.runtime.app import ConsumerSpec, EmissionSpec, ServiceDefinition
from inkstream_enrichment.config import EnrichmentSettings
from inkstream_enrichment.handlers import EnrichArticle
from inkstream_enrichment.tables import EnrichmentResult

definition = ServiceDefinition(
    name="enrichment",
    title="Inkstream enrichment",
    description="Adds language, word count, reading time, excerpt, slug and keywords.",
    settings_type=EnrichmentSettings,
    tables=(EnrichmentResult,),
    consumers=(
        ConsumerSpec(
            stream=Stream.INGESTED,
            handler_factory=lambda _context: EnrichArticle(),
            event_types=(ArticleIngested, ArticleWithdrawn),
        ),
    ),
    emissions=(EmissionSpec(Stream.ENRICHED, (ArticleEnriched, ArticleWithdrawn)),),
)
