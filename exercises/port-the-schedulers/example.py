import asyncio

print(asyncio.run(run_round_robin([("a", 3), ("b", 1), ("c", 2)])))
print(asyncio.run(run_with_sleeps({"slow": [2, 3], "fast": [1, 1, 1]})))
