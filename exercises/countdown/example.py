# Runs after your code when you press Run.
print(list(countdown(3)))

numbers = countdown(2)
print(next(numbers))
print(next(numbers))
