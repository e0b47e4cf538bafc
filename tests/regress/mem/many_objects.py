# Allocating and freeing many objects of every type in rounds.
checksum = 0
for rnd in range(5):
    ints = [i * 7919 for i in range(20000)]
    bigs = [2 ** 70 + i for i in range(5000)]
    floats = [i / 7 for i in range(20000)]
    strs = [str(i) * 3 for i in range(20000)]
    tuples = [(i, str(i)) for i in range(10000)]
    dicts = [{"k": i, "v": [i]} for i in range(5000)]
    sets = [{i, i + 1} for i in range(5000)]
    checksum += (sum(ints) + sum(bigs) % 1000 + int(sum(floats)) + len("".join(strs))
                 + len(tuples) + sum([d["k"] for d in dicts]) + len(sets))
    print("round", rnd, checksum % 1000003)
big_string = "x" * 10_000_000
print(len(big_string), big_string[-3:])
big_string = None
big_list = list(range(2_000_000))
print(len(big_list), big_list[-1], sum(big_list))
del big_list
big_dict = {i: i for i in range(300_000)}
print(len(big_dict), big_dict[299_999])
big_dict.clear()
print(len(big_dict), checksum)
