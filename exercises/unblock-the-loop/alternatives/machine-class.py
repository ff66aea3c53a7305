import asyncio


class Machine:
    def __init__(self, drink, seconds):
        self.drink = drink
        self.seconds = seconds

    async def run(self):
        await asyncio.sleep(self.seconds)
        return f"{self.drink} is ready"


async def brew(drink, seconds):
    return await Machine(drink, seconds).run()


async def brew_all(orders):
    machines = [Machine(drink, seconds) for drink, seconds in orders]
    return await asyncio.gather(*(machine.run() for machine in machines))
