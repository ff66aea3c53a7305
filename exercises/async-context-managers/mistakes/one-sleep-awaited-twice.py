# feedback: one coroutine object was awaited twice
import asyncio
import contextlib


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.connecting = asyncio.sleep(0.5)

    async def __aenter__(self):
        await self.connecting
        self.log.append(f"open {self.name}")
        return self

    async def query(self, text):
        return f"{self.name}: {text}"

    async def __aexit__(self, exc_type, exc, tb):
        await self.connecting
        if exc_type is not None:
            self.log.append(f"rollback {exc_type.__name__}")
        self.log.append(f"close {self.name}")


@contextlib.asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    try:
        yield conn
    except BaseException:
        log.append("rollback")
        raise
    log.append("commit")

