# sys.exit() without an argument ends with status 0, even inside functions.
import sys
def finish():
    print("finishing")
    sys.exit()
for i in range(3):
    print("step", i)
    if i == 1:
        finish()
