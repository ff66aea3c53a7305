class SaveOnExit:
    """Append what was learned to memory when the with block is left, however it is left."""

    def __init__(self, memory):
        self.memory = memory
        self.learned = {}

    def __enter__(self):
        return self.learned

    def __exit__(self, exc_type, exc, tb):
        self.memory.append(self.learned)
        return False  # never swallow GeneratorExit


def chatbot(memory):
    with SaveOnExit(memory) as learned:
        learned["name"] = yield "What's your name?"
        learned["language"] = yield f"Nice to meet you, {learned['name']}! What's your favourite language?"
        yield f"{learned['language']} is a great choice, {learned['name']}!"
