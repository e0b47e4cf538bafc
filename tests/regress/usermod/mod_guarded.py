# A module with a __name__ == "__main__" guard.
def main():
    print("mod_guarded.main() running, __name__ =", __name__)
    return 0

VALUE = 7

if __name__ == "__main__":
    print("run as a script")
    main()
else:
    print("mod_guarded imported, not run")
