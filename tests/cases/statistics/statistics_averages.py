# statistics: mean, fmean, geometric_mean, harmonic_mean: result types, exactness, errors
import statistics as st

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([-1.0, 2.5, 3.25, 5.75]))
print(st.mean([True, False, True]), st.mean([1, 2.5]), st.mean(iter([10, 20])), st.mean(range(101)))
print(st.mean([1e50, 1, -1e50] * 1000), sum([1e50, 1, -1e50] * 1000), st.mean([0.1] * 10))
print(st.mean([10 ** 30 + 1, 10 ** 30 + 2]), st.mean([10 ** 400, 3 * 10 ** 400]), st.mean([2 ** 70, 2 ** 70 + 1]))
print(st.mean([0.1, 0.2, 0.3, 0.4]), st.mean([1e308, 1e308]), st.mean([float('inf'), 1]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3, 4])), st.fmean([1, 2], weights=[3, 1]))
print(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), st.fmean(x for x in range(5)))
print(st.geometric_mean([54, 24, 36]), round(st.geometric_mean([54, 24, 36]), 9), st.geometric_mean([2, 8]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([1, 0, 3]), st.harmonic_mean([7]), st.harmonic_mean([2.5]), st.harmonic_mean(iter([1, 4])))
print(st.harmonic_mean([10 ** 20, 10 ** 21]), st.harmonic_mean([3, 3, 3]), st.harmonic_mean([1, 2], weights=[0, 4]))

for func, args in [
    (st.mean, ([],)), (st.fmean, ([],)), (st.fmean, (iter([]),)), (st.fmean, ([1, 2], [1])),
    (st.fmean, ([1, 2], [1, -1])), (st.geometric_mean, ([],)), (st.geometric_mean, ([1, 0],)),
    (st.geometric_mean, ([-1, 2],)), (st.harmonic_mean, ([],)), (st.harmonic_mean, ([-1],)),
    (st.harmonic_mean, ([1, -2],)), (st.harmonic_mean, ([1, 2], [1])), (st.harmonic_mean, ([1, 2], [1, -1])),
    (st.harmonic_mean, (['a'],)), (st.mean, (['a', 'b'],)), (st.mean, ([1, None],)),
    (st.harmonic_mean, ([1, 2], [0, 0])),
]:
    try:
        print(func.__name__, func(*args))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(func.__name__, type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__mro__[1:3])


class MyFloat(float):
    pass


print(type(st.mean([MyFloat(1.5), 2])).__name__, st.mean([MyFloat(1.5), 2]), type(st.mean([1, 3])).__name__)
