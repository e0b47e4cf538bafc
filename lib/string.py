# string: the character-class constants, capwords and Template.

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them with sep (a
    single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template: $name / ${name} substitution, $$ for a dollar ----

def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string with $-placeholders, as python3's string.Template (its
    default delimiter and ASCII identifier pattern)."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The template as pieces: ('text', s), ('name', id, source) or
        ('invalid', position)."""
        t, n, i, pieces, start = self.template, len(self.template), 0, [], 0
        while i < n:
            if t[i] != '$':
                i += 1
                continue
            pieces.append(('text', t[start:i]))
            j = i + 1
            if j < n and t[j] == '$':
                pieces.append(('text', '$'))
                i = start = j + 1
                continue
            braced = j < n and t[j] == '{'
            k = j + 1 if braced else j
            e = k
            if e < n and _is_ident_start(t[e]):
                e += 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
            if e == k or (braced and (e >= n or t[e] != '}')):
                pieces.append(('invalid', j))   # python3 reports just past the '$'
                i = start = i + 1
                continue
            end = e + 1 if braced else e
            pieces.append(('name', t[k:e], t[i:end]))
            i = start = end
        pieces.append(('text', t[start:]))
        return pieces

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            col, lineno = 1, 1
        else:
            col = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, col))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        m = self._mapping(mapping, kws)
        out = []
        for p in self._scan():
            if p[0] == 'text':
                out.append(p[1])
            elif p[0] == 'name':
                out.append(str(m[p[1]]))
            else:
                self._invalid(p[1])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        m = self._mapping(mapping, kws)
        out = []
        for p in self._scan():
            if p[0] == 'text':
                out.append(p[1])
            elif p[0] == 'name':
                try:
                    out.append(str(m[p[1]]))
                except KeyError:
                    out.append(p[2])
            else:
                out.append('$')
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in self._scan())

    def get_identifiers(self):
        ids = []
        for p in self._scan():
            if p[0] == 'name' and p[1] not in ids:
                ids.append(p[1])
        return ids
