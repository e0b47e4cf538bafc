# The __name__ == "__main__" guard in this script and in an imported module.
import mod_guarded

def main():
    print("main running in", __name__)
    print("module value", mod_guarded.VALUE)
    return mod_guarded.main()

if __name__ == "__main__":
    print("exit code", main())
