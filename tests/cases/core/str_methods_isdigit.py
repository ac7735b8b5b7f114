# The is* family: isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isidentifier, isascii.
samples = ["123", "12.5", "", "abc", "abc123", "  ", "\t\n", "Ab_1", "_name", "1abc",
           "\u00b2", "\u2155", "\u4e2d\u6587", "\uff11\uff12", "-5", "é"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isascii())
print("Hello World".isprintable(), "tab\t".isprintable())
