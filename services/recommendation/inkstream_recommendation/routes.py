"""``GET /v1/articles/{uri}/related`` and ``GET /v1/stories/{id}``."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, status

from inkstream.contracts.events import utc_now
from inkstream.runtime.context import ServiceContext, get_context
from inkstream_recommendation.related import RelatedArticles
from inkstream_recommendation.story_store import (
    StoryKeeper,
    any_language_related,
    coverage_items,
    story_articles,
    story_id_of,
)

router = APIRouter(prefix="/v1/articles", tags=["related"])
stories_router = APIRouter(prefix="/v1/stories", tags=["stories"])


@router.get("/{uri:path}/related")
def related_articles(
    uri: str,
    context: Annotated[ServiceContext, Depends(get_context)],
    limit: Annotated[int, Query(ge=1, le=50)] = 4,
    language: Annotated[
        Literal["same", "any"],
        Query(
            description="same: the article's own language (as its page lists them); "
            "any: every language ranked together, among the articles published within "
            "the story window of it (older articles get their own language's list)"
        ),
    ] = "same",
) -> dict[str, Any]:
    """The articles most like ``uri``, best first, with scores and the rule that chose each,
    its story and the story's coverage in other languages.

    Articles still under embargo are not listed.
    """
    related: RelatedArticles = context.resources["related"]
    stories: StoryKeeper = context.resources["stories"]
    now = utc_now()
    try:
        if language == "any" and uri in stories.index:
            chosen = any_language_related(stories, uri, limit, related.item, now.timestamp())
        else:
            chosen = related.related_to(uri, limit, public_at=now)
    except KeyError:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no live article {uri!r}") from None
    coverage = [
        item
        for item in coverage_items(stories, uri, related.item)
        if (published := related.published_at(item.uri)) is not None
        and published <= now.timestamp()
    ]
    return {
        "uri": uri,
        "story_id": story_id_of(context.database, stories, uri),
        "related": [item.model_dump() for item in chosen],
        "coverage": [item.model_dump() for item in coverage],
    }


@stories_router.get("/{story_id}")
def story(
    story_id: str, context: Annotated[ServiceContext, Depends(get_context)]
) -> dict[str, Any]:
    """The live articles about one news event, in every language, first published first."""
    articles = story_articles(context.database, story_id, public_at=utc_now())
    if not articles:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no story {story_id!r}")
    return {
        "id": story_id,
        "languages": sorted({article.language for article in articles if article.language}),
        "articles": [
            {
                "uri": article.uri,
                "language": article.language,
                "headline": article.headline,
                "slug": article.slug,
                "first_published": article.first_published.isoformat(),
            }
            for article in articles
        ],
    }
