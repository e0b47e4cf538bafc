# A singly linked list class with __iter__, __len__, __getitem__, __repr__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("linked list index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self.size -= 1
                return True
            prev, node = node, node.next
        return False

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.push_front(9)
ll.reverse()
print(ll, sum(ll), max(ll), 4 in ll, 7 in ll)
print(ll.remove(1), ll.remove(9), ll.remove(42), ll)
print(sorted(ll), list(enumerate(ll)))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(100000))
print(len(big), big[99999])
del big
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(ll))
