import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class Connection:
    name: str
    log: list = field(repr=False)

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0.5)
        self.log.append("open " + self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await asyncio.sleep(0.5)
        if exc is not None:
            self.log.append("rollback " + type(exc).__name__)
        self.log.append("close " + self.name)

    async def query(self, text: str) -> str:
        return self.name + ": " + text


@asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    failed = True
    try:
        yield conn
        failed = False
    finally:
        log.append("rollback" if failed else "commit")
