# ChainMap: layered settings, command line over environment over defaults.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'verbose': False}
environment = {'user': 'ann'}
command_line = {'verbose': True}
settings = ChainMap(command_line, environment, defaults)
print(settings['user'], settings['color'], settings['verbose'], len(settings))
print(list(settings), sorted(settings.items()), 'color' in settings, settings.get('size', 10))
settings['color'] = 'blue'
print(command_line, defaults['color'], settings['color'])
local = settings.new_child({'user': 'root'})
print(local['user'], local.parents['user'], len(local.maps))
del settings['color']
print(settings['color'])
try:
    del settings['user']
except KeyError as e:
    print('KeyError', e)
print(ChainMap(), ChainMap({'a': 1}, {'b': 2}))
