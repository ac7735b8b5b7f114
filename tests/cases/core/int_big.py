# Big integers beyond 2**64: arithmetic, comparisons, conversions, mixed with small ints.
big = 2 ** 100
print(big, -big, big + 1, big - 1)
print(big * big, big // 3, big % 1000007, -big // 7, -big % 7)
print(big // -7, big % -7, divmod(big, 12345), divmod(-big, 12345))
print(2 ** 64, 2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print(18446744073709551615 + 1, 9223372036854775807 * 9223372036854775807)
print(big > 2 ** 99, big == 2 ** 100, big < 1, big != big + 0)
print(abs(-big), pow(3, 200), pow(3, 200, 1000))
print(str(big)[:10], len(str(3 ** 500)), hex(big), bin(2 ** 65))
print(big >> 90, big << 5, big & 0xFFFF, big | 1, big ^ big)
print(float(2 ** 70), int(float(2 ** 60)), 2 ** 100 / 2 ** 98)
print(1 << 200 >> 199, (10 ** 40 + 1) % 10)
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(sum([2 ** 64] * 5), max(2 ** 65, 3), min(-(2 ** 65), 0))
print(-(2 ** 64) // 2 ** 32, (-7) ** 23, hash(2 ** 10) == 1024)
print(int("9" * 30) + 1)
