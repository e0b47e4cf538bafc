# Helper module (not a test): module-level state shared by all importers.
print("mod_counter: executing module body")
count = 0
history = []

def bump(n=1):
    global count
    count += n
    history.append(count)
    return count
