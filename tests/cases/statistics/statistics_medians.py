# statistics: median, median_low, median_high, median_grouped, mode, multimode, quantiles
import statistics as st

for data in ([1, 3, 5], [1, 3, 5, 7], [5, 1, 3], [2.5], [1, 2], [10 ** 20, 10 ** 20 + 1],
             [2 ** 60 + 1, 2 ** 60 + 4], [True, False], ['b', 'a', 'c']):
    try:
        m = st.median(data)
    except TypeError as e:
        m = 'TypeError ' + str(e)
    print(data, m, st.median_low(data), st.median_high(data))
print(st.median(range(10)), st.median_low(range(10)), st.median_high(iter(range(10))))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([25, 35, 35, 45]), st.median_grouped([5]), st.median_grouped([1.5, 2.5, 2.5, 3.5], interval=1.5))
demographics = [25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6
print(st.median(demographics), st.median_grouped(demographics, interval=10), round(st.median_grouped(demographics, 10), 1))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(st.mode(['red', 'red', 'green', 'blue', 'blue']), st.mode('aabbbc'), st.mode([(1, 2), (1, 2), 3]), st.mode([2.5]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode('aabbbbbbbbcc'), st.multimode(''), st.multimode([3, 1, 2]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                    106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                    103, 107, 101, 81, 109, 104], n=10))
data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(st.quantiles(data), st.quantiles(data, method='inclusive'), st.quantiles(data, n=3))
print(st.quantiles([1, 2]), st.quantiles([1, 2], n=1), st.quantiles([1.5, 2.5, 10.0], n=5, method='inclusive'))
print(st.quantiles(range(100), n=4), st.quantiles([0.1, 0.7, 0.4, 0.9], n=6))
print(st.quantiles([10 ** 20, 10 ** 20 + 3, 10 ** 20 + 7], n=4))
for func, args, kw in [
    (st.median, ([],), {}), (st.median_low, ([],), {}), (st.median_high, ([],), {}),
    (st.median_grouped, ([],), {}), (st.median_grouped, (['a', 'b'],), {}), (st.mode, ([],), {}),
    (st.quantiles, ([1],), {}), (st.quantiles, ([1, 2],), {'n': 0}), (st.quantiles, ([1, 2],), {'method': 'bogus'}),
    (st.median_grouped, ([1, 2], 'x'), {}), (st.quantiles, ([1, 2], 4), {}),
]:
    try:
        print(func.__name__, func(*args, **kw))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(func.__name__, type(e).__name__, e)
