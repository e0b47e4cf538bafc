# chr and ord across ASCII and beyond; Caesar shift using them.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(chr(65), chr(97), chr(48), repr(chr(10)), repr(chr(0)))
print(ord("é"), ord("€"), ord("中"), ord("😀"))
print(chr(233), chr(8364), chr(20013), chr(128512))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join([chr(ord(c) + 1) for c in "HAL"]))

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3), caesar("xyz", 29))
print(sum([ord(c) for c in "checksum"]) % 256)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
