# Exception classes defined in a module.
class BadInput(ValueError):
    def __init__(self, text):
        super().__init__(f"bad input: {text!r}")
        self.text = text

def check(text):
    if not text.isalpha():
        raise BadInput(text)
    return text.lower()
