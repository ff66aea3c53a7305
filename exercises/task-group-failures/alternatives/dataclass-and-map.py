import asyncio
from dataclasses import dataclass, field


@dataclass
class Failures:
    messages: list[str] = field(default_factory=list)


async def fetch_all(fetch, urls: list[str]) -> list[str] | tuple[str, list[str]]:
    failures = Failures()
    pages: dict[int, str] = {}

    async def one(i: int, url: str) -> None:
        pages[i] = await fetch(url)

    try:
        async with asyncio.TaskGroup() as tg:
            for i, url in enumerate(urls):
                tg.create_task(one(i, url))
    except* ValueError as eg:
        failures.messages.extend(str(e) for e in eg.exceptions)
    if failures.messages:
        return "failed", sorted(failures.messages)
    return [pages[i] for i in range(len(urls))]


def describe(outcome):
    if isinstance(outcome, BaseException):
        return f"{type(outcome).__name__}: {outcome}"
    return outcome


async def fetch_each(fetch, urls):
    return list(map(describe, await asyncio.gather(*map(fetch, urls), return_exceptions=True)))
