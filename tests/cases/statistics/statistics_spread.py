# statistics: variance, pvariance, stdev, pstdev: exact sums, xbar/mu, types, NaN/inf, errors
import statistics as st

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.variance(data, st.mean(data)), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.variance([1, 2, 3, 4], 2.5), st.variance([1, 2, 3, 4], 2), st.variance([1, 3]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3]), st.pvariance([1, 2, 3], 2.0))
print(st.pvariance([5]), st.pstdev([5]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([True, False]), st.stdev([True, False, True]), st.pvariance(iter([1, 2, 3, 4])), st.pstdev(range(10)))
big = [10 ** 9 + 4, 10 ** 9 + 7, 10 ** 9 + 13, 10 ** 9 + 16]
print(st.variance(big), st.stdev(big), st.pvariance(big), st.pstdev(big))
shifted = [x + 1e9 for x in [4.0, 7.0, 13.0, 16.0]]
print(st.variance(shifted), st.stdev(shifted), st.variance([10 ** 30, 10 ** 30 + 2]), st.stdev([10 ** 30, 3 * 10 ** 30]))
tiny = [1e-300, 2e-300, 4e-300]
print(st.variance(tiny), st.stdev(tiny), st.pstdev([1e-320, 3e-320]), st.stdev([1e300, -1e300]))
print(st.stdev([0.1] * 7), st.pvariance([0.1, 0.1]), st.stdev([1, 2, 3, 4, 5]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.stdev([1, 2, 3, 4], 2.5), st.pstdev([1, 2, 3], mu=1), st.variance(range(1, 1001)))
inf, nan = float('inf'), float('nan')
print(st.variance([1.0, inf]), st.pvariance([1, nan]), st.variance([inf, -inf]))
for func in (st.stdev, st.pstdev):
    try:
        func([1.0, inf])
    except AttributeError as e:
        print(func.__name__, 'AttributeError', e)
for func, args in [
    (st.variance, ([1],)), (st.variance, ([],)), (st.stdev, ([3],)), (st.pvariance, ([],)),
    (st.pstdev, ([],)), (st.variance, (['a', 'b'],)), (st.pvariance, ([1, 'x'],)),
]:
    try:
        print(func.__name__, func(*args))
    except (st.StatisticsError, TypeError) as e:
        print(func.__name__, type(e).__name__, e)


class Meters(float):
    pass


v = st.variance([Meters(1.0), Meters(2.0), 4])
print(type(v).__name__, v, type(st.stdev([Meters(1.0), 3])).__name__, type(st.pvariance([1, 2])).__name__)
