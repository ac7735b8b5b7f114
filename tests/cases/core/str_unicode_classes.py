# Unicode character classes and case mappings over a sample of code points: how many characters
# each predicate accepts and how many each case mapping changes, so any table drift shows.
sample = [chr(c) for c in range(0, 0x20000, 3) if not 0xD800 <= c < 0xE000]
predicates = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isprintable",
              "isidentifier", "isupper", "islower", "istitle"]
for name in predicates:
    hits = [c for c in sample if getattr(c, name)()]
    print(name, len(hits), "".join(hits[:12]).encode("unicode_escape") if False else ascii("".join(hits[:8])))
for name in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
    changed = [c for c in sample[:6000] if getattr(c, name)() != c]
    print(name, len(changed), ascii("".join(getattr(c, name)() for c in changed[:10])))
print(ascii("ǅǈǋǲ ΣΑΣ. ﬃ ß ŉ ǰ ΐ".title()), ascii("ǅǈǋǲ ΣΑΣ. ﬃ ß ŉ ǰ ΐ".upper()), ascii("ǅǈǋǲ ΣΑΣ. ﬃ ß ŉ ǰ ΐ".casefold()))
