# Escape sequences in ordinary string literals.
s = "tab:\there"
print(s)
print(len(s))
print("newline:\nsecond line")
print("backslash: \\ quote: \" apostrophe: \' ")
print('single "double" inside')
print("double 'single' inside")
print("octal \101\102\103 hex \x41\x42 unicode \u0041\u00e9 \U0001F600")
print(len("\x00\x01\x02"), ord("\0"), ord("\7"), ord("\177"))
print("bell \a form \f vt \v cr-less".replace("\a", "<BEL>").replace("\f", "<FF>").replace("\v", "<VT>"))
print(repr("a\tb\nc\\d'e\"f"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr("\x7f\x80\xff"), repr("\u00e9\u4e2d"))
print(repr("\r\x0b\x0c"))
# A backslash at the end of a line inside a string continues the literal
t = "abc\
def"
print(t, len(t))
print("unknown escape \q stays")
