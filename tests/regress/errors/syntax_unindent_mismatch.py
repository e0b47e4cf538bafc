# Indentation error: dedent to a column that matches no outer block.
print("never printed")
def f(x):
    if x:
        return 1
  return 0
