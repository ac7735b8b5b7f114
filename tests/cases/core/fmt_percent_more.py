# printf-style formatting: flags, widths, precision, conversions, mappings, big numbers.
print("%5s|%-5s|%.1s|%5.2s|%05s|%-05s|" % ("abc", "abc", "abc", "abc", "ab", "ab"))
print("%d|%5d|%-5d|%05d|%+d|% d|%+ d|% 05d|%-+5d|%.3d|%8.3d|%-8.3d|" % ((-7,) * 12))
print("%x|%X|%o|%#x|%#X|%#o|%#5x|%#05x|%-#6o|%.4x|%#.4x" % ((255,) * 11))
print("%x %o %X %#x" % (-255, -8, 10 ** 20, -(10 ** 20)), "%d %i %u" % (2 ** 70, -(2 ** 70), True))
print("%d %i %u" % (3.99, -3.99, 1e20), "%x" % True, "%c%c%c" % (72, "i", 0x4e2d))
print("%f|%.0f|%.1f|%#.0f|%10.3f|%-10.2f|%010.2f|%+.2f|% .2f" % ((3.14159,) * 9))
print("%e|%.0e|%#.0e|%E|%.2e|%12.3e|%-12.1E|" % ((12345.678,) * 7))
print("%g|%.0g|%#g|%G|%.3g|%g|%g|%g|%.10g" % (0.0001234, 123456, 1.0, 1e-10, 2 / 3, 1e16, 100000.0, 1000000.0, 2 / 3))
print("%f %e %g %F %G" % ((float("inf"),) * 5), "%f %E %.2g" % ((float("nan"),) * 3), "%08.2f|%-8f|" % (float("-inf"), float("inf")))
print("%(a)s-%(b)r-%(a)5s-%(c)05.1f" % {"a": "x", "b": "y", "c": 2.25}, "%(a(b))s" % {"a(b)": 1}, "%(x)s %%" % {"x": 1})
print("%s" % (1,), "%s" % [1], "%s" % {"k": 1}, "%r" % "it's", "%a" % "中é", "%s %s" % ("a", "b"))
print("%*d|%-*d|%.*f|%*.*f|%*s|" % (4, 1, 4, 2, 2, 3.14159, 8, 3, 2.5, -5, "ab"))
print("%ld %hd %Lf" % (1, 2, 3.5), "abc" % (), "abc" % {}, "abc" % [], "%%" % (), "%s%%" % 5)
print("%s|%5r|%-6a|" % (None, True, "é"), "%d%%" % 50, "%.2s" % "中文字", "%3c|" % "中")


class Number:
    def __int__(self):
        return 12

    def __index__(self):
        return 13

    def __float__(self):
        return 1.25


n = Number()
print("%d %i %x %o %f %.1e" % (n, n, n, n, n, n))
