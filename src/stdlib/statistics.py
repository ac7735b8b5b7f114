"""statistics: mathematical statistics functions for int and float data.

As CPython 3.11's: mean, fmean, geometric_mean, harmonic_mean, median, median_low, median_high,
median_grouped, mode, multimode, quantiles, pvariance, pstdev, variance, stdev, covariance,
correlation, linear_regression (a LinearRegression named tuple) and StatisticsError, with
CPython's messages and results.

CPython sums exactly with fractions.Fraction; gilt has no fractions module yet, so the exact sums
here use a small private rational type over Python ints (every float is an exact ratio,
float.as_integer_ratio()), and convert back with a correctly rounded int/int division of its
own, so the results are the same floats. What differs: Fraction and Decimal data are not
supported (gilt has neither; other types that are not int or float subclasses raise TypeError),
and NormalDist is left out (it needs math.erf, which gilt's math lacks).
"""

import math
from math import exp, fsum, isqrt, ldexp, log, sqrt
from collections import Counter, namedtuple

__all__ = [
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]


class StatisticsError(ValueError):
    pass


# === Exact arithmetic ===

def _int_true_div(n, d):
    # n / d for ints, correctly rounded (round-half-even) as CPython's int true division is.
    if d == 0:
        raise ZeroDivisionError('division by zero')
    if d < 0:
        n, d = -n, -d
    negative = n < 0
    if negative:
        n = -n
    if n == 0:
        return 0.0
    # e such that 2**(e-1) <= n/d < 2**e.
    e = n.bit_length() - d.bit_length()
    if (n >= d << e) if e >= 0 else (n << -e >= d):
        e += 1
    if e > 1024:
        raise OverflowError('integer division result too large for a float')
    # 53 significant bits for a normal result, fewer below 2**-1022 (a subnormal).
    shift = max(e - 53, -1074)
    if shift >= 0:
        divisor = d << shift
        q, r = divmod(n, divisor)
    else:
        divisor = d
        q, r = divmod(n << -shift, d)
    if 2 * r > divisor or (2 * r == divisor and q & 1):
        q += 1
    if q.bit_length() + shift > 1024:
        raise OverflowError('integer division result too large for a float')
    result = ldexp(float(q), shift)
    return -result if negative else result


def _true_div(a, b):
    # a / b, through _int_true_div when both are exact ints (whose quotient must be rounded once).
    if type(a) is int and type(b) is int:
        return _int_true_div(a, b)
    return a / b


class _Q:
    """An exact rational number numerator/denominator in lowest terms, denominator > 0: the
    stand-in for fractions.Fraction in the sums below. Mixed with a float it gives a float."""

    __slots__ = ('numerator', 'denominator')

    def __init__(self, numerator, denominator=1):
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        g = math.gcd(numerator, denominator)
        if g > 1:
            numerator //= g
            denominator //= g
        self.numerator = numerator
        self.denominator = denominator

    @staticmethod
    def _of(x):
        if isinstance(x, _Q):
            return x
        if isinstance(x, int):
            return _Q(x)
        return None

    def __float__(self):
        return _int_true_div(self.numerator, self.denominator)

    def __add__(self, other):
        o = _Q._of(other)
        if o is None:
            return float(self) + other
        return _Q(self.numerator * o.denominator + o.numerator * self.denominator,
                  self.denominator * o.denominator)

    __radd__ = __add__

    def __sub__(self, other):
        o = _Q._of(other)
        if o is None:
            return float(self) - other
        return _Q(self.numerator * o.denominator - o.numerator * self.denominator,
                  self.denominator * o.denominator)

    def __rsub__(self, other):
        o = _Q._of(other)
        if o is None:
            return other - float(self)
        return o - self

    def __mul__(self, other):
        o = _Q._of(other)
        if o is None:
            return float(self) * other
        return _Q(self.numerator * o.numerator, self.denominator * o.denominator)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _Q._of(other)
        if o is None:
            return float(self) / other
        if o.numerator == 0:
            raise ZeroDivisionError(f'Fraction({self.numerator}, 0)')
        return _Q(self.numerator * o.denominator, self.denominator * o.numerator)

    def __rtruediv__(self, other):
        o = _Q._of(other)
        if o is None:
            return other / float(self)
        return o / self

    def _cmp(self, other):
        o = _Q._of(other)
        if o is None:
            return float(self), other
        return self.numerator * o.denominator, o.numerator * self.denominator

    def __lt__(self, other):
        a, b = self._cmp(other)
        return a < b

    def __le__(self, other):
        a, b = self._cmp(other)
        return a <= b

    def __gt__(self, other):
        a, b = self._cmp(other)
        return a > b

    def __ge__(self, other):
        a, b = self._cmp(other)
        return a >= b

    def __eq__(self, other):
        a, b = self._cmp(other)
        return a == b

    __hash__ = None

    def __repr__(self):
        return f'_Q({self.numerator}, {self.denominator})'


def _exact_ratio(x):
    # x as an exact (numerator, denominator) pair; a NaN or an infinity as (x, None).
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    # The common type of T and S (CPython's rules less those for Fraction).
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    # (type, exact sum, count): the sum is a _Q, or a float when a NaN or an infinity is in it.
    count = 0
    T = int
    seen = set()
    partials = {}
    for x in data:
        typ = type(x)
        if typ not in seen:
            seen.add(typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = _Q(0)
        for d, n in partials.items():
            total = total + _Q(n, d)
    for typ in seen:
        T = _coerce(T, typ)
    return T, total, count


def _ss(data, c=None):
    # (type, exact sum of squared deviations, exact mean, count), in one pass.
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    count = 0
    T = int
    seen = set()
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        typ = type(x)
        if typ not in seen:
            seen.add(typ)
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = _Q(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = _Q(0)
        for d, n in sx_partials.items():
            sx = sx + _Q(n, d)
        sxx = _Q(0)
        for d, n in sxx_partials.items():
            sxx = sxx + _Q(n, d * d)
        ssd = (sxx * count - sx * sx) / count
        c = sx / count
    for typ in seen:
        T = _coerce(T, typ)
    return T, ssd, c, count


def _convert(value, T):
    # The exact value as type T: an int when T is an int type and the value is whole, else a
    # float (or T's float subclass).
    if type(value) is T:
        return value
    if isinstance(value, float):
        return T(value)
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if issubclass(T, int):
        return T(value.numerator)
    if issubclass(T, float):
        return T(float(value))
    raise TypeError(f"statistics in gilt supports int and float data, not '{T.__name__}'")


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    # sqrt(n/m) rounded to an integer with round-to-odd.
    a = isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    # sqrt(n/m) as a correctly rounded float: round-to-odd with 109 bits, then one rounding.
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return _int_true_div(numerator, denominator)


def _bisect_left(a, x, lo=0):
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_right(a, x, lo=0):
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# === Averages ===

def mean(data):
    """Return the sample arithmetic mean of data.

    >>> mean([1, 2, 3, 4, 4])
    2.8

    If ``data`` is empty, StatisticsError will be raised.
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean.

    This runs faster than the mean() function and it always returns a float.
    If the input dataset is empty, it raises a StatisticsError.

    >>> fmean([3.5, 4.0, 5.25])
    4.25
    """
    try:
        n = len(data)
    except TypeError:
        # An iterator: count while summing.
        n = 0
        items = data

        def counted():
            nonlocal n
            for n, x in enumerate(items, start=1):
                yield x
        data = counted()
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean.

    Raises a StatisticsError if the input dataset is empty,
    if it contains a zero, or if it contains a negative value.

    >>> round(geometric_mean([54, 24, 36]), 9)
    36.0
    """
    try:
        return exp(fmean(log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data.

    The harmonic mean is the reciprocal of the arithmetic mean of the
    reciprocals of the data.  It can be used for averaging ratios or
    rates, for example speeds.

    >>> harmonic_mean([40, 60])
    48.0

    If ``data`` is empty, or any element is less than zero,
    ``harmonic_mean`` will raise ``StatisticsError``.
    """
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, _real_types()):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(_true_div(w, x) if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def _real_types():
    # numbers.Real when the numbers module is there (it also admits registered types).
    try:
        import numbers
    except ImportError:
        return (int, float)
    return (numbers.Real,)


def median(data):
    """Return the median (middle value) of numeric data.

    When the number of data points is odd, return the middle data point.
    When the number of data points is even, the median is interpolated by
    taking the average of the two middle values:

    >>> median([1, 3, 5])
    3
    >>> median([1, 3, 5, 7])
    4.0

    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return _true_div(data[i - 1] + data[i], 2)


def median_low(data):
    """Return the low median of numeric data.

    When the number of data points is odd, the middle value is returned.
    When it is even, the smaller of the two middle values is returned.

    >>> median_low([1, 3, 5])
    3
    >>> median_low([1, 3, 5, 7])
    3

    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data.

    When the number of data points is odd, the middle value is returned.
    When it is even, the larger of the two middle values is returned.

    >>> median_high([1, 3, 5])
    3
    >>> median_high([1, 3, 5, 7])
    5

    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals.

    The *data* can be any iterable of numeric data with each value being
    exactly the midpoint of a bin.  At least one value must be present.

    The *interval* is width of each bin.

    >>> median_grouped([52, 52, 53, 54])
    52.5

    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    # The middle value is the midpoint of its bin; find where its copies lie.
    x = data[n // 2]
    i = _bisect_left(data, x)
    j = _bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0      # lower limit of the median bin
    cf = i                      # count below that bin
    f = j - i                   # count in that bin
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point from discrete or nominal data.

    If there are multiple modes with same frequency, return the first one
    encountered:

    >>> mode(['red', 'red', 'green', 'blue', 'blue'])
    'red'

    If *data* is empty, ``mode``, raises StatisticsError.

    """
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values.

    Will return more than one result if there are multiple modes
    or an empty list if *data* is empty.

    >>> multimode('aabbbbbbbbcc')
    ['b']
    >>> multimode('aabbbbccddddeeffffgg')
    ['b', 'd', 'f']
    >>> multimode('')
    []
    """
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide *data* into *n* continuous intervals with equal probability.

    Returns a list of (n - 1) cut points separating the intervals.

    Set *n* to 4 for quartiles (the default).  Set *n* to 10 for deciles.
    Set *n* to 100 for percentiles which gives the 99 cuts points that
    separate *data* in to 100 equal sized groups.

    The *data* can be any iterable containing sample.
    The cut points are linearly interpolated between data points.

    If *method* is set to *inclusive*, *data* is treated as population
    data.  The minimum value is treated as the 0th percentile and the
    maximum value is treated as the 100th percentile.
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = _true_div(data[j] * (n - delta) + data[j + 1] * delta, n)
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n                                  # i rescaled to m/n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j     # clamped to 1 .. ld-1
            delta = i * m - j * n                           # exact integer math
            interpolated = _true_div(data[j - 1] * (n - delta) + data[j] * delta, n)
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# === Spread ===

def variance(data, xbar=None):
    """Return the sample variance of data.

    data should be an iterable of Real-valued numbers, with at least two
    values. The optional argument xbar, if given, should be the mean of
    the data. If it is missing or None, the mean is automatically calculated.

    >>> data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
    >>> variance(data)
    1.3720238095238095

    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of ``data``.

    data should be a sequence or iterable of Real-valued numbers, with at least one
    value. The optional argument mu, if given, should be the mean of
    the data. If it is missing or None, the mean is automatically calculated.

    >>> data = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
    >>> pvariance(data)
    1.25

    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance.

    See ``variance`` for arguments and other details.

    >>> stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    1.0810874155219827

    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Return the square root of the population variance.

    See ``pvariance`` for arguments and other details.

    >>> pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    0.986893273527251

    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# === Relations between two inputs ===

def covariance(x, y, /):
    """Covariance

    Return the sample covariance of two inputs *x* and *y*. Covariance
    is a measure of the joint variability of two inputs.

    >>> x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    >>> y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
    >>> covariance(x, y)
    0.75

    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient

    Return the Pearson's correlation coefficient for two inputs. Pearson's
    correlation coefficient *r* takes values between -1 and +1. It measures the
    strength and direction of the linear relationship, where +1 means very
    strong, positive linear relationship, -1 very strong, negative linear
    relationship, and 0 no linear relationship.

    >>> x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    >>> y = [9, 8, 7, 6, 5, 4, 3, 2, 1]
    >>> correlation(x, x)
    1.0
    >>> correlation(x, y)
    -1.0

    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression.

    Return the slope and intercept of simple linear regression
    parameters estimated using ordinary least squares. Simple linear
    regression describes relationship between an independent variable
    *x* and a dependent variable *y* in terms of a linear function:

        y = slope * x + intercept + noise

    If *proportional* is true, the independent variable *x* and the
    dependent variable *y* are assumed to be directly proportional
    (the line goes through the origin).

    >>> x = [1, 2, 3, 4, 5]
    >>> noise = [0.0, 0.0, 0.0, 0.0, 0.0]
    >>> y = [3 * x[i] + 2 + noise[i] for i in range(5)]
    >>> linear_regression(x, y)
    LinearRegression(slope=3.0, intercept=2.0)

    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx   # covariance(x, y) / variance(x)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
