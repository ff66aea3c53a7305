import asyncio
import contextlib


class Connection:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        print("connecting to", self.name)
        await asyncio.wait_for(asyncio.sleep(0.5), timeout=None)
        self.log.append(f"open {self.name}")
        return self

    async def query(self, text):
        await asyncio.sleep(0)
        return f"{self.name}: {text}"

    async def __aexit__(self, *exc_info):
        await asyncio.sleep(0.5)
        if exc_info[1] is not None:
            print("rolling back after", repr(exc_info[1]))
            self.log.append(f"rollback {exc_info[0].__name__}")
        self.log.append(f"close {self.name}")
        return False


@contextlib.asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    ok = False
    try:
        yield conn
        ok = True
    finally:
        log.append("commit" if ok else "rollback")
