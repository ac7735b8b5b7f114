# keyword: kwlist, softkwlist, iskeyword, issoftkeyword (and their TypeError for unhashables)
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print(sorted(keyword.__all__))
for word in ['for', 'async', 'await', 'True', 'match', 'case', '_', 'print', 'self', 'type', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(keyword.kwlist == sorted(keyword.kwlist))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(any(keyword.iskeyword(k) for k in keyword.softkwlist))
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
for bad in ([], {}):
    try:
        keyword.iskeyword(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    keyword.issoftkeyword(['match'])
except TypeError as e:
    print(type(e).__name__, e)
# a list, so a script may extend it without touching the predicates
kw = list(keyword.kwlist)
kw.append('spam')
print(keyword.iskeyword('spam'), type(keyword.kwlist).__name__)
