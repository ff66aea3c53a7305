import asyncio
import contextlib


def rollback_line(exc):
    return "rollback " + exc.__class__.__name__


class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.opened = False

    async def __aenter__(self):
        await asyncio.sleep(0.25)
        await asyncio.sleep(0.25)  # two round trips
        self.opened = True
        self.log.append("open %s" % self.name)
        return self

    async def query(self, text):
        if not self.opened:
            raise RuntimeError("not connected")
        return "%s: %s" % (self.name, text)

    async def __aexit__(self, exc_type, exc, tb):
        try:
            await asyncio.sleep(0.5)
            if exc:
                self.log.append(rollback_line(exc))
        finally:
            self.opened = False
            self.log.append("close %s" % self.name)


@contextlib.asynccontextmanager
async def transaction(conn, log):
    log.append("begin")
    try:
        yield conn
    except BaseException:
        log.append("rollback")
        raise
    log.append("commit")

