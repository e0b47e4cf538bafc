# One object with a printing __del__ left alive at exit is finalized.
class Closer:
    def __init__(self, name):
        self.name = name
        print("opening", name)

    def __del__(self):
        print("closing", self.name)

def session():
    c = Closer("session")
    return c.name.upper()

temp = Closer("temp")
del temp
print(session())
quiet = [Closer("in list")]
quiet.pop()
survivor = Closer("survivor")
print("end of script")
