# Every list method, including edge cases and error messages.
lst = [3, 1, 4]
lst.append(1); print(lst)
lst.extend([5, 9]); print(lst)
lst.extend("ab"); print(lst)
lst.extend(range(2)); print(lst)
lst.insert(0, "first"); print(lst)
lst.insert(100, "last"); print(lst)
lst.insert(-1, "before last"); print(lst)
lst.insert(-100, "very first"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove("a"); print(lst)
print(lst.index(1), lst.index(1, 3), lst.count(1), lst.count("zz"))
nums = [5, 2, 8, 1, 9, 3]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
words = ["pear", "Fig", "apple", "date"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
copy = nums.copy()
copy.append(100)
print(nums, copy)
copy.clear(); print(copy, len(copy))
print(nums.sort(), nums.append(0), nums.reverse())
for call in ["[].pop()", "[1].pop(5)", "[1, 2].remove(3)", "[1, 2].index(3)"]:
    try:
        if call == "[].pop()":
            [].pop()
        elif call == "[1].pop(5)":
            [1].pop(5)
        elif call == "[1, 2].remove(3)":
            [1, 2].remove(3)
        else:
            [1, 2].index(3)
    except (IndexError, ValueError) as e:
        print(call, "->", type(e).__name__ + ":", e)
