# After CPython's test_gc.py test_freeze: freezing moves the tracked objects
# to the permanent generation (a positive count); unfreezing empties it.
# skip-backend: none: this build tracks no objects, so there is nothing to freeze
import gc

gc.freeze()
print("frozen count positive:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
