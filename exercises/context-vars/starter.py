import asyncio
import contextvars


def log_line(message):
    ...


async def handle(rid, delays, lines):
    ...


async def serve(requests):
    ...


async def spawn_child(rid):
    ...
