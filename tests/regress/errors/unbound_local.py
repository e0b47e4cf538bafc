# Uncaught UnboundLocalError: a local assigned after it is read.
count = 0

def bump():
    count += 1
    return count

print("before")
bump()
