# ChainMap as nested scopes: lookups, shadowing, iteration order, views and their reprs
from collections import ChainMap

builtins_ = {'len': 'builtin len', 'print': 'builtin print'}
globals_ = {'x': 'global x', 'len': 'shadowed len'}
scope = ChainMap(globals_, builtins_)
local = scope.new_child({'x': 'local x', 'y': 'local y'})
print(local['x'], local['len'], local['print'], local['y'], scope['x'])
print(list(local), list(scope), len(local))
print(local.keys(), local.values(), local.items())
print(sorted(local.keys()), sorted(local.values()), ('y', 'local y') in local.items())
print('print' in local.keys(), 'builtin print' in local.values(), ('x', 'global x') in local.items())
print(local.keys() & {'x', 'q'}, len(local.keys()), sorted(local.keys() | {'q'}))
print(dict(local), local.parents is not scope, local.parents == scope, local.maps[1:] == scope.maps)

inner = local.new_child()
inner['x'] = 'inner x'
print(inner['x'], local['x'], inner.maps[0], len(inner.maps))
del inner['x']
print(inner['x'])

layers = ChainMap({'a': 1}, {'b': 2}, {'a': 3, 'c': 4})
print(list(layers), list(layers.values()), list(layers.items()))
layers.maps.reverse()
print(layers['a'], list(layers))
layers.maps.insert(0, {'a': 'front'})
print(layers['a'], layers)

class Env(ChainMap):
    def __missing__(self, key):
        return f'<undefined {key}>'
env = Env({'home': '/root'})
print(env['home'], env['shell'], 'shell' in env, env.get('shell', 'n/a'))
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == {'a': 1}, ChainMap() == {})
