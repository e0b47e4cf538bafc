# A small library system: members, books, loans, exceptions and reports.
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class LimitReached(LibraryError): pass

class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.borrower = None
    def __repr__(self):
        return f"Book({self.title!r})"

class Member:
    limit = 2
    def __init__(self, name):
        self.name = name
        self.books = []
    def __str__(self):
        return f"{self.name} ({len(self.books)}/{self.limit})"

class Staff(Member):
    limit = 5

class Library:
    def __init__(self):
        self.books = {}
        self.log = []

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def lend(self, isbn, member):
        book = self.books[isbn]
        if book.borrower is not None:
            raise NotAvailable(f"{book.title!r} is with {book.borrower.name}")
        if len(member.books) >= member.limit:
            raise LimitReached(f"{member.name} already has {member.limit} books")
        book.borrower = member
        member.books.append(book)
        self.log.append(("lend", member.name, book.title))

    def give_back(self, isbn):
        book = self.books[isbn]
        book.borrower.books.remove(book)
        self.log.append(("return", book.borrower.name, book.title))
        book.borrower = None

    def available(self):
        return sorted(b.title for b in self.books.values() if b.borrower is None)

lib = Library()
lib.add(Book(1, "Dune", "Herbert"), Book(2, "Emma", "Austen"),
        Book(3, "Ulysses", "Joyce"), Book(4, "Beloved", "Morrison"))
ann, bob = Member("ann"), Staff("bob")
requests = [(1, ann), (2, ann), (3, ann), (1, bob), (3, bob), (4, bob), (99, bob)]
for isbn, who in requests:
    try:
        lib.lend(isbn, who)
        print("lent", isbn, "to", who)
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
    except KeyError as e:
        print("no such book", e)
print(lib.available())
lib.give_back(1)
lib.lend(1, bob)
print(ann, bob, bob.books)
for entry in lib.log:
    print(*entry)
