# test: stderr
# sys.exit(3): the exit status is 3, stderr stays empty, finally blocks run, later code does not.
import sys

print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during exit")
print("never printed")
