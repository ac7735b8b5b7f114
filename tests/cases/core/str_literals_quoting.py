# Every quoting of string literals: single, double, triple, raw, prefixes, adjacent concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("""line one
line two""")
print('''a 'quoted' and "double" inside''')
print(r"raw \n stays", R'raw \t too', r'\\')
print(u"unicode prefix", U'also')
print("adjacent " 'literals ' """join""")
print(len(r"\n"), len("\n"), repr(r"\d+"))
print("""\
no leading newline""")
print(repr('''multi
line'''))
print(repr("tab\there"), repr('quote\'s'), repr("both ' and \""))
print(repr(""), repr(''), repr(""""""))
print(r"ends with backslash\\"[-2:])
empty = ""
print(empty == '', "a" "b" == "ab")
