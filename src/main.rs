//! gilt: a small Python 3 interpreter whose threads run under a real, observable GIL.
//!
//! The command line is CPython's (`cli.rs` parses it): `gilt FILE [ARGS]` runs a script, `-c
//! CODE` a string, `-m MODULE` a module as runpy does, and standard input is the REPL on a
//! terminal (or with `-i`) and a script otherwise; `-i` starts a session after the program. All of
//! them run in one `__main__` module, finished as CPython's `Py_FinalizeEx` finishes it. Exit
//! statuses: 0, 1 for an uncaught exception, `sys.exit(n)` (taken modulo 256, as the OS does), 2
//! for bad usage (with CPython's messages on stderr). The interpreter runs on a thread with a large
//! stack, so that native re-entry (a `__eq__` called from a dict lookup, and so on) has room
//! before the recursion limits stop it.

mod cli;
mod compile;
mod objects;
mod repl;
mod runtime;
mod stdlib;
mod syntax;
mod vm;

use std::process::ExitCode;

// Python programs allocate and free small objects all the time (CPython has pymalloc for this);
// mimalloc's per-thread free lists are 2-3 times cheaper than glibc's malloc on that pattern.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Words that are not UTF-8 are read lossily (CPython would decode them with surrogates).
    let mut words = std::env::args_os().map(|w| w.to_string_lossy().into_owned());
    let program = words.next().unwrap_or_else(|| "gilt".into());
    let args: Vec<String> = words.collect();
    let config = match cli::parse(&program, &args, &|name| std::env::var(name).ok()) {
        Ok(config) => config,
        Err(cli::Stop::Print(text)) => {
            print!("{}", text);
            return ExitCode::SUCCESS;
        }
        Err(cli::Stop::Usage(message)) => {
            eprintln!("{}\n{}\n{}", message, cli::USAGE_LINE, cli::TRY_HELP);
            return ExitCode::from(2);
        }
        Err(cli::Stop::Fatal(text)) => {
            eprint!("{}", text);
            return ExitCode::from(1);
        }
    };
    cli::install(config);
    // The interpreter thread: a large stack for nested eval loops (native code calling Python).
    let handle = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(1 << 30)
        .spawn(run);
    let status = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("gilt: cannot start the interpreter thread: {}", e);
            71
        }
    };
    stdlib::io::flush_std_streams();
    // The OS keeps the low byte: sys.exit(256) is 0 and sys.exit(-1) is 255, as in CPython.
    ExitCode::from((status & 0xff) as u8)
}

/// `sys.path[0]` as CPython 3.11 computes it: the script's folder (absolute), the current folder
/// for `-m`, `''` for `-c`, standard input and the REPL; none under `-P` or `-I`.
fn first_path_entry(target: &cli::Target) -> Option<String> {
    if cli::config().flags.safe_path {
        return None;
    }
    Some(match target {
        cli::Target::File(f) => {
            let parent = std::path::Path::new(f)
                .parent()
                .map(|p| p.to_path_buf())
                .unwrap_or_default();
            let parent = if parent.as_os_str().is_empty() {
                std::path::PathBuf::from(".")
            } else {
                parent
            };
            std::fs::canonicalize(&parent)
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        }
        cli::Target::Module(_) => std::env::current_dir()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        cli::Target::Code(_) | cli::Target::Stdin => String::new(),
    })
}

/// Fill `sys.path` (and the importer's copy) with its first entry and `PYTHONPATH`.
fn set_sys_path(machine: &mut vm::Vm, target: &cli::Target) {
    let entries: Vec<String> = first_path_entry(target)
        .into_iter()
        .chain(cli::config().python_path.iter().cloned())
        .collect();
    *machine.interp.path.borrow_mut() = entries.clone();
    if let Some(Value::Obj(p)) = machine.sys_attr("path") {
        if let objects::Payload::List(l) = &p.payload {
            *l.borrow_mut() = entries.into_iter().map(Value::str).collect();
        }
    }
}

fn run() -> i32 {
    let config = cli::config();
    let mut machine = vm::Vm::new(config.argv.clone());
    set_sys_path(&mut machine, &config.target);
    runtime::init_gil(
        &machine.interp.eval_breaker,
        config.trace_file.is_some() || config.trace_summary,
    );
    if let Some(t) = runtime::trace() {
        t.name_thread(machine.thread_id, "MainThread".into());
    }
    runtime::gil().take(machine.thread_id);
    runtime::deadlock::thread_started(machine.thread_id.get(), Some("MainThread".into()));
    if let Some(seconds) = config.switch_interval {
        stdlib::sys::set_switch_interval_seconds(seconds);
    }
    runtime::signals::install(&machine.interp.eval_breaker);
    runtime::finalize::install(&machine.interp.eval_breaker);
    let main_dict = main_module(&mut machine);
    stdlib::sys::check_warning_options(&mut machine);
    // As CPython's `stdin_is_interactive`: a terminal, or `-i`, makes standard input a session.
    let interactive_stdin =
        std::io::IsTerminal::is_terminal(&std::io::stdin()) || config.flags.interactive > 0;
    let mut status = match &config.target {
        cli::Target::Stdin if interactive_stdin => {
            if let Some(startup) = &config.startup_file {
                run_startup_file(&mut machine, startup, &main_dict);
            }
            repl::run(&mut machine, &main_dict, true)
        }
        cli::Target::Stdin => {
            let mut bytes = Vec::new();
            match std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
                Ok(_) => {
                    let source = String::from_utf8_lossy(&bytes);
                    run_in_main(&mut machine, &source, "<stdin>", &main_dict)
                }
                Err(e) => {
                    eprintln!("gilt: can't read <stdin>: {}", e);
                    2
                }
            }
        }
        cli::Target::Code(code) => run_in_main(&mut machine, code, "<string>", &main_dict),
        cli::Target::Module(name) => run_module(&mut machine, name, &main_dict),
        cli::Target::File(path) => run_file(&mut machine, path, &main_dict),
    };
    // `-i` (or PYTHONINSPECT): the session goes on in the program's namespace once it ends,
    // whatever way it ended; the status is then the session's.
    if config.flags.inspect > 0 && interactive_stdin && config.target != cli::Target::Stdin {
        flush_sys_streams(&mut machine);
        status = repl::run(&mut machine, &main_dict, false);
    }
    finish_main(&mut machine, &main_dict);
    stdlib::io::flush_std_streams();
    write_trace(config.trace_file.as_deref(), config.trace_summary);
    status
}

/// The `__main__` module, in `sys.modules`, that the program and the REPL run in.
fn main_module(machine: &mut vm::Vm) -> objects::ObjRef {
    let (module, dict) = machine.new_module("__main__");
    vm::dict_set_str(&machine.interp.modules, machine.intern("__main__"), module);
    // As CPython's: `__builtins__` in `__main__` is the builtins module itself.
    let builtins = stdlib::import::import_module(machine, "builtins").unwrap_or(Value::None);
    vm::dict_set_str(&dict, machine.intern("__builtins__"), builtins);
    // A script, `-c` code, stdin and the REPL have no spec; `-m` gives its module one.
    vm::dict_set_str(&dict, machine.intern("__spec__"), Value::None);
    dict
}

fn run_file(machine: &mut vm::Vm, path: &str, dict: &objects::ObjRef) -> i32 {
    match std::fs::read(path) {
        Ok(bytes) => {
            let mut source = String::from_utf8_lossy(&bytes).into_owned();
            if cli::config().skip_first_line {
                // `-x`: the first line is not source; line numbers still count it.
                source = match source.find('\n') {
                    Some(end) => source[end..].to_string(),
                    None => String::new(),
                };
            }
            // Since 3.9 CPython names the script by its absolute path in tracebacks.
            let absolute = std::path::absolute(path)
                .map(|p| p.display().to_string())
                .unwrap_or(path.to_string());
            vm::dict_set_str(
                dict,
                machine.names().__file__.clone(),
                Value::str(absolute.clone()),
            );
            run_in_main(machine, &source, &absolute, dict)
        }
        Err(e) => {
            let abs = std::fs::canonicalize(path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| {
                    std::env::current_dir()
                        .map(|d| d.join(path).display().to_string())
                        .unwrap_or(path.to_string())
                });
            eprintln!(
                "gilt: can't open file '{}': [Errno {}] {}",
                abs,
                e.raw_os_error().unwrap_or(0),
                e.to_string().split(" (os error").next().unwrap_or("")
            );
            2
        }
    }
}

/// `PYTHONSTARTUP`: run in `__main__` before the first prompt; its errors are reported and the
/// session starts anyway, as CPython's `pymain_run_startup`.
fn run_startup_file(machine: &mut vm::Vm, path: &str, dict: &objects::ObjRef) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let source = String::from_utf8_lossy(&bytes).into_owned();
            if let Err(e) = stdlib::import::exec_module_source(machine, &source, path, dict) {
                report_uncaught(machine, &e);
            }
        }
        Err(e) => {
            stdlib::io::write_stderr(&format!(
                "Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno {}] {}: '{}'\n",
                e.raw_os_error().unwrap_or(0),
                e.to_string().split(" (os error").next().unwrap_or(""),
                path
            ));
        }
    }
}

/// `-m NAME`, as CPython's `runpy._run_module_as_main`: import the parent packages, find the
/// module (a package runs its `__main__` submodule), then run its code in `__main__` with
/// `sys.argv[0]` its path. A module that cannot be found or run prints
/// `<sys.executable>: <why>` and exits 1.
fn run_module(machine: &mut vm::Vm, name: &str, dict: &objects::ObjRef) -> i32 {
    let found = match find_main_module(machine, name) {
        Ok(found) => found,
        Err(ModuleError::Message(message)) => {
            let executable = machine
                .sys_attr("executable")
                .and_then(|e| e.as_str().map(String::from))
                .unwrap_or_default();
            stdlib::io::write_stderr(&format!("{}: {}\n", executable, message));
            return 1;
        }
        Err(ModuleError::Raised(e)) => return report_uncaught(machine, &e),
    };
    let (filename, source, package, spec_name) = found;
    if let Some(Value::Obj(argv)) = machine.sys_attr("argv") {
        if let objects::Payload::List(l) = &argv.payload {
            if let Some(first) = l.borrow_mut().first_mut() {
                *first = Value::str(filename.clone());
            }
        }
    }
    if !filename.starts_with('<') {
        vm::dict_set_str(
            dict,
            machine.names().__file__.clone(),
            Value::str(filename.clone()),
        );
    }
    vm::dict_set_str(dict, machine.intern("__package__"), Value::str(package));
    vm::dict_set_str(dict, machine.intern("__cached__"), Value::None);
    match stdlib::sys::module_spec(machine, &spec_name, &filename) {
        Ok(spec) => vm::dict_set_str(dict, machine.intern("__spec__"), spec),
        Err(e) => return report_uncaught(machine, &e),
    }
    run_in_main(machine, &source, &filename, dict)
}

enum ModuleError {
    /// runpy's own complaint (`No module named X`, ...).
    Message(String),
    /// An exception from importing a parent package or reading the file.
    Raised(objects::PyErr),
}

/// `(filename, source, __package__, the spec's name)` of the module `-m NAME` runs.
fn find_main_module(
    machine: &mut vm::Vm,
    name: &str,
) -> Result<(String, String, String, String), ModuleError> {
    if name.starts_with('.') {
        return Err(ModuleError::Message(
            "Relative module names not supported".into(),
        ));
    }
    if name == "__main__" {
        // `__main__` is already imported (it is the module being set up), without a spec.
        return Err(ModuleError::Message(
            "Error while finding module specification for '__main__' (ValueError: __main__.__spec__ is None)".into(),
        ));
    }
    let parent = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    if !parent.is_empty() {
        let globals = machine.interp.builtins.clone();
        if let Err(e) = stdlib::import::import_name(machine, parent, &globals, &Value::None, 0) {
            // A missing parent is runpy's "Error while finding module specification"; any other
            // error in a parent's body propagates.
            if !machine.err_matches(&e, "ModuleNotFoundError") {
                return Err(ModuleError::Raised(e));
            }
            let text = machine.str(&Value::Obj(e.0.clone())).unwrap_or_default();
            return Err(ModuleError::Message(format!(
                "Error while finding module specification for '{}' (ModuleNotFoundError: {})",
                name, text
            )));
        }
        let key = machine.intern(parent);
        let parent_module = vm::dict_get_str(&machine.interp.modules, &key);
        let is_package = parent_module
            .and_then(|m| machine.module_dict(&m))
            .is_some_and(|d| vm::dict_get_str(&d, &machine.intern("__path__")).is_some());
        if !is_package {
            let mut message = format!(
                "Error while finding module specification for '{}' (ModuleNotFoundError: __path__ attribute not found on '{}' while trying to find '{}')",
                name, parent, name
            );
            if let Some(stem) = name.strip_suffix(".py") {
                message.push_str(&format!(
                    ". Try using '{}' instead of '{}' as the module name.",
                    stem, name
                ));
            }
            return Err(ModuleError::Message(message));
        }
    }
    if let Some(source) = stdlib::embedded_source(name) {
        return Ok((
            format!("<gilt:{}>", name),
            source.to_string(),
            parent.to_string(),
            name.to_string(),
        ));
    }
    if stdlib::builtin_module(name).is_some() {
        return Err(ModuleError::Message(format!(
            "No code object available for {}",
            name
        )));
    }
    let Some((path, is_package)) = stdlib::import::find_source(machine, name) else {
        return Err(ModuleError::Message(format!("No module named {}", name)));
    };
    if is_package {
        if name == "__main__" || name.ends_with(".__main__") {
            return Err(ModuleError::Message(
                "Cannot use package as __main__ module".into(),
            ));
        }
        // The package itself is imported first, then its `__main__` runs.
        let globals = machine.interp.builtins.clone();
        if let Err(e) = stdlib::import::import_name(machine, name, &globals, &Value::None, 0) {
            return Err(ModuleError::Raised(e));
        }
        let main_name = format!("{}.__main__", name);
        return match find_main_module(machine, &main_name) {
            Err(ModuleError::Message(m)) => Err(ModuleError::Message(format!(
                "{}; '{}' is a package and cannot be directly executed",
                m, name
            ))),
            other => other,
        };
    }
    let path = std::path::absolute(&path)
        .map(|p| p.display().to_string())
        .unwrap_or(path);
    match std::fs::read(&path) {
        Ok(bytes) => Ok((
            path,
            String::from_utf8_lossy(&bytes).into_owned(),
            parent.to_string(),
            name.to_string(),
        )),
        Err(e) => Err(ModuleError::Raised(stdlib::os::os_error(
            machine,
            e,
            Some(&path),
        ))),
    }
}

/// At exit: the Chrome trace file and the summary table, when asked for.
fn write_trace(file: Option<&str>, summary: bool) {
    let Some(recorder) = runtime::trace() else {
        return;
    };
    if runtime::fork::in_forked_child() {
        return;
    }
    if let Some(path) = file {
        if let Err(e) = std::fs::write(path, recorder.chrome_json()) {
            eprintln!("gilt: cannot write the trace to {}: {}", path, e);
        }
    }
    if summary {
        stdlib::io::write_stderr(&recorder.summary());
    }
}

use objects::Value;

/// Run source in `__main__`'s namespace; print an uncaught exception and return the exit status.
pub fn run_in_main(
    machine: &mut vm::Vm,
    source: &str,
    filename: &str,
    dict: &objects::ObjRef,
) -> i32 {
    let result = stdlib::import::exec_module_source(machine, source, filename, dict);
    match result {
        Ok(()) => 0,
        Err(e) => report_uncaught(machine, &e),
    }
}

/// The end of the program, as CPython's `Py_FinalizeEx`.
fn finish_main(machine: &mut vm::Vm, dict: &objects::ObjRef) {
    // As CPython's `run_mod`: what the script printed goes out before threads are joined and
    // atexit runs (a child process joined at exit then prints after it, as in CPython).
    flush_sys_streams(machine);
    wait_for_thread_shutdown(machine);
    machine.run_finalizers();
    // As Py_FinalizeEx, the cyclic garbage goes first, then the module's names, then what
    // clearing them left in cycles: every `__del__` runs by the end.
    machine.collect_garbage(2);
    clear_module_dict(machine, dict);
    machine.collect_garbage(2);
}

/// Flush `sys.stdout` and `sys.stderr`, whatever objects they are now; errors are ignored.
fn flush_sys_streams(machine: &mut vm::Vm) {
    for name in ["stdout", "stderr"] {
        if let Some(stream) = machine.sys_stream(name) {
            let _ = machine.call_method(&stream, "flush", vec![]);
        }
    }
    stdlib::io::flush_std_streams();
}

/// As CPython's `Py_FinalizeEx`: if `threading` was imported, its `_shutdown()` joins every
/// non-daemon thread before the interpreter goes away (daemon threads are abandoned).
pub fn wait_for_thread_shutdown(machine: &mut vm::Vm) {
    let key = machine.intern("threading");
    if let Some(threading) = vm::dict_get_str(&machine.interp.modules, &key) {
        if let Err(e) = machine.call_method(&threading, "_shutdown", vec![]) {
            let text = machine.format_exception(&e.0);
            stdlib::io::write_stderr(&format!(
                "Exception ignored in: <module 'threading'>\n{}",
                text
            ));
        }
    }
    // Then the atexit callbacks, as Py_FinalizeEx does (multiprocessing joins its children there).
    let key = machine.intern("atexit");
    if let Some(atexit) = vm::dict_get_str(&machine.interp.modules, &key) {
        let _ = machine.call_method(&atexit, "_run_exitfuncs", vec![]);
    }
}

/// Interpreter shutdown, as CPython's `_PyModule_ClearDict`: set names starting with one
/// underscore to None, then the rest (except `__builtins__`), in dict order, so `__del__` methods
/// of objects still alive run in a predictable order.
fn clear_module_dict(machine: &mut vm::Vm, dict: &objects::ObjRef) {
    let keys = match &dict.payload {
        objects::Payload::Dict(d) => d.borrow().keys(),
        _ => return,
    };
    for pass in 0..2 {
        for k in &keys {
            let Some(name) = k.as_str() else { continue };
            let underscore = name.starts_with('_') && !name.starts_with("__");
            if (pass == 0) != underscore || name == "__builtins__" {
                continue;
            }
            vm::dict_set_str(dict, k.clone(), Value::None);
            machine.run_finalizers();
        }
    }
}

/// Print an uncaught exception through `sys.excepthook`, as CPython does, and return the exit
/// status: 1, or SystemExit's (which prints nothing of its own, unless `-i` asked for a session
/// after the program: then it is reported as any other exception).
pub fn report_uncaught(machine: &mut vm::Vm, e: &objects::PyErr) -> i32 {
    let v = Value::Obj(e.0.clone());
    if machine.err_matches(e, "SystemExit") && cli::config().flags.inspect == 0 {
        return stdlib::sys::exit_status(machine, &v);
    }
    // CPython 3.11 reads traceback source lines from files only: `-c` code, `exec` strings and
    // REPL input (`<string>`, `<stdin>`) show no source line.
    machine
        .interp
        .sources
        .borrow_mut()
        .retain(|name, _| !name.starts_with('<'));
    stdlib::sys::print_uncaught(machine, e);
    1
}
