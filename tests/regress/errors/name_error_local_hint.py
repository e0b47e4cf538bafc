# A misspelt name inside a function: python3 suggests the function's own
# local variables ("Did you mean: 'lenght'?") in the traceback's last line.
def area(width, height):
    lenght = width * height
    return lengt

print("computing")
area(3, 4)
