# feedback: Calling flatten(item) on its own just creates a generator
def flatten(items):
    for item in items:
        if isinstance(item, list):
            flatten(item)
        else:
            yield item
