"""Reading and writing enrichment's tables; callers own the transaction."""

from collections.abc import Sequence

from sqlmodel import Session, col, select

from inkstream.contracts.events import ArticleIngested, Enrichment, utc_now
from inkstream.contracts.ninjs import NinjsDocument
from inkstream_enrichment.tables import EnrichmentResult, IngestedArticle


def remember_ingested(session: Session, event: ArticleIngested) -> None:
    """Keep ``event``'s document as the article's latest, unless a newer one is kept."""
    stored = session.get(IngestedArticle, event.article_uri)
    if stored is not None and stored.version > event.article_version:
        return
    document = event.article.model_dump_json()
    if stored is None:
        stored = IngestedArticle(
            uri=event.article_uri,
            version=event.article_version,
            document=document,
            correlation_id=event.correlation_id,
        )
    else:
        stored.version = event.article_version
        stored.document = document
        stored.correlation_id = event.correlation_id
        stored.ingested_at = utc_now()
    session.add(stored)


def forget_article(session: Session, uri: str) -> None:
    """A withdrawn article is not enriched again."""
    stored = session.get(IngestedArticle, uri)
    if stored is not None:
        session.delete(stored)


def record_enrichment(session: Session, uri: str, version: int, enrichment: Enrichment) -> None:
    """Store the result for a version, replacing an earlier result for the same version."""
    session.merge(
        EnrichmentResult(
            uri=uri, version=version, enrichment=enrichment.model_dump_json(), enriched_at=utc_now()
        )
    )


def stored_articles(session: Session, uris: Sequence[str] | None = None) -> list[IngestedArticle]:
    """Stored latest documents, all of them or those of ``uris``, in uri order."""
    query = select(IngestedArticle).order_by(col(IngestedArticle.uri))
    if uris is not None:
        query = query.where(col(IngestedArticle.uri).in_(list(uris)))
    return list(session.exec(query))


def document_of(stored: IngestedArticle) -> NinjsDocument:
    return NinjsDocument.model_validate_json(stored.document)
