//! gilt: a small Python 3 interpreter whose threads run under a real, observable GIL.
//!
//! The command line follows CPython's: `gilt` starts the REPL, `gilt FILE [ARGS]` runs a script,
//! `gilt -c CODE [ARGS]` runs a string, `gilt - [ARGS]` runs standard input as a script. Exit
//! statuses: 0, 1 for an uncaught exception, `sys.exit(n)` (taken modulo 256, as the OS does),
//! 2 for bad usage (with CPython's messages on stderr). The interpreter runs on a thread with a large stack, so that
//! native re-entry (a `__eq__` called from a dict lookup, and so on) has room before the
//! recursion limits stop it.

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

const USAGE: &str = "usage: gilt [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd                  program passed in as string (terminates option list)
  --trace FILE            write a Chrome trace of GIL hand-overs to FILE
  --trace-summary         print per-thread GIL statistics at exit
  --switch-interval SECS  the GIL switch interval (default 0.005)
  --version               print the version and exit
  -h, --help              print this help and exit
file                      program read from script file
arg ...                   arguments passed to program in sys.argv[1:]
";

/// What to run, from the command line.
enum Target {
    Repl,
    Code(String),
    File(String),
    /// `-`: the whole of standard input is the script, named `<stdin>`.
    Stdin,
}

struct Options {
    target: Target,
    argv: Vec<String>,
    /// `--switch-interval SECONDS`
    switch_interval: Option<f64>,
    /// `--trace FILE`: where the Chrome trace goes.
    trace_file: Option<String>,
    /// `--trace-summary`
    trace_summary: bool,
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let mut i = 0;
    let mut switch_interval = None;
    let mut trace_file = None;
    let mut trace_summary = false;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                print!("{}", USAGE);
                std::process::exit(0);
            }
            "--version" | "-V" => {
                println!("gilt {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "-c" => {
                let code = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -c option")?
                    .clone();
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok(Options {
                    switch_interval,
                    trace_file,
                    trace_summary,
                    target: Target::Code(code),
                    argv,
                });
            }
            "--trace" | "--switch-interval" => {
                let Some(value) = args.get(i + 1) else {
                    return Err(format!("Argument expected for the {} option", a));
                };
                if a == "--trace" {
                    trace_file = Some(value.clone());
                }
                if a == "--switch-interval" {
                    match value.parse::<f64>() {
                        Ok(s) if s > 0.0 && s.is_finite() => switch_interval = Some(s),
                        _ => {
                            return Err(format!(
                                "--switch-interval: not a positive number of seconds: {}",
                                value
                            ))
                        }
                    }
                }
                i += 2;
                continue;
            }
            "--trace-summary" => {
                trace_summary = true;
                i += 1;
                continue;
            }
            "-u" | "-B" | "-E" | "-s" | "-S" => {
                i += 1;
                continue;
            }
            "-" => {
                return Ok(Options {
                    switch_interval,
                    trace_file,
                    trace_summary,
                    target: Target::Stdin,
                    argv: args[i..].to_vec(),
                });
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("Unknown option: {}", s));
            }
            _ => {
                let argv = args[i..].to_vec();
                return Ok(Options {
                    switch_interval,
                    trace_file,
                    trace_summary,
                    target: Target::File(a.clone()),
                    argv,
                });
            }
        }
    }
    Ok(Options {
        switch_interval,
        trace_file,
        trace_summary,
        target: Target::Repl,
        argv: vec![String::new()],
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!(
                "{}\n{}\nTry `gilt -h' for more information.",
                msg,
                USAGE.lines().next().unwrap_or("")
            );
            return ExitCode::from(2);
        }
    };
    // The interpreter thread: a large stack for nested eval loops (native code calling Python).
    let handle = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(1 << 30)
        .spawn(move || run(options));
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

fn run(options: Options) -> i32 {
    let script_dir = match &options.target {
        // sys.path[0] is the script's folder, made absolute, as CPython does.
        Target::File(f) => {
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
        _ => String::new(),
    };
    let mut machine = vm::Vm::new(options.argv.clone());
    machine.interp.path.borrow_mut().push(script_dir.clone());
    if let Some(Value::Obj(p)) = machine.sys_attr("path") {
        if let objects::Payload::List(l) = &p.payload {
            l.borrow_mut().insert(0, Value::str(script_dir));
        }
    }
    runtime::init_gil(
        &machine.interp.eval_breaker,
        options.trace_file.is_some() || options.trace_summary,
    );
    if let Some(t) = runtime::trace() {
        t.name_thread(machine.thread_id, "MainThread".into());
    }
    runtime::gil().take(machine.thread_id);
    runtime::deadlock::thread_started(machine.thread_id.get(), Some("MainThread".into()));
    if let Some(seconds) = options.switch_interval {
        stdlib::sys::set_switch_interval_seconds(seconds);
    }
    runtime::signals::install(&machine.interp.eval_breaker);
    runtime::finalize::install(&machine.interp.eval_breaker);
    let (trace_file, trace_summary) = (options.trace_file.clone(), options.trace_summary);
    let status = match options.target {
        Target::Repl => {
            let status = repl::run(&mut machine);
            wait_for_thread_shutdown(&mut machine);
            status
        }
        Target::Code(code) => run_source(&mut machine, &code, "<string>"),
        Target::Stdin => {
            let mut bytes = Vec::new();
            match std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
                Ok(_) => run_source(&mut machine, &String::from_utf8_lossy(&bytes), "<stdin>"),
                Err(e) => {
                    eprintln!("gilt: can't read <stdin>: {}", e);
                    2
                }
            }
        }
        Target::File(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                let source = String::from_utf8_lossy(&bytes).into_owned();
                // Since 3.9 CPython names the script by its absolute path in tracebacks.
                let absolute = std::path::absolute(&path)
                    .map(|p| p.display().to_string())
                    .unwrap_or(path.clone());
                run_source(&mut machine, &source, &absolute)
            }
            Err(e) => {
                let abs = std::fs::canonicalize(&path)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| {
                        std::env::current_dir()
                            .map(|d| d.join(&path).display().to_string())
                            .unwrap_or(path.clone())
                    });
                eprintln!(
                    "gilt: can't open file '{}': [Errno {}] {}",
                    abs,
                    e.raw_os_error().unwrap_or(0),
                    e.to_string().split(" (os error").next().unwrap_or("")
                );
                2
            }
        },
    };
    stdlib::io::flush_std_streams();
    write_trace(trace_file.as_deref(), trace_summary);
    status
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

/// Run source as `__main__`; print an uncaught exception and return the exit status.
pub fn run_source(machine: &mut vm::Vm, source: &str, filename: &str) -> i32 {
    let (module, dict) = machine.new_module("__main__");
    vm::dict_set_str(&machine.interp.modules, machine.intern("__main__"), module);
    if !filename.starts_with('<') {
        vm::dict_set_str(
            &dict,
            machine.names().__file__.clone(),
            Value::str(filename),
        );
    }
    vm::dict_set_str(
        &dict,
        machine.intern("__builtins__"),
        Value::str("builtins"),
    );
    let result = stdlib::import::exec_module_source(machine, source, filename, &dict);
    let status = match result {
        Ok(()) => 0,
        Err(e) => report_uncaught(machine, &e),
    };
    // As CPython's `run_mod`: what the script printed goes out before threads are joined and
    // atexit runs (a child process joined at exit then prints after it, as in CPython).
    flush_sys_streams(machine);
    wait_for_thread_shutdown(machine);
    machine.run_finalizers();
    // As Py_FinalizeEx, the cyclic garbage goes first, then the module's names, then what
    // clearing them left in cycles: every `__del__` runs by the end.
    machine.collect_garbage(2);
    clear_module_dict(machine, &dict);
    machine.collect_garbage(2);
    status
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

/// Print an uncaught exception as CPython does (SystemExit sets the status instead).
pub fn report_uncaught(machine: &mut vm::Vm, e: &objects::PyErr) -> i32 {
    let v = Value::Obj(e.0.clone());
    if machine.err_matches(e, "SystemExit") {
        return stdlib::sys::exit_status(machine, &v);
    }
    // CPython 3.11 reads traceback source lines from files only: `-c` code, `exec` strings and
    // REPL input (`<string>`, `<stdin>`) show no source line.
    machine
        .interp
        .sources
        .borrow_mut()
        .retain(|name, _| !name.starts_with('<'));
    let text = machine.format_exception(&e.0);
    stdlib::io::write_stderr(&text);
    1
}
