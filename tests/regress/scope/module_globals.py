# __name__ of the main module and module-level state shared by functions.
print(__name__)
if __name__ == "__main__":
    print("running as a script")

CONFIG = {"debug": False, "level": 1}

def set_level(n):
    CONFIG["level"] = n

def enable_debug():
    global CONFIG
    CONFIG = dict(CONFIG)
    CONFIG["debug"] = True

saved = CONFIG
set_level(3)
print(saved is CONFIG, CONFIG)
enable_debug()
print(saved is CONFIG, saved, CONFIG)

def get_name():
    return __name__
print(get_name())
