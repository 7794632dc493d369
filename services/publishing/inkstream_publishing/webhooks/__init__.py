"""Signed webhooks (Standard Webhooks) for downstream sites.

The service wires in:

- ``WEBHOOK_TABLES``: add to the service's tables;
- ``subscriptions_router``: the ``/v1/subscriptions`` API;
- ``enqueue_deliveries(session, event)``: call in the transaction that emits
  ArticlePublished, ArticleUpdated or ArticleWithdrawn;
- ``webhook_delivery_lifespan(context)``: runs the delivery worker.
"""

from inkstream_publishing.webhooks.config import WebhookSettings
from inkstream_publishing.webhooks.routes import subscriptions_router
from inkstream_publishing.webhooks.subscriptions import enqueue_deliveries
from inkstream_publishing.webhooks.tables import WEBHOOK_TABLES
from inkstream_publishing.webhooks.worker import (
    WEBHOOKS_RESOURCE,
    DeliveryWorker,
    WebhookRuntime,
    webhook_delivery_lifespan,
)

__all__ = [
    "WEBHOOKS_RESOURCE",
    "WEBHOOK_TABLES",
    "DeliveryWorker",
    "WebhookRuntime",
    "WebhookSettings",
    "enqueue_deliveries",
    "subscriptions_router",
    "webhook_delivery_lifespan",
]
