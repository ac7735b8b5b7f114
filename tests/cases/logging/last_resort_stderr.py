# test: stderr
# logging: lastResort on the real stderr: just the message, for WARNING and above.
import logging

log = logging.getLogger("app")
log.debug("hidden")
log.warning("disk %d%% full", 91)
log.critical("stopping")
print("done")
