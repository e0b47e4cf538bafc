# Raw strings and triple-quoted strings.
r = r"C:\new\table\x41"
print(r, len(r))
print(R'\d+\.\d*', repr(r'\n'))
print(r"a\"b", len(r"a\"b"))

doc = """first line
    indented line
last line"""
print(doc)
print(len(doc.split("\n")))

single = '''it's "quoted" both ways'''
print(single)

empty = """"""
print(repr(empty), len(empty))

block = """\
no leading newline
trailing newline
"""
print(repr(block))

raw_triple = r"""raw \t triple
\n stays"""
print(raw_triple)
print(repr("""a 'b' "c" """))
