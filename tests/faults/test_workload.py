"""The newsroom's script: updates race each other, a withdrawal waits for the article to go live."""

import asyncio

from tests.faults.audit import Acknowledgement
from tests.faults.workload import ArticleScript, Backlog, OperationQueue, Outcome

URI = "urn:test:a"


def acknowledged(outcome: Outcome, version: int) -> Outcome:
    outcome.acknowledgement = Acknowledgement(outcome.operation.article.uri, version)
    return outcome


async def test_updates_follow_their_create_at_once_and_the_withdrawal_waits_until_live() -> None:
    script = ArticleScript(number=1, uri=URI, updates=2, withdraw=True)
    queue = OperationQueue([script, ArticleScript(number=2, uri="urn:test:b")])

    create = await queue.take()
    assert create is not None
    queue.done(acknowledged(Outcome(create), 1))
    first, second = await queue.take(), await queue.take()
    assert first is not None
    assert second is not None
    assert [(op.kind, op.article.uri) for op in (first, second)] == [("update", URI)] * 2
    queue.done(acknowledged(Outcome(first), 2))
    queue.done(acknowledged(Outcome(second), 3))
    other = await queue.take()
    assert other is not None
    assert other.article.uri == "urn:test:b"
    queue.done(acknowledged(Outcome(other), 1))

    assert queue.idle
    assert queue.awaiting_publication == 1
    queue.published(URI)
    withdrawal = await queue.take()
    assert withdrawal is not None
    assert (withdrawal.kind, withdrawal.article.uri) == ("withdraw", URI)
    queue.done(acknowledged(Outcome(withdrawal), 4))
    assert await queue.take() is None


async def test_clients_wait_while_too_many_articles_are_unpublished() -> None:
    backlog = Backlog(limit=1)
    backlog.acknowledged(URI, 2)
    admitted = asyncio.create_task(backlog.admit())
    await asyncio.sleep(0.05)
    assert not admitted.done()

    backlog.published(URI, 1)
    await asyncio.sleep(0.05)
    assert not admitted.done()
    backlog.published(URI, 2)
    await asyncio.wait_for(admitted, timeout=2)
    assert len(backlog) == 0
