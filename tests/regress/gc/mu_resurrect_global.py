# A cycle member resurrected into a global by __del__, then dropped for good.
# skip-backend: none: reference counting only: cycles are never collected
import gc
cache = None
class Lazarus:
    def __init__(self):
        self.me = self
    def __del__(self):
        global cache
        print('del called')
        cache = self
Lazarus()
gc.collect()
print('resurrected', type(cache).__name__)
cache = None
gc.collect()
print('gone without second del')
