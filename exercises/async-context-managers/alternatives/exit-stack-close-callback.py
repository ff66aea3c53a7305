import asyncio
import contextlib


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self._stack = None

    async def _close(self):
        await asyncio.sleep(0.5)
        self.log.append(f"close {self.name}")

    async def __aenter__(self):
        await asyncio.sleep(0.5)
        self.log.append(f"open {self.name}")
        self._stack = contextlib.AsyncExitStack()
        self._stack.push_async_callback(self._close)
        return self

    async def query(self, text):
        return f"{self.name}: {text}"

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type:
            self.log.append(f"rollback {exc_type.__name__}")
        await self._stack.aclose()
        return False


@contextlib.asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    failed = None
    try:
        yield conn
    except BaseException as error:
        failed = error
        raise
    finally:
        log.append("rollback" if failed else "commit")
