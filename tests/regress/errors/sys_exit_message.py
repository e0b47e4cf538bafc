# sys.exit with a string: the string goes to stderr and the status is 1.
import sys
def main():
    print("checking configuration")
    sys.exit("error: configuration file not found")
main()
print("not reached")
