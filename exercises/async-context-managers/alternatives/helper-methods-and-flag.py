import asyncio
from contextlib import asynccontextmanager
from typing import Optional


class Connection:
    """A pretend network connection."""

    def __init__(self, name: str, log: list) -> None:
        self.name = name
        self.log = log
        self.is_open = False

    async def _connect(self) -> None:
        await asyncio.sleep(0.5)
        self.is_open = True
        self.log.append(f"open {self.name}")

    async def _disconnect(self, error: Optional[BaseException]) -> None:
        await asyncio.sleep(0.5)
        if error is not None:
            self.log.append(f"rollback {error.__class__.__name__}")
        self.is_open = False
        self.log.append(f"close {self.name}")

    async def __aenter__(self):
        await self._connect()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await self._disconnect(exc)
        return exc is None and False

    async def query(self, text: str) -> str:
        print("query:", text)
        return "%s: %s" % (self.name, text)


@asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    ok = False
    try:
        yield conn
        ok = True
    except:  # noqa: E722 - any error means rollback, and it goes on
        log.append("rollback")
        raise
    finally:
        if ok:
            log.append("commit")
