# test: stderr
# sys.exit("message"): the message goes to stderr and the exit status is 1; SystemExit is catchable.
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no argument gives code", e.code)
print("exiting with a message")
sys.exit("fatal: configuration missing")
