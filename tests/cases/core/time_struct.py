# time: struct_time, gmtime, asctime, strftime directives and the argument errors (deterministic only).
import time

t = time.gmtime(0)
print(t, type(t).__name__, len(t), t[0], t[-1], t[:3], t.tm_year, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(tuple(t), list(time.gmtime(1709957107)), time.gmtime(-1.5), time.gmtime(1e10)[:6])
print(time.gmtime(951782400)[:8], time.gmtime(4107542400)[:8], time.gmtime(-2208988800)[:8])
year, month, *rest = time.gmtime(86400 * 365)
print(year, month, rest, time.gmtime(0) == time.gmtime(0.5), time.gmtime(0) == tuple(time.gmtime(0)))
st = time.struct_time((2024, 3, 9, 14, 5, 7, 5, 69, 0))
print(st, st.tm_zone, st.tm_gmtoff, st.tm_hour, st == (2024, 3, 9, 14, 5, 7, 5, 69, 0))
fixed = (2024, 3, 9, 4, 5, 7, 5, 69, 0)
print(time.asctime(fixed), time.asctime(st), time.asctime(time.gmtime(0)))
for directive in "aAbBcdDeFHIjmMpSuwUWyYxXCgGVhRTr%":
    print(directive, repr(time.strftime("%" + directive, fixed)))
print(time.strftime("%-d/%-m %_H %k %l %P %^a %Q %", fixed), time.strftime("%0Y|%_Y|%0C|%_C|%-Y", (999, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)), time.strftime("%z", fixed))
for t in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 23, 0, 0, 3, 366, 0), (2018, 12, 31, 0, 0, 0, 0, 365, 0),
          (2027, 1, 3, 0, 0, 0, 6, 3, 0), (2000, 2, 29, 12, 0, 0, 1, 60, 0), (999, 1, 1, 0, 0, 0, 0, 1, 0)]:
    print(time.strftime("%G-W%V-%u %U %W %j %Y %y %C", t))
print(time.strftime("%Y %m %d %a %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%a", (2024, 1, 1, 0, 0, 0, 9, 1, 0)))


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)
    except OSError as e:
        print(label, type(e).__name__ + ":", e.errno, e.strerror)


attempt("month 13", time.strftime, "%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("day 32", time.strftime, "%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0))
attempt("hour 24", time.strftime, "%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0))
attempt("minute 60", time.strftime, "%Y", (2024, 1, 1, 0, 60, 0, 0, 1, 0))
attempt("second 62", time.strftime, "%Y", (2024, 1, 1, 0, 0, 62, 0, 1, 0))
attempt("yday 367", time.strftime, "%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0))
attempt("short tuple", time.strftime, "%Y", (2024, 1))
attempt("list", time.strftime, "%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0])
attempt("float field", time.strftime, "%Y", (2024.0, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("format int", time.strftime, 5)
attempt("asctime short", time.asctime, (1, 2))
attempt("asctime month", time.asctime, (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("struct_time short", time.struct_time, (1, 2))
attempt("struct_time long", time.struct_time, tuple(range(12)))
attempt("gmtime str", time.gmtime, "x")
attempt("gmtime nan", time.gmtime, float("nan"))
attempt("gmtime huge", time.gmtime, 1e30)
attempt("gmtime big int", time.gmtime, 2 ** 70)
attempt("gmtime year overflow", time.gmtime, 10 ** 17)
attempt("gmtime float overflow", time.gmtime, 1e17)
attempt("sleep huge", time.sleep, 1e10)
attempt("sleep big int", time.sleep, 2 ** 64)
attempt("sleep huge float", time.sleep, 1e19)
attempt("sleep negative", time.sleep, -1)
attempt("sleep str", time.sleep, "1")
attempt("sleep nan", time.sleep, float("nan"))
attempt("mktime short", time.mktime, (1, 2))
attempt("mktime str", time.mktime, "x")
print(time.mktime(time.localtime(1700000000)), time.localtime(1700000000) == time.localtime(1700000000.9))
print(time.ctime(0) == time.asctime(time.localtime(0)), time.localtime(0).tm_zone in time.tzname)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
print(time.time_ns() > 1_600_000_000 * 10 ** 9, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.process_time() >= 0, type(time.process_time_ns()).__name__, time.thread_time() >= 0)
