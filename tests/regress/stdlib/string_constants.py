# The string module: character classes in small text tools.
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.ascii_letters, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    out = []
    for ch in text:
        if ch in lower:
            out.append(lower[(lower.index(ch) + shift) % 26])
        elif ch in upper:
            out.append(upper[(upper.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return ''.join(out)

secret = caesar('Hello, World!', 3)
print(secret, caesar(secret, -3))

def strength(password):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    return sum(any(c in cls for c in password) for cls in classes)

print([strength(p) for p in ['abc', 'abcD', 'abcD1', 'aB1!', '']])
print(''.join(c for c in 'Hello, World! 123' if c not in string.punctuation))
print(string.capwords('the quick  brown fox'), string.capwords('hello-world-again', '-'), repr(string.capwords('  ')))
print(all(c in string.printable for c in 'tab\there'), string.hexdigits.index('f'), int('ff', 16))
