# feedback: that is not what transaction is
import asyncio
import contextlib


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        await asyncio.sleep(0.5)  # connecting
        self.log.append(f"open {self.name}")
        return self

    async def query(self, text):
        return f"{self.name}: {text}"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.5)
        if exc_type is not None:
            self.log.append(f"rollback {exc_type.__name__}")
        self.log.append(f"close {self.name}")
        return False



class transaction:
    def __init__(self, conn, log):
        self.conn, self.log = conn, log

    async def __aenter__(self):
        self.log.append("begin")
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append("rollback" if exc_type else "commit")
