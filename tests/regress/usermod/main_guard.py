# The __name__ == "__main__" guard in this script and in an imported module.
import mod_guarded

def helper():
    return "helper in " + __name__

def main():
    print("main running in", __name__)
    print("module value", mod_guarded.VALUE)
    print(helper())
    return mod_guarded.main()

print("top level of the script, __name__ =", __name__)
print("module name seen from here:", mod_guarded.__name__)

if __name__ == "__main__":
    print("exit code", main())
else:
    print("imported, main() not run")
