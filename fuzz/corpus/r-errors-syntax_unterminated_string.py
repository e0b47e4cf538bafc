# Syntax error: a string literal missing its closing quote.
print("never printed")
name = "ouro
print(name)
