import asyncio
import contextlib


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log


@contextlib.asynccontextmanager
async def transaction(conn, log):
    yield conn
