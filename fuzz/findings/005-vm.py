# ASan stack-overflow: compile.c st_expr (symbol table pass) recurses once per operand of a long left-associative chain; python3 raises RecursionError during compilation
x = eval("1" + "+1" * 100000)
