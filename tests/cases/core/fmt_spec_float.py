# The format-spec mini-language on floats: precision, types, rounding, inf/nan, -0.0, z, #.
values = [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 3.14159265, 1234.5678, 1e-5, 0.0001, 123456789.0, 1e16, 1e22,
          1.5e-300, 12.0, 100.0, 0.1, 2 / 3, float("inf"), float("-inf"), float("nan")]
specs = ["", ".0", ".1", ".3", ".17", "f", ".0f", ".2f", "#.0f", "e", ".0e", "#.0e", ".3E", "g", ".1g", ".3g",
         "#g", "#.3g", "G", "%", ".0%", "n", "+.2f", " .1f", "z.1f", "z.0e", "010.2f", "<10.1f", "^+12,.2f", "_.3f", "=+10.1e"]
for v in values:
    print(repr(v), [format(v, spec) for spec in specs])
for v in [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1e15 + 0.5]:
    print(repr(v), format(v, ".0f"), format(v, ".1f"), format(v, ".2f"), format(v, ".1e"), format(v, ".2g"))
print(format(1e100), format(1e-100), format(123.456, ".2"), format(9.995, ".2f"), format(9.9999, ".3g"), format(99999.5, ".5g"))
print(format(float("nan"), "+08"), format(float("inf"), "010"), format(float("-inf"), "E"), format(float("nan"), "G"),
      format(float("inf"), ".2%"), format(float("-inf"), "z"), format(-1e-300, "z.2f"), format(-0.0, "z"))
print(format(1e300 * 10, ",.1f"), format(1234567.891, ",.2f"), format(1234567.891, "_e"), format(0.000001234, ",g"))
print(f"{3.0:.3}", f"{3.0:#.3}", f"{0.1 + 0.2}", f"{1/3:.5}", f"{-2.0:+}", f"{5.0:.1}", f"{150.0:.2}")
print(format(7, "e"), format(7, ".2%"), format(-3, "g"), format(10 ** 20, ".3e"), format(2 ** 60, "f"))
for v, spec in [(1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, "s"), (1.5, "#,"), (1.5, ",n"), (1.5, "abc"), (1.5, "=^"),
                (1.5, ".f"), (1.5, "z#.2q")]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
