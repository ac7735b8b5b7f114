# statistics: covariance, correlation, linear_regression (proportional=) and their errors
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(x, z), st.covariance([1.5, 2.5], [3, 1]))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y), st.correlation([1, 2, 3], [1.1, 2.3, 2.9]))
orbital_period = [88, 225, 365, 687, 4331, 10_756, 30_687, 60_190]
dist_from_sun = [58, 108, 150, 228, 778, 1_400, 2_900, 4_500]
print(st.correlation(orbital_period, dist_from_sun))
r = st.linear_regression(x, [3 * xi + 2 for xi in x])
print(r, r.slope, r.intercept, type(r).__name__, r._fields, tuple(r))
print(st.linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.1, 11.0]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(st.linear_regression([1, 2, 4], [3, 5, 7.5], proportional=True))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(year, films_total)
print(round(slope * 2019 + intercept))
print(st.LinearRegression(1, 2), st.LinearRegression.__doc__)
for func, args, kw in [
    (st.covariance, ([1, 2], [1]), {}), (st.covariance, ([1], [1]), {}), (st.correlation, ([1, 2], [3]), {}),
    (st.correlation, ([1], [2]), {}), (st.correlation, ([1, 1, 1], [1, 2, 3]), {}),
    (st.correlation, ([1, 2, 3], [5, 5, 5]), {}), (st.linear_regression, ([1, 2], [1]), {}),
    (st.linear_regression, ([1], [1]), {}), (st.linear_regression, ([2, 2, 2], [1, 2, 3]), {}),
    (st.linear_regression, ([0, 0], [1, 2]), {'proportional': True}), (st.covariance, (iter([1, 2]), [1, 2]), {}),
]:
    try:
        print(func.__name__, func(*args, **kw))
    except (st.StatisticsError, TypeError) as e:
        print(func.__name__, type(e).__name__, e)
try:
    st.linear_regression(x=[1, 2], y=[1, 2])
except TypeError as e:
    print('TypeError')
