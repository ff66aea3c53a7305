import asyncio
import contextlib
import time


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        await asyncio.to_thread(time.sleep, 0.5)  # a blocking driver, kept off the loop
        self.log.append(f"open {self.name}")
        return self

    async def query(self, text):
        return f"{self.name}: {text}"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.to_thread(time.sleep, 0.5)
        if exc is not None:
            self.log.append(f"rollback {type(exc).__name__}")
        self.log.append(f"close {self.name}")
        return None


@contextlib.asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    try:
        yield conn
    except BaseException:
        log.append("rollback")
        raise
    else:
        log.append("commit")
