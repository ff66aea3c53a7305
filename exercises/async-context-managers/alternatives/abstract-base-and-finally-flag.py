import asyncio
import contextlib
from types import TracebackType


class Connection(contextlib.AbstractAsyncContextManager):
    """A fake connection that takes half a second to open and to close."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0.5)
        self.log.append("open " + self.name)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await asyncio.sleep(0.5)
        if exc is not None:
            self.log.append("rollback " + type(exc).__name__)
        self.log.append("close " + self.name)

    async def query(self, text: str) -> str:
        return f"{self.name}: {text}"


@contextlib.asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    ok = False
    try:
        yield conn
        ok = True
    finally:
        log.append("commit" if ok else "rollback")
