import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def query(self, text):
        return "%s: %s" % (self.name, text)

    async def __aenter__(self):
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.25)
        self.log.append("open " + self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        try:
            if exc_type:
                self.log.append("rollback " + exc_type.__name__)
        finally:
            await asyncio.sleep(0.5)
            self.log.append("close " + self.name)


@asynccontextmanager
async def transaction(conn, log):
    async with AsyncExitStack() as stack:
        log.append("begin")
        try:
            yield conn
        except BaseException:
            log.append("rollback")
            raise
        stack.callback(log.append, "commit")
