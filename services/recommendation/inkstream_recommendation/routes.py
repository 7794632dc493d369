"""``GET /v1/articles/{uri}/related``."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, status

from inkstream.contracts.events import utc_now
from inkstream.runtime.context import ServiceContext, get_context
from inkstream_recommendation.related import RelatedArticles

router = APIRouter(prefix="/v1/articles", tags=["related"])


@router.get("/{uri:path}/related")
def related_articles(
    uri: str,
    context: Annotated[ServiceContext, Depends(get_context)],
    limit: Annotated[int, Query(ge=1, le=50)] = 4,
) -> dict[str, Any]:
    """The articles most like ``uri``, best first, with scores and the rule that chose each.

    Articles still under embargo are not listed.
    """
    related: RelatedArticles = context.resources["related"]
    try:
        chosen = related.related_to(uri, limit, public_at=utc_now())
    except KeyError:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"no live article {uri!r}") from None
    return {"uri": uri, "related": [item.model_dump() for item in chosen]}
