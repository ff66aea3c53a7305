import asyncio
import contextlib


async def pause(seconds):
    await asyncio.sleep(seconds)


class Connection:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        await pause(0.5)
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, *exc_info):
        await pause(0.5)
        exc_type = exc_info[0]
        if exc_type:
            self.log.append(f"rollback {exc_type.__name__}")
        self.log.append(f"close {self.name}")

    async def query(self, text):
        await asyncio.sleep(0)
        return f"{self.name}: {text}"


@contextlib.asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    try:
        yield conn
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")
