"""``/healthz``, ``/readyz`` and ``/metrics`` for every service."""

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from inkstream.runtime.context import ServiceContext, get_context

health_router = APIRouter(tags=["operations"])


@health_router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@health_router.get("/readyz")
async def readyz(context: Annotated[ServiceContext, Depends(get_context)]) -> JSONResponse:
    """Redis and the database answer."""
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(context.redis.ping(), timeout=2)
        checks["redis"] = "ok"
    except Exception as error:
        checks["redis"] = f"unreachable: {error}"
    try:
        await asyncio.wait_for(asyncio.to_thread(context.database.ping), timeout=2)
        checks["database"] = "ok"
    except Exception as error:
        checks["database"] = f"unreachable: {error}"
    ready = all(value == "ok" for value in checks.values())
    return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)


@health_router.get("/metrics")
def metrics() -> Response:
    """Prometheus text exposition."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
