# string.Template as python3: $name, ${name}, $$, safe_substitute, the
# "Invalid placeholder" position, KeyError for a missing name.
from string import Template
t = Template("$who likes ${what}; costs $$5 or $$$amt. ${who}x $who_2")
print(t.substitute(who="tim", what="pie", amt=3, who_2="z"), t.template)
print(t.safe_substitute(who="x"), t.safe_substitute({"what": 1}, what=2))
print(t.get_identifiers(), t.is_valid(), Template("$").is_valid(), Template("a ${b").is_valid())
for bad in ["cost $5", "line1\nx $ y", "${1}", "a ${b", "$"]:
    try:
        Template(bad).substitute(b=1)
    except ValueError as e:
        print("ValueError:", e)
    print(repr(Template(bad).safe_substitute(b=1)))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(Template("$a$b").substitute(a=1, b=[2]), Template("é$x é").substitute(x="ü"), Template("$x.y").substitute({"x": 5}))
class T2(Template): pass
print(T2("$q").substitute(q=0))
