# multiprocessing.managers: objects that live in a server process and are used from others
# through proxies, as CPython's module with the fork start method.
#
# SyncManager.start() forks the server (a Process named SyncManager-N), which owns the real
# objects and answers on a Unix socket listening on an abstract address: a thread per
# connection. A proxy sends (id, method, args, kwds) and gets back ('#RETURN', value),
# ('#ERROR', exception), ('#PROXY', (exposed, token)) for a result that is itself shared, or
# ('#TRACEBACK', text). Each process, and each thread in it, opens its own connection the first
# time it uses a proxy, so a proxy inherited through fork or received through a queue works
# there. Messages are gilt's serialized form (_serial), not pickle's.
#
# A connection starts with the process's authkey (inherited by every fork of the main
# process): the abstract socket namespace is shared by the machine, and what the server
# deserializes may name any function to call, so only processes that hold the key get that far.

import os
import sys
import threading
import _multiprocessing
import _serial

from multiprocessing import process, util
from multiprocessing.connection import Connection, wait

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']


def _format_exc(e):
    import _thread
    return _thread._format_exception(e)


# dict views cannot be serialized; CPython's managers send them as lists, and so does this one.
_view_types = (type({}.keys()), type({}.values()), type({}.items()))


class Token:
    """What identifies a shared object: its type id, its manager's address and its id there."""

    def __init__(self, typeid, address, id):
        self.typeid = typeid
        self.address = address
        self.id = id

    def __reduce__(self):
        return (Token, (self.typeid, self.address, self.id))

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % \
            (type(self).__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return '\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75


def convert_to_error(kind, result):
    if kind == '#ERROR':
        return result
    elif kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if not isinstance(result, str):
            raise TypeError("Result {0!r} (kind '{1}') type is {2}, not str".format(
                result, kind, type(result)))
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\n' % result)
        else:
            return RemoteError(result)
    else:
        return ValueError('Unrecognized message type {!r}'.format(kind))


def _Client(address, authkey=None):
    """A connection to the manager at address, past its key check."""
    conn = Connection(_multiprocessing.connect(address))
    try:
        conn.send_bytes(bytes(authkey if authkey is not None
                              else process.current_process().authkey))
        if conn.recv_bytes(64) != b'#WELCOME#':
            raise _authentication_error('digest received was wrong')
    except BaseException:
        conn.close()
        raise
    return conn


def _authentication_error(msg):
    import multiprocessing
    return multiprocessing.AuthenticationError(msg)


def dispatch(c, id, methodname, args=(), kwds={}):
    """Send a request to the manager and return its result (or raise its error)."""
    c.send((id, methodname, args, kwds))
    kind, result = c.recv()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


def all_methods(obj):
    return [name for name in dir(obj) if callable(getattr(obj, name, None))]


def public_methods(obj):
    return [name for name in all_methods(obj) if name[0] != '_']


def _imul(obj, n):
    obj *= n
    return obj


# Operator methods that gilt's built-in types do not have as attributes (list.__add__, say),
# though the operators work: they are reached through the operators instead.
_operator_methods = {
    '__add__': lambda obj, other: obj + other,
    '__mul__': lambda obj, n: obj * n,
    '__rmul__': lambda obj, n: n * obj,
    '__imul__': _imul,
    # A reverse iterator cannot be serialized; the items in reverse order can.
    '__reversed__': lambda obj: list(reversed(obj)),
}


def _bound_method(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        op = _operator_methods.get(name)
        if op is None:
            raise

        def method(*args, **kwds):
            return op(obj, *args, **kwds)
        return method


class Server:
    """Runs in the manager's process: owns the shared objects and serves the proxies."""

    public = ['shutdown', 'create', 'accept_connection', 'get_methods',
              'debug_info', 'number_of_objects', 'dummy', 'incref', 'decref']

    def __init__(self, registry, listener, address, authkey):
        if not isinstance(authkey, bytes):
            raise TypeError("Authkey {0!r} is type {1!s}, not bytes".format(
                authkey, type(authkey)))
        self.registry = registry
        self.listener = listener
        self.address = address
        self.authkey = authkey
        self.id_to_obj = {'0': (None, (), None)}
        self.id_to_refcount = {}
        self.mutex = threading.Lock()

    def serve_forever(self):
        """Serve until a shutdown request, or until the process that started us is gone (it
        was killed before it could ask: nothing else would end this process)."""
        self.stop_event = threading.Event()
        # Written once a shutdown request is answered, so the wait below can watch it beside the
        # parent's sentinel (which reads as closed once the parent is gone).
        self._stop_r, self._stop_w = os.pipe()
        process.current_process()._manager_server = self
        parent = process.parent_process()
        accepter = threading.Thread(target=self.accepter, daemon=True)
        accepter.start()
        waitables = [self._stop_r]
        if parent is not None:
            waitables.append(parent.sentinel)
        wait(waitables)
        util._flush_std_streams()
        # The daemon threads may be blocked reading from clients; ending the process ends them.
        sys.exit(0)

    def accepter(self):
        while True:
            try:
                fd = _multiprocessing.accept(self.listener)
            except OSError:
                if self.stop_event.is_set():
                    return
                continue
            t = threading.Thread(target=self.handle_request, args=(Connection(fd),),
                                 daemon=True)
            t.start()

    def _check_key(self, c):
        # Read as bytes with a small limit: nothing from an unknown peer is deserialized, and
        # a bogus length costs nothing.
        try:
            key = c.recv_bytes(256)
        except (EOFError, OSError):
            return False
        diff = len(key) ^ len(self.authkey)
        for a, b in zip(key, self.authkey):
            diff |= a ^ b
        if diff:
            c.send_bytes(b'#FAILURE#')
            return False
        c.send_bytes(b'#WELCOME#')
        return True

    def handle_request(self, c):
        try:
            if self._check_key(c):
                self._handle_request(c)
        except Exception:
            pass
        finally:
            c.close()

    def _handle_request(self, c):
        request = None
        try:
            request = c.recv()
            ignore, funcname, args, kwds = request
            assert funcname in self.public, '%r unrecognized' % funcname
            func = getattr(self, funcname)
        except Exception as e:
            msg = ('#TRACEBACK', _format_exc(e))
        else:
            if funcname == 'accept_connection':
                # The connection becomes this thread's for the rest of the client's life.
                c.send(('#RETURN', None))
                self.serve_client(c, *args)
                return
            try:
                result = func(c, *args, **kwds)
            except Exception as e:
                msg = ('#TRACEBACK', _format_exc(e))
            else:
                msg = ('#RETURN', result)
        try:
            c.send(msg)
        except Exception as e:
            try:
                c.send(('#TRACEBACK', _format_exc(e)))
            except Exception:
                pass
        if funcname == 'shutdown' and msg[0] == '#RETURN':
            self.stop_event.set()
            os.write(self._stop_w, b'x')

    def serve_client(self, conn, name=None):
        """Answer the method calls of the proxies of one thread of one process, until it
        closes the connection."""
        if name is not None:
            threading.current_thread().name = name
        id_to_obj = self.id_to_obj
        while not self.stop_event.is_set():
            methodname = obj = None
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            try:
                ident, methodname, args, kwds = request
                try:
                    obj, exposed, gettypeid = id_to_obj[ident]
                except KeyError:
                    raise KeyError('%r: no shared object with this id (already released?)'
                                   % ident) from None
                if methodname not in exposed:
                    fallback = self.fallback_mapping.get(methodname)
                    if fallback is None:
                        raise AttributeError('method %r of %r object is not in exposed=%r'
                                             % (methodname, type(obj), exposed))
                    msg = ('#RETURN', fallback(self, conn, ident, obj, *args, **kwds))
                else:
                    function = _bound_method(obj, methodname)
                    try:
                        res = function(*args, **kwds)
                    except Exception as e:
                        msg = ('#ERROR', e)
                    else:
                        typeid = gettypeid and gettypeid.get(methodname, None)
                        if typeid:
                            rident, rexposed = self.create(conn, typeid, res)
                            msg = ('#PROXY', (rexposed, Token(typeid, self.address, rident)))
                        else:
                            if isinstance(res, _view_types):
                                res = list(res)
                            msg = ('#RETURN', res)
            except Exception as e:
                msg = ('#TRACEBACK', _format_exc(e))
            try:
                try:
                    conn.send(msg)
                except Exception as e:
                    conn.send(('#UNSERIALIZABLE', _format_exc(e)))
            except Exception:
                conn.close()
                return

    def fallback_getvalue(self, conn, ident, obj):
        return obj

    def fallback_str(self, conn, ident, obj):
        return str(obj)

    def fallback_repr(self, conn, ident, obj):
        return repr(obj)

    fallback_mapping = {
        '__str__': fallback_str,
        '__repr__': fallback_repr,
        '#GETVALUE': fallback_getvalue,
    }

    def dummy(self, c):
        pass

    def debug_info(self, c):
        with self.mutex:
            result = []
            for ident in sorted(self.id_to_refcount):
                result.append('  %s:       refcount=%s\n    %s' %
                              (ident, self.id_to_refcount[ident],
                               str(self.id_to_obj[ident][0])[:75]))
            return '\n'.join(result)

    def number_of_objects(self, c):
        return len(self.id_to_refcount)

    def shutdown(self, c):
        # _handle_request sets stop_event once the reply is sent.
        return None

    def create(self, c, typeid, *args, **kwds):
        """Make a new shared object; its id and exposed methods. It starts with one
        reference, which the caller hands over to its first proxy (see BaseManager._create)."""
        with self.mutex:
            callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
            if callable is None:
                if kwds or len(args) != 1:
                    raise ValueError("Without callable, must have one non-keyword argument")
                obj = args[0]
            else:
                obj = callable(*args, **kwds)
            if exposed is None:
                exposed = public_methods(obj)
            if method_to_typeid is not None:
                if not isinstance(method_to_typeid, dict):
                    raise TypeError("Method_to_typeid {0!r}: type {1!s}, not dict".format(
                        method_to_typeid, type(method_to_typeid)))
                exposed = list(exposed) + list(method_to_typeid)
            ident = '%x' % id(obj)
            self.id_to_obj[ident] = (obj, set(exposed), method_to_typeid)
            if ident not in self.id_to_refcount:
                self.id_to_refcount[ident] = 0
        self.incref(c, ident)
        return ident, tuple(exposed)

    def get_methods(self, c, token):
        return tuple(self.id_to_obj[token.id][1])

    def accept_connection(self, c, name):
        pass    # handled in _handle_request: the thread goes on serving c

    def incref(self, c, ident):
        with self.mutex:
            self.id_to_refcount[ident] += 1

    def decref(self, c, ident):
        with self.mutex:
            if self.id_to_refcount[ident] <= 0:
                raise AssertionError("Id {0!s} ({1!r}) has refcount {2:n}, not 1+".format(
                    ident, self.id_to_obj[ident], self.id_to_refcount[ident]))
            self.id_to_refcount[ident] -= 1
            if self.id_to_refcount[ident] != 0:
                return
            del self.id_to_refcount[ident]
            # Dropped outside the mutex: the object may hold proxies whose release comes back
            # here.
            obj = self.id_to_obj.pop(ident)
        del obj


class State:
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2

    def __init__(self):
        self.value = State.INITIAL


listener_client = {'pickle': (None, _Client), 'xmlrpclib': (None, _Client)}


class BaseManager:
    """Starts and talks to a server process that holds the registered types' objects."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if authkey is None:
            authkey = process.current_process().authkey
        self._address = address
        self._authkey = bytes(authkey)
        self._state = State()
        self._serializer = serializer
        self._Client = _Client
        self._shutdown_timeout = shutdown_timeout
        self._process = None

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        """Fork the server process. The listening socket is made here, before the fork, so
        its address is known at once and a client connecting early just waits in the
        backlog; this process closes its copy as soon as the server has it."""
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise _process_error("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise _process_error("Manager has shut down")
            else:
                raise _process_error("Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if self._address is not None:
            raise ValueError('gilt managers listen on an address of their own choosing')
        import multiprocessing
        listener, address = _multiprocessing.listen()
        self._address = address
        self._process = multiprocessing.Process(
            target=type(self)._run_server,
            args=(self._registry, listener, address, self._authkey, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        try:
            self._process.start()
        finally:
            os.close(listener)
        self._state.value = State.STARTED
        # Shut the server down at exit before the children are joined (exitpriority 0 runs
        # with those >= 0, ahead of the joins): the server is one of them.
        self.shutdown = util.Finalize(
            self, type(self)._finalize_manager,
            args=(self._process, self._address, self._authkey, self._state,
                  self._Client, self._shutdown_timeout),
            exitpriority=0)

    @classmethod
    def _run_server(cls, registry, listener, address, authkey, initializer=None,
                    initargs=()):
        if initializer is not None:
            initializer(*initargs)
        server = Server(registry, listener, address, authkey)
        server.serve_forever()

    def _create(self, typeid, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'
        conn = self._Client(self._address, authkey=self._authkey)
        try:
            id, exposed = dispatch(conn, None, 'create', (typeid,) + args, kwds)
        finally:
            conn.close()
        return Token(typeid, self._address, id), exposed

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def _debug_info(self):
        conn = self._Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'debug_info')
        finally:
            conn.close()

    def _number_of_objects(self):
        conn = self._Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'number_of_objects')
        finally:
            conn.close()

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise _process_error("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @staticmethod
    def _finalize_manager(process, address, authkey, state, _Client, shutdown_timeout):
        """Ask the server to stop; terminate it, then kill it, if it does not."""
        if process.is_alive():
            try:
                conn = _Client(address, authkey=authkey)
                try:
                    dispatch(conn, None, 'shutdown')
                finally:
                    conn.close()
            except Exception:
                pass
            process.join(timeout=shutdown_timeout)
            if process.is_alive():
                process.terminate()
                process.join(timeout=shutdown_timeout)
                if process.is_alive():
                    process.kill()
                    process.join()
        state.value = State.SHUTDOWN
        with BaseProxy._mutex:
            BaseProxy._address_to_local.pop(address, None)

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Register a type (or callable) with the manager type: typeid becomes a method that
        creates an object of it in the server and returns a proxy."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                # The creation's reference goes to this first proxy (incref=False).
                return proxytype(token, self._serializer, manager=self,
                                 authkey=self._authkey, exposed=exp, incref=False)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def _process_error(msg):
    import multiprocessing
    return multiprocessing.ProcessError(msg)


# Forks of this process so far: a proxy whose reference was taken before the latest fork may
# have been inherited by a child that still uses it, so it does not give the reference back.
_fork_generation = [0]


def _count_fork():
    _fork_generation[0] += 1


os.register_at_fork(after_in_parent=_count_fork)


class BaseProxy:
    """The local stand-in for a shared object: calls go to the manager's server.

    Reference counting, as far as it matters for correctness: each process holds at most one
    reference per proxy object (taken when the proxy is made or first used there), and gives it
    back when the proxy goes away, unless it may live on elsewhere: the process has forked since
    (a child may hold a copy) or the proxy was serialized (for a queue, say). Such references
    are kept until the manager shuts down; that costs memory in the server, never a lost
    object."""

    # address -> threading.local holding each thread's (pid, connection) to that manager.
    _address_to_local = {}
    _mutex = threading.Lock()

    def __init__(self, token, serializer, manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        with BaseProxy._mutex:
            tls = BaseProxy._address_to_local.get(token.address)
            if tls is None:
                tls = threading.local()
                BaseProxy._address_to_local[token.address] = tls
        self._tls = tls
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        self._Client = _Client
        self._owned_by_manager = manager_owned
        if authkey is not None:
            self._authkey = bytes(authkey)
        elif manager is not None:
            self._authkey = manager._authkey
        else:
            self._authkey = process.current_process().authkey
        self._ref = None   # (pid, fork generation) of the reference this process holds
        self._kept = False
        if incref:
            self._incref()
        elif not manager_owned:
            self._ref = (os.getpid(), _fork_generation[0])

    def _connect(self):
        name = process.current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        conn = self._Client(self._token.address, authkey=self._authkey)
        dispatch(conn, None, 'accept_connection', (name,))
        self._tls.connection = (os.getpid(), conn)
        return conn

    def _connection(self):
        pid = os.getpid()
        if self._ref is None or self._ref[0] != pid:
            # First use in this process (a fork's child, say): take its own reference.
            if not self._owned_by_manager:
                self._incref()
        entry = getattr(self._tls, 'connection', None)
        if entry is not None:
            if entry[0] == pid:
                return entry[1]
            # The parent's connection, copied by fork: it stays the parent's. Closing the
            # copy of the descriptor leaves the parent's socket open.
            entry[1].close()
            del self._tls.connection
        return self._connect()

    def _callmethod(self, methodname, args=(), kwds={}):
        """Call a method of the referent; a copy of its result (or a proxy, for a method
        whose result the manager keeps)."""
        conn = self._connection()
        conn.send((self._id, methodname, args, kwds))
        kind, result = conn.recv()
        if kind == '#RETURN':
            return result
        elif kind == '#PROXY':
            exposed, token = result
            proxytype = self._registry_entry(token.typeid)[-1]
            token.address = self._token.address
            return proxytype(token, self._serializer, manager=self._manager,
                             authkey=self._authkey, exposed=exposed, incref=False)
        raise convert_to_error(kind, result)

    def _registry_entry(self, typeid):
        if self._manager is not None:
            return self._manager._registry[typeid]
        return SyncManager._registry[typeid]

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def _incref(self):
        if self._owned_by_manager:
            return
        conn = self._Client(self._token.address, authkey=self._authkey)
        try:
            dispatch(conn, None, 'incref', (self._id,))
        finally:
            conn.close()
        self._ref = (os.getpid(), _fork_generation[0])

    def _decref(self):
        ref, self._ref = self._ref, None
        if ref is None or self._kept or ref != (os.getpid(), _fork_generation[0]):
            return
        state = self._manager and self._manager._state
        if state is not None and state.value != State.STARTED:
            return
        try:
            conn = self._Client(self._token.address, authkey=self._authkey)
            try:
                dispatch(conn, None, 'decref', (self._id,))
            finally:
                conn.close()
        except Exception:
            pass    # the manager is gone: nothing left to release

    def __del__(self):
        if util.is_exiting():
            return
        try:
            self._decref()
        except Exception:
            pass

    def __reduce__(self):
        # The copy may be rebuilt after this proxy is gone: keep this process's reference.
        self._kept = True
        if getattr(self, '_isauto', False):
            return (RebuildProxy, (AutoProxy, self._token, self._serializer,
                                   {'exposed': self._exposed_}))
        return (RebuildProxy, (type(self), self._token, self._serializer, {}))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % \
            (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        """The referent's repr (or a fall-back if that fails)."""
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(func, token, serializer, kwds):
    """Rebuild a proxy received from another process (its reduce function)."""
    server = getattr(process.current_process(), '_manager_server', None)
    if server is not None and server.address == token.address:
        kwds['manager_owned'] = True
        kwds['incref'] = False
    return func(token, serializer, **kwds)


def _forwarder(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


_proxy_types = {}


def MakeProxyType(name, exposed):
    """A proxy type whose methods, those named in exposed, are forwarded to the referent."""
    exposed = tuple(exposed)
    key = (name, exposed)
    if key in _proxy_types:
        return _proxy_types[key]
    dic = {}
    for meth in exposed:
        dic[meth] = _forwarder(meth)
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _proxy_types[key] = ProxyType
    return ProxyType


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True,
              manager_owned=False):
    """A proxy for token whose type forwards exactly the methods the server exposes."""
    if authkey is None and manager is not None:
        authkey = manager._authkey
    if authkey is None:
        authkey = process.current_process().authkey
    if exposed is None:
        conn = _Client(token.address, authkey=authkey)
        try:
            exposed = dispatch(conn, None, 'get_methods', (token,))
        finally:
            conn.close()
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = ProxyType(token, serializer, manager=manager, authkey=authkey,
                      incref=incref, manager_owned=manager_owned)
    proxy._isauto = True
    return proxy


# Types and callables registered with SyncManager.

class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = []
        for name, value in list(self.__dict__.items()):
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (type(self).__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    # gilt has no array module: a list holds the items.
    return list(sequence)


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        callmethod = object.__getattribute__(self, '_callmethod')
        return callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__',
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
    '__setitem__', 'clear', 'copy', 'get', 'items',
    'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
DictProxy._method_to_typeid_ = {'__iter__': 'Iterator'}

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class SyncManager(BaseManager):
    """A manager with the usual shared types registered: dict, list, Lock, Queue, ..."""


def _queue():
    import queue
    return queue.Queue


def _make_queue(maxsize=0):
    return _queue()(maxsize)


SyncManager.register('Queue', _make_queue)
SyncManager.register('JoinableQueue', _make_queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.register('AsyncResult', create_method=False)
