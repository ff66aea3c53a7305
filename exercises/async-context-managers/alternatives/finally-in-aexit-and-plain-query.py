import asyncio
import contextlib


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append(f"open {self.name}") if await asyncio.sleep(0.5, True) else None
        return self

    async def __aexit__(self, exc_type, exc, tb):
        try:
            if exc_type:
                self.log.append("rollback " + exc_type.__name__)
        finally:
            await asyncio.sleep(0.5)
            self.log.append("close " + self.name)

    def query(self, text):
        return asyncio.sleep(0, f"{self.name}: {text}")


async def _transaction(conn, log):
    log.append("begin")
    try:
        yield conn
    except Exception:
        log.append("rollback")
        raise
    log.append("commit")


transaction = contextlib.asynccontextmanager(_transaction)
