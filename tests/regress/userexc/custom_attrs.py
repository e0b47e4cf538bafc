# Exception subclasses carrying extra attributes.
class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(f"{field}={value!r}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason

def validate(record):
    if not record.get("name"):
        raise ValidationError("name", record.get("name"), "required")
    if not 0 <= record.get("age", 0) < 150:
        raise ValidationError("age", record["age"], "out of range")
    return True

records = [{"name": "ann", "age": 3}, {"name": ""}, {"name": "bob", "age": 200}, {"age": 1}]
for r in records:
    try:
        print("ok", validate(r))
    except ValidationError as e:
        print("invalid:", e)
        print("  field", e.field, "value", repr(e.value), "reason", e.reason)
        print("  args", e.args)

class HttpError(Exception):
    def __init__(self, status, message="error"):
        self.status = status
        self.message = message

e = HttpError(404, "not found")
print(e.status, e.message, e.args, str(e), repr(e))
e2 = HttpError(500)
print(e2.message, isinstance(e2, Exception), type(e2).__name__)
