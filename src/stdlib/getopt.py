"""Parser for command line options.

This module helps scripts to parse the command line arguments in
sys.argv.  It supports the same conventions as the Unix getopt()
function (including the special meanings of arguments of the form `-'
and `--').  Long options similar to those supported by GNU software
may be used as well via an optional third argument.  This module
provides two functions and an exception:

getopt() -- Parse command line options
gnu_getopt() -- Like getopt(), but allow option and non-option arguments
to be intermixed.
GetoptError -- exception (class) raised with 'opt' attribute, which is the
option involved with the exception.
"""

# gilt's getopt: CPython 3.11's behaviour and messages (no gettext translation: the messages are
# always the English ones, as CPython's are without a catalogue).

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def _as_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses command line options and parameter list; stops at the first
    non-option argument.  Returns the (option, value) pairs and the
    remaining arguments.
    """
    opts = []
    longopts = _as_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        first, args = args[0], args[1:]
        if first == '--':
            break
        if first.startswith('--'):
            args = _long(opts, first[2:], longopts, args)
        else:
            args = _shorts(opts, first[1:], shortopts, args)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and non-option arguments may be
    intermixed, unless shortopts starts with '+' or POSIXLY_CORRECT is set.
    """
    opts = []
    rest = []
    longopts = _as_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        first = args[0]
        if first == '--':
            rest.extend(args[1:])
            break
        if first[:2] == '--':
            args = _long(opts, first[2:], longopts, args[1:])
        elif first[:1] == '-' and first != '-':
            args = _shorts(opts, first[1:], shortopts, args[1:])
        elif options_first:
            rest.extend(args)
            break
        else:
            rest.append(first)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    """One `--name[=value]` argument: append its pair, return the arguments left."""
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    takes_value, name = _long_takes_value(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _long_takes_value(name, longopts):
    """(takes a value, full name) of the long option `name` names or abbreviates."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _shorts(opts, letters, shortopts, args):
    """One `-abc` cluster: append a pair per letter, return the arguments left."""
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_value(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + letter, value))
    return args


def _short_takes_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
