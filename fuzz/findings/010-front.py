# ASan stack-overflow: parser.c power()/factor() recurse once per "**" of a right-associative power chain with no depth limit (unary minus and parentheses are limited); python3 reports a SyntaxError/RecursionError
exec("x = 1" + "**1" * 10000)
