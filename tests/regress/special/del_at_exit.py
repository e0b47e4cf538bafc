# One object with a printing __del__ left alive at exit is finalized.
class Closer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)

temp = Closer("temp")
del temp
survivor = Closer("survivor")
print("end of script")
