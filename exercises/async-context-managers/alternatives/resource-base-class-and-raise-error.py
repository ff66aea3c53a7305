import asyncio
from contextlib import asynccontextmanager


class Resource:
    """Open on the way in, close on the way out; subclasses say how."""

    async def __aenter__(self):
        await self.connect()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.disconnect(exc)
        return None


class Connection(Resource):
    __slots__ = ("name", "log")

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    async def connect(self):
        await asyncio.sleep(0.5)
        self.log.append("open " + self.name)

    async def disconnect(self, error):
        await asyncio.sleep(0.5)
        if error is not None:
            self.log.append("rollback " + type(error).__name__)
        self.log.append("close " + self.name)

    async def query(self, text: str) -> str:
        return self.name + ": " + text


@asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    try:
        yield conn
    except Exception as error:
        log.append("rollback")
        raise error
    else:
        log.append("commit")
