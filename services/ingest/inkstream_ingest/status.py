"""Where each article version is in the pipeline, learnt from the downstream streams."""

from sqlmodel import Session, col, select

from inkstream.contracts.events import ArticlePublished, ArticleUpdated, ArticleWithdrawn, Event
from inkstream.contracts.streams import Stream
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream_ingest.tables import ArticleRecord, PipelineStage

STAGE_OF_STREAM = {
    Stream.ENRICHED: "enriched",
    Stream.RELATED: "related",
    Stream.PUBLISHED: "published",
}
STAGES = ("ingested", "enriched", "related", "published")


class StageTracker(EventHandler):
    """Records that an article version reached the stage of ``stream``."""

    def __init__(self, stream: Stream) -> None:
        self.stage = STAGE_OF_STREAM[stream]

    def handle(self, uow: UnitOfWork, event: Event, prepared: object = None) -> None:
        if not event.starts_version:
            return
        stage = self.stage
        if uow.session.get(PipelineStage, (event.article_uri, event.article_version, stage)):
            return
        url = (
            event.url
            if isinstance(event, ArticlePublished | ArticleUpdated | ArticleWithdrawn)
            else None
        )
        uow.session.add(
            PipelineStage(
                uri=event.article_uri, version=event.article_version, stage=stage, url=url
            )
        )


def article_status(session: Session, uri: str) -> dict[str, object] | None:
    """The article's newest version and the stages each version has passed."""
    record = session.get(ArticleRecord, uri)
    if record is None:
        return None
    rows = session.exec(
        select(PipelineStage)
        .where(PipelineStage.uri == uri)
        .order_by(col(PipelineStage.version), col(PipelineStage.reached_at))
    ).all()
    versions: dict[int, dict[str, object]] = {}
    for row in rows:
        stages = versions.setdefault(row.version, {})
        stages[row.stage] = {
            "at": row.reached_at.isoformat(),
            **({"url": row.url} if row.url else {}),
        }
    latest = versions.get(record.latest_version, {})
    return {
        "uri": uri,
        "latest_version": record.latest_version,
        "withdrawn": record.withdrawn,
        "stages": {"ingested": True, **{stage: stage in latest for stage in STAGES[1:]}},
        "versions": {str(version): stages for version, stages in sorted(versions.items())},
    }
