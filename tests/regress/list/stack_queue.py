# Lists used as stacks and queues: balanced brackets, RPN, BFS order.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for t in ["()", "([]{})", "(]", "((", "", "{[()()]}", "())", "a(b)c"]:
    print(repr(t), balanced(t))

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            stack.append(int(tok))
    return stack[-1]

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))

queue = [1]
order = []
while queue:
    n = queue.pop(0)
    order.append(n)
    if n < 8:
        queue.append(2 * n)
        queue.append(2 * n + 1)
print(order)
history = []
for action in ["a", "b", "undo", "c", "undo", "undo", "undo"]:
    if action == "undo":
        print("undo", history.pop() if history else None)
    else:
        history.append(action)
print(history)
