# skip-backend: none: reference counting only: __main__'s globals are set to None instead of collected
# __del__ at exit that uses a class attribute through the class's global name.
class Counter:
    live = 0
    def __init__(self):
        Counter.live += 1
    def __del__(self):
        Counter.live -= 1
        print('del, live now', Counter.live)
a = Counter()
b = Counter()
print('end')
