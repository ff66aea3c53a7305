# feedback: calls __aexit__ with three arguments
import asyncio
import contextlib


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        await asyncio.sleep(0.5)
        self.log.append(f"open {self.name}")
        return self

    async def query(self, text):
        return f"{self.name}: {text}"

    async def __aexit__(self, exc):
        await asyncio.sleep(0.5)
        if exc is not None:
            self.log.append(f"rollback {type(exc).__name__}")
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
