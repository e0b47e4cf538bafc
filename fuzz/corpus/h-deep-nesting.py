x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]
print(x)
d = {"a": {"b": {"c": {"d": {"e": {"f": [({"g": (1, 2, {3})},)]}}}}}}
print(d["a"]["b"]["c"]["d"]["e"]["f"][0][0]["g"][2])
print((((((((((((((1+2)*3)-4)//5)%6)**2)<<1)>>1)|8)&15)^3))))
def f1():
    def f2():
        def f3():
            def f4():
                def f5():
                    return [lambda: i for i in range(3)]
                return f5()
            return f4()
        return f3()
    return f2()
print([g() for g in f1()])
if 1:
    if 2:
        if 3:
            if 4:
                for i in range(2):
                    while i < 2:
                        try:
                            with open if False else None:
                                pass
                        except Exception as e:
                            print(type(e).__name__)
                        i += 1
nest = []
for i in range(200):
    nest = [nest]
print(len(str(nest)))
