def spin():
    while True:
        yield
for _ in spin():
    pass
