# The global statement: rebinding module names from functions.
counter = 0
log = []

def increment():
    global counter
    counter += 1

def reset():
    global counter
    counter = 0

def append(x):
    log.append(x)   # mutation needs no global statement

for _ in range(5):
    increment()
print(counter)
reset()
print(counter)
append("a")
append("b")
print(log)

def create():
    global created_later
    created_later = "made inside a function"
create()
print(created_later)

def read_only():
    return counter + 100
print(read_only())

def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)

def nested():
    def inner():
        global counter
        counter = 99
    inner()
    return counter
print(nested(), counter)

x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
