# printf-style % formatting: conversions, widths, precision, flags, dict form, %% and errors.
print("%s %d %i %f" % ("s", 42, 7, 3.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 2.71828, 1.5, 12345.678, 0.00012, 0.00001234, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r %s %a" % ("quote", "quote", "é"))
print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7})
print("100%% sure", "%s" % "single", "%s" % (("tuple",),))
print("%*d|%-*s|%.*f" % (5, 1, 4, "ab", 2, 3.14159))
print("%s" % [1, 2], "%s %s" % (None, True), "%d" % True, "%d" % 3.99)
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%i%%" % 50, "%05.1f" % -2.5, "%+.0f" % 2.5, "%.0f" % 3.5)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
