"""``python -m inkstream_publishing.webhooks``: read the delivery log, redeliver.

It works on the publishing database (``INKSTREAM_PUBLISHING_DATABASE_URL``); the
running service's worker sends what it queues at its next poll.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import Session

from inkstream.contracts.events import utc_now
from inkstream.runtime.storage import Database
from inkstream_publishing.config import PublishingSettings
from inkstream_publishing.webhooks.deliveries import (
    DeliveryNotFound,
    DeliveryNotRedeliverable,
    list_deliveries,
    redeliver,
)
from inkstream_publishing.webhooks.schemas import DeliveryView, SubscriptionView
from inkstream_publishing.webhooks.subscriptions import SubscriptionNotFound, list_subscriptions
from inkstream_publishing.webhooks.tables import WEBHOOK_TABLES, DeliveryStatus

app = typer.Typer(
    name="webhooks",
    help="Inspect webhook subscriptions and their deliveries; redeliver.",
    no_args_is_help=True,
    add_completion=False,
)

SubscriptionOption = Annotated[str, typer.Option("--subscription", "-s", help="Subscription id.")]


@contextmanager
def _session() -> Iterator[Session]:
    database = Database(PublishingSettings().database_url, WEBHOOK_TABLES)
    try:
        with database.session() as session:
            yield session
    except (OperationalError, ProgrammingError) as error:
        where = database.engine.url.render_as_string(hide_password=True)
        raise _fail(
            f"cannot read the webhook tables in {where} (has the publishing service run "
            f"against it?): {error.orig}"
        ) from error
    finally:
        database.dispose()


def _show(delivery: DeliveryView) -> str:
    outcome = delivery.last_error or (
        f"HTTP {delivery.last_status_code}" if delivery.last_status_code else ""
    )
    return (
        f"{delivery.id}  {delivery.status.value:<10}  attempts={delivery.attempts}  "
        f"{delivery.event_type}  {delivery.article_uri} v{delivery.article_version}  {outcome}"
    ).rstrip()


@app.command("subscriptions")
def subscriptions_command() -> None:
    """List the subscriptions."""
    with _session() as session:
        views = [SubscriptionView.of(row) for row in list_subscriptions(session)]
    for view in views:
        reason = f"  ({view.disabled_reason})" if view.disabled_reason else ""
        typer.echo(f"{view.id}  {view.status.value:<8}  {view.url}{reason}")
    if not views:
        typer.echo("No subscriptions.")


@app.command("deliveries")
def deliveries_command(
    subscription: SubscriptionOption,
    status: Annotated[
        DeliveryStatus | None, typer.Option(help="Only deliveries in this state.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many, newest first.")] = 50,
) -> None:
    """Show a subscription's delivery log."""
    with _session() as session:
        try:
            rows = list_deliveries(session, subscription, status, limit)
        except SubscriptionNotFound as error:
            raise _fail(str(error)) from error
        views = [DeliveryView.of(row) for row in rows]
    for view in views:
        typer.echo(_show(view))
    if not views:
        typer.echo("No deliveries.")


@app.command("redeliver")
def redeliver_command(
    subscription: SubscriptionOption,
    delivery_ids: Annotated[
        list[int] | None, typer.Option("--delivery", "-d", help="Delivery id; repeatable.")
    ] = None,
    failed: Annotated[
        bool, typer.Option("--failed", help="Every failed delivery of the subscription.")
    ] = False,
) -> None:
    """Send deliveries again, with fresh attempts and the same webhook-id."""
    if bool(delivery_ids) == failed:
        raise typer.BadParameter("give either --delivery (one or more) or --failed")
    with _session() as session:
        try:
            rows = redeliver(session, subscription, None if failed else delivery_ids, utc_now())
        except (SubscriptionNotFound, DeliveryNotFound, DeliveryNotRedeliverable) as error:
            raise _fail(str(error)) from error
        views = [DeliveryView.of(row) for row in rows]
    for view in views:
        typer.echo(f"queued {_show(view)}")
    typer.echo(f"{len(views)} delivery(ies) queued for redelivery.")


def _fail(message: str) -> typer.Exit:
    typer.secho(message, err=True, fg=typer.colors.RED)
    return typer.Exit(1)
