# str.encode: codecs and their spellings, error handlers, and UnicodeEncodeError messages.
s = "a中文b😀é"
for encoding in ["utf-8", "UTF8", "utf_8", "ascii", "latin-1", "latin1", "iso-8859-1", "US-ASCII"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(encoding, errors, s.encode(encoding, errors))
        except UnicodeEncodeError as e:
            print(encoding, errors, type(e).__name__, e)
for text in ["é", "éa", "aéè", "x😀", "\u0100"]:
    for encoding in ["ascii", "latin-1"]:
        try:
            print(repr(text), encoding, text.encode(encoding))
        except UnicodeEncodeError as e:
            print(repr(text), encoding, e)
for args in [("zzz",), ("ascii", "bogus"), (1,), ("ascii", 1)]:
    try:
        print(args, "é".encode(*args))
    except (LookupError, TypeError) as e:
        print(args, type(e).__name__, e)
print("abc".encode("ascii", "bogus"), "é".encode(errors="ignore", encoding="ascii"), "".encode())
print(len("中文".encode()), "中文".encode().decode(), list("é".encode("latin-1")))
