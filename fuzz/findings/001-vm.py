# hang: the step budget is one-shot (vm.c periodic() sets budget_on=false when it raises), so a program that catches RuntimeError runs unbounded
while True:
    try:
        while True:
            pass
    except RuntimeError:
        pass
