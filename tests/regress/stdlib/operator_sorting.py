# itemgetter, attrgetter and methodcaller as sort keys and map functions.
from operator import itemgetter, attrgetter, methodcaller

students = [('jane', 'B', 12), ('john', 'A', 15), ('dave', 'B', 10), ('anna', 'A', 15)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(2), reverse=True))
print(list(map(itemgetter(0), students)), itemgetter(1, 0)(students[0]))
print(itemgetter('name')({'name': 'x', 'age': 3}), itemgetter(slice(2))('abcdef'), itemgetter(-1)([1, 2, 3]))
inventory = {'apple': 3, 'pear': 0, 'fig': 7}
print(sorted(inventory.items(), key=itemgetter(1)), max(inventory.items(), key=itemgetter(1))[0])

class Address:
    def __init__(self, city):
        self.city = city

class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)

    def greeting(self, word, punct='!'):
        return '%s, %s%s' % (word, self.name, punct)

    def __repr__(self):
        return self.name

people = [Person('zoe', 30, 'Oslo'), Person('al', 25, 'Rome'), Person('bo', 30, 'Bern')]
print(sorted(people, key=attrgetter('age')), sorted(people, key=attrgetter('age', 'name')))
print(sorted(people, key=attrgetter('address.city')), attrgetter('name', 'address.city')(people[0]))
print(list(map(methodcaller('greeting', 'hi'), people)), methodcaller('greeting', 'yo', punct='?')(people[1]))
print(list(map(methodcaller('upper'), ['a', 'b'])), list(map(methodcaller('split', ','), ['a,b', 'c'])))
print(itemgetter(1), itemgetter(0, 'k'), attrgetter('a.b'), attrgetter('x', 'y'), methodcaller('f', 1, k=2))
for what, action in [('missing item', lambda: itemgetter(5)([1])), ('missing key', lambda: itemgetter('z')({})),
                     ('missing attribute', lambda: attrgetter('address.zip')(people[0])),
                     ('attrgetter of int', lambda: attrgetter(1)), ('methodcaller of int', lambda: methodcaller(1))]:
    try:
        action()
        print(what, 'worked')
    except Exception as e:
        print(what, type(e).__name__, e)
