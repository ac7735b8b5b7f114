//! The command line and the `PYTHON*` environment, read as CPython 3.11's `python3` reads them
//! (`Python/getopt.c`, `Python/initconfig.c`): clustered short options (`-uB`, `-ucCODE`), an
//! option's argument attached or in the next word, `-c`/`-m` ending the option list, `--`, `-`
//! for standard input, long options matched exactly, and CPython's messages and exit statuses
//! for bad usage (2) and bad configuration values (1). gilt's own options (`--trace`, ...) are
//! long options beside CPython's.
//!
//! The result is one `Config`, set once before the interpreter starts (`install`) and read
//! everywhere after (`config()`): `sys.flags`, `sys.warnoptions`, `sys._xoptions`, the standard
//! streams' buffering and encoding, the compiler's optimization level. Nothing in it changes
//! after start-up, so it is a plain `OnceLock`, readable from every thread without the GIL.

use std::sync::OnceLock;

/// `sys.flags`, field for field (CPython 3.11's names and order).
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub debug: u32,
    pub inspect: u32,
    pub interactive: u32,
    pub optimize: u32,
    pub dont_write_bytecode: u32,
    pub no_user_site: u32,
    pub no_site: u32,
    pub ignore_environment: u32,
    pub verbose: u32,
    pub bytes_warning: u32,
    pub quiet: u32,
    /// gilt never randomizes hashes (see the README), so this is always 0.
    pub hash_randomization: u32,
    pub isolated: u32,
    pub dev_mode: bool,
    pub utf8_mode: u32,
    pub warn_default_encoding: u32,
    pub safe_path: bool,
    pub int_max_str_digits: i64,
}

/// What to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// `-c CODE`
    Code(String),
    /// `-m MODULE`
    Module(String),
    /// `FILE`
    File(String),
    /// No program, or `-`: standard input, as a script or (on a terminal, or with `-i`) the REPL.
    Stdin,
}

/// An `-X` option: `-X name` is True in `sys._xoptions`, `-X name=value` the string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum XValue {
    True,
    Str(String),
}

#[derive(Clone, Debug)]
pub struct Config {
    pub target: Target,
    /// `sys.argv` as the command line leaves it (`-m` replaces `argv[0]` once the module is found).
    pub argv: Vec<String>,
    /// `sys.orig_argv`: every word, the program name first.
    pub orig_argv: Vec<String>,
    pub flags: Flags,
    /// `-u` or `PYTHONUNBUFFERED`: every write to stdout and stderr goes out at once.
    pub unbuffered: bool,
    /// `-x`: the script's first line is not source.
    pub skip_first_line: bool,
    /// `sys.warnoptions`, lowest priority first, as CPython orders them.
    pub warnoptions: Vec<String>,
    /// `sys._xoptions`, in command-line order (a later `-X name` replaces an earlier one's value).
    pub xoptions: Vec<(String, XValue)>,
    /// `PYTHONPATH`, each entry made absolute, for `sys.path` after its first entry.
    pub python_path: Vec<String>,
    /// `PYTHONSTARTUP`: run before the first prompt of an interactive session.
    pub startup_file: Option<String>,
    /// `PYTHONIOENCODING`: the standard streams' encoding and error handler, if given.
    pub io_encoding: Option<String>,
    pub io_errors: Option<String>,
    /// `-X no_debug_ranges` or `PYTHONNODEBUGRANGES`: tracebacks without `~~~^^^` markers.
    pub no_debug_ranges: bool,
    /// `--check-hash-based-pycs` (accepted and kept: gilt writes no `.pyc` files).
    pub check_hash_based_pycs: String,
    /// gilt's own options.
    pub switch_interval: Option<f64>,
    pub trace_file: Option<String>,
    pub trace_summary: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            target: Target::Stdin,
            argv: vec![String::new()],
            orig_argv: vec!["gilt".into()],
            flags: Flags {
                int_max_str_digits: -1,
                ..Flags::default()
            },
            unbuffered: false,
            skip_first_line: false,
            warnoptions: Vec::new(),
            xoptions: Vec::new(),
            python_path: Vec::new(),
            startup_file: None,
            io_encoding: None,
            io_errors: None,
            no_debug_ranges: false,
            check_hash_based_pycs: "default".into(),
            switch_interval: None,
            trace_file: None,
            trace_summary: false,
        }
    }
}

static CONFIG: OnceLock<Config> = OnceLock::new();

/// The configuration of this process (the defaults, if `install` was never called, as in unit
/// tests).
pub fn config() -> &'static Config {
    CONFIG.get_or_init(Config::default)
}

/// Set the configuration, once, before the interpreter starts.
pub fn install(config: Config) {
    let _ = CONFIG.set(config);
}

/// Why parsing stopped without a configuration.
#[derive(Debug, PartialEq, Eq)]
pub enum Stop {
    /// Print this on stdout and exit 0 (`-h`, `--version`, ...).
    Print(String),
    /// Bad usage: this message, then the usage line and the hint, on stderr; exit 2.
    Usage(String),
    /// A bad configuration value: CPython's "Fatal Python error" on stderr; exit 1.
    Fatal(String),
}

pub const USAGE_LINE: &str = "usage: gilt [option] ... [-c cmd | -m mod | file | -] [arg] ...";
pub const TRY_HELP: &str = "Try `gilt -h' for more information.";

/// The text of `-h` (CPython's options, with what each does in gilt, and gilt's own options).
pub const HELP: &str = "\
Options (and corresponding environment variables):
-b     : set sys.flags.bytes_warning (gilt has no bytearray to warn about;
         -bb: twice)
-B     : don't write .pyc files on import (gilt never writes any); also
         PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : set sys.flags.debug; also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate gilt from the user's environment (implies -E, -s and -P)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; also
         PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization (no exit and quit builtins)
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : set sys.flags.verbose (can be given several times); also PYTHONVERBOSE=x
-V     : print the version number and exit (also --version);
         when given twice, print more information about the build
-W arg : warning control (kept in sys.warnoptions);
         arg is action:message:category:module:lineno; also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (see --help-xoptions)
--check-hash-based-pycs always|default|never:
         accepted for compatibility (gilt writes no .pyc files)
--help-env      : print help about environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
gilt's own options:
--trace FILE            : write a Chrome trace of GIL hand-overs to FILE
--trace-summary         : print per-thread GIL statistics at exit
--switch-interval SECS  : the GIL switch interval (default 0.005)
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

pub const HELP_ENV: &str = "\
Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr
               (gilt knows utf-8, utf-8-sig, ascii and latin-1).
PYTHONUTF8: if set to 1, enable the UTF-8 mode.
PYTHONBREAKPOINT: if this variable is set to 0, breakpoint() does nothing.
   It can be set to the callable of your debugger of choice (gilt has no pdb).
PYTHONDEVMODE: enable the development mode.
PYTHONWARNDEFAULTENCODING: set sys.flags.warn_default_encoding.
PYTHONNODEBUGRANGES: If this variable is set, tracebacks show no ~~~^^^ markers.
PYTHONHASHSEED: accepted ('random' or an integer in [0,4294967295]); gilt's
   string hashes are never randomized.
PYTHONINTMAXSTRDIGITS: sets sys.flags.int_max_str_digits (not enforced by gilt).
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : set sys.flags.debug (-d)
PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                          (-X int_max_str_digits=number)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : set sys.flags.verbose (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
";

pub const HELP_XOPTIONS: &str = "\
The following implementation-specific options are available (every -X option,
known or not, is kept in sys._xoptions, as CPython keeps them):

-X dev: development mode: adds the default warning filter, as -W default, and
    sets sys.flags.dev_mode to True

-X utf8: enable UTF-8 mode (sys.flags.utf8_mode); -X utf8=0 disables it

-X warn_default_encoding: set sys.flags.warn_default_encoding

-X no_debug_ranges: tracebacks show no ~~~^^^ markers under the failing
    expression

-X int_max_str_digits=number: sets sys.flags.int_max_str_digits (must be
    >= 640 or 0); gilt does not limit int<->str conversions

-X frozen_modules=[on|off]: accepted (gilt's own modules are always built in)

-X faulthandler, -X showrefcount, -X tracemalloc, -X importtime,
-X pycache_prefix=PATH: accepted and kept in sys._xoptions; gilt does nothing
    more with them
";

/// The version line of `-V` (and, with `-VV`, what gilt is).
pub fn version_text(count: u32) -> String {
    if count >= 2 {
        format!(
            "gilt {} (a Python 3.11.7 subset with a real GIL, {} {})\n",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            std::env::consts::ARCH
        )
    } else {
        format!("gilt {} (Python 3.11 subset)\n", env!("CARGO_PKG_VERSION"))
    }
}

/// The environment as `parse` reads it: a function so tests can give their own.
pub type Environment<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Parse `args` (the words after the program name), with `program` as `sys.orig_argv[0]`.
pub fn parse(program: &str, args: &[String], env: Environment) -> Result<Config, Stop> {
    let mut config = Config {
        orig_argv: std::iter::once(program.to_string())
            .chain(args.iter().cloned())
            .collect(),
        ..Config::default()
    };
    let mut command_line_warnings: Vec<String> = Vec::new();
    let mut version = 0u32;
    let mut index = 0;
    // The option list ends at the program: `-c`/`-m` (which take it with them), `--`, `-`, or
    // the first word that is not an option.
    let mut program_found = false;
    'words: while index < args.len() {
        let word = &args[index];
        if word == "--" {
            index += 1;
            break;
        }
        if !word.starts_with('-') || word == "-" {
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            index += 1;
            let mut argument = |name: &str| -> Result<String, Stop> {
                let value = args.get(index).cloned().ok_or_else(|| {
                    Stop::Usage(format!("Argument expected for the --{} options", name))
                })?;
                index += 1;
                Ok(value)
            };
            match long {
                "help" => return Err(Stop::Print(help_text())),
                "help-env" => return Err(Stop::Print(HELP_ENV.to_string())),
                "help-xoptions" => return Err(Stop::Print(HELP_XOPTIONS.to_string())),
                "help-all" => {
                    return Err(Stop::Print(format!(
                        "{}\n{}\n{}",
                        help_text(),
                        HELP_ENV,
                        HELP_XOPTIONS
                    )))
                }
                "version" => version += 1,
                "check-hash-based-pycs" => {
                    let value = argument(long)?;
                    if !matches!(value.as_str(), "default" | "always" | "never") {
                        return Err(Stop::Usage(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'"
                                .into(),
                        ));
                    }
                    config.check_hash_based_pycs = value;
                }
                "trace" => config.trace_file = Some(argument(long)?),
                "trace-summary" => config.trace_summary = true,
                "switch-interval" => {
                    let value = argument(long)?;
                    match value.parse::<f64>() {
                        Ok(s) if s > 0.0 && s.is_finite() => config.switch_interval = Some(s),
                        _ => {
                            return Err(Stop::Usage(format!(
                                "--switch-interval: not a positive number of seconds: {}",
                                value
                            )))
                        }
                    }
                }
                _ => return Err(Stop::Usage(format!("unknown option {}", word))),
            }
            continue;
        }
        // A cluster of short options: `-uBc code`, `-Wdefault`, `-Xdev`.
        let letters: Vec<char> = word.chars().skip(1).collect();
        index += 1;
        let mut position = 0;
        while position < letters.len() {
            let letter = letters[position];
            position += 1;
            if matches!(letter, 'c' | 'm' | 'W' | 'X') {
                let attached: String = letters[position..].iter().collect();
                let value = if !attached.is_empty() {
                    attached
                } else {
                    let Some(next) = args.get(index) else {
                        return Err(Stop::Usage(format!(
                            "Argument expected for the -{} option",
                            letter
                        )));
                    };
                    index += 1;
                    next.clone()
                };
                match letter {
                    'c' => {
                        config.target = Target::Code(value);
                        config.argv = std::iter::once("-c".to_string())
                            .chain(args[index..].iter().cloned())
                            .collect();
                        program_found = true;
                        break 'words;
                    }
                    'm' => {
                        config.target = Target::Module(value);
                        config.argv = std::iter::once("-m".to_string())
                            .chain(args[index..].iter().cloned())
                            .collect();
                        program_found = true;
                        break 'words;
                    }
                    'W' => command_line_warnings.push(value),
                    _ => add_xoption(&mut config.xoptions, &value),
                }
                break;
            }
            let flags = &mut config.flags;
            match letter {
                'b' => flags.bytes_warning += 1,
                'B' => flags.dont_write_bytecode = 1,
                'd' => flags.debug += 1,
                'E' => flags.ignore_environment = 1,
                'h' | '?' => return Err(Stop::Print(help_text())),
                'i' => {
                    flags.inspect = 1;
                    flags.interactive = 1;
                }
                'I' => {
                    flags.isolated = 1;
                    flags.ignore_environment = 1;
                    flags.no_user_site = 1;
                    flags.safe_path = true;
                }
                'O' => flags.optimize += 1,
                'P' => flags.safe_path = true,
                'q' => flags.quiet += 1,
                's' => flags.no_user_site = 1,
                'S' => flags.no_site = 1,
                'u' => config.unbuffered = true,
                'v' => flags.verbose += 1,
                'V' => version += 1,
                'x' => config.skip_first_line = true,
                'J' => return Err(Stop::Usage("-J is reserved for Jython".into())),
                other => return Err(Stop::Usage(format!("Unknown option: -{}", other))),
            }
        }
    }
    if version > 0 {
        return Err(Stop::Print(version_text(version)));
    }
    if !program_found {
        match args.get(index) {
            Some(word) if word != "-" => {
                config.target = Target::File(word.clone());
                config.argv = args[index..].to_vec();
            }
            Some(_) => {
                config.target = Target::Stdin;
                config.argv = args[index..].to_vec();
            }
            None => {
                config.target = Target::Stdin;
                config.argv = vec![String::new()];
            }
        }
    }
    apply_xoptions(&mut config)?;
    if config.flags.ignore_environment == 0 {
        apply_environment(&mut config, env)?;
    }
    // As CPython's `config_init_warnoptions`: the list is read last-wins, so the lowest
    // priority comes first: dev mode, then PYTHONWARNINGS, then -W, then -b.
    let mut warnoptions = Vec::new();
    if config.flags.dev_mode {
        warnoptions.push("default".to_string());
    }
    warnoptions.append(&mut config.warnoptions);
    warnoptions.extend(command_line_warnings);
    match config.flags.bytes_warning {
        0 => {}
        1 => warnoptions.push("default::BytesWarning".into()),
        _ => warnoptions.push("error::BytesWarning".into()),
    }
    config.warnoptions = warnoptions;
    Ok(config)
}

fn help_text() -> String {
    format!("{}\n{}", USAGE_LINE, HELP)
}

fn add_xoption(xoptions: &mut Vec<(String, XValue)>, text: &str) {
    let (name, value) = match text.split_once('=') {
        Some((name, value)) => (name.to_string(), XValue::Str(value.to_string())),
        None => (text.to_string(), XValue::True),
    };
    // As a dict: a repeated name keeps its place and takes the new value.
    match xoptions.iter_mut().find(|(n, _)| *n == name) {
        Some(entry) => entry.1 = value,
        None => xoptions.push((name, value)),
    }
}

fn xoption<'a>(config: &'a Config, name: &str) -> Option<&'a XValue> {
    config
        .xoptions
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
}

/// The `-X` options CPython checks at start-up, with its messages.
fn apply_xoptions(config: &mut Config) -> Result<(), Stop> {
    if xoption(config, "dev").is_some() {
        config.flags.dev_mode = true;
    }
    if xoption(config, "warn_default_encoding").is_some() {
        config.flags.warn_default_encoding = 1;
    }
    if xoption(config, "no_debug_ranges").is_some() {
        config.no_debug_ranges = true;
    }
    match xoption(config, "utf8") {
        None => {}
        Some(XValue::True) => config.flags.utf8_mode = 1,
        Some(XValue::Str(v)) => match v.as_str() {
            "1" | "" => config.flags.utf8_mode = 1,
            "0" => config.flags.utf8_mode = 0,
            _ => {
                return Err(Stop::Fatal(fatal(
                    "preconfig_init_utf8_mode: invalid -X utf8 option value",
                    "preinitializing",
                )))
            }
        },
    }
    if let Some(XValue::Str(v)) = xoption(config, "frozen_modules") {
        if v != "on" && v != "off" {
            return Err(Stop::Fatal(fatal(
                "bad value for option -X frozen_modules (expected \"on\" or \"off\")",
                "preinitialized",
            )));
        }
    }
    if let Some(value) = xoption(config, "int_max_str_digits") {
        let digits = match value {
            XValue::Str(v) => parse_max_str_digits(v),
            XValue::True => None,
        };
        match digits {
            Some(n) => config.flags.int_max_str_digits = n,
            None => {
                return Err(Stop::Fatal(fatal(
                    "config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.",
                    "preinitialized",
                )))
            }
        }
    }
    Ok(())
}

/// A limit for int<->str conversions: 0 (none) or at least 640, as CPython requires.
fn parse_max_str_digits(text: &str) -> Option<i64> {
    let n: i64 = text.parse().ok()?;
    (n == 0 || n >= 640).then_some(n)
}

fn fatal(message: &str, state: &str) -> String {
    format!(
        "Fatal Python error: {}\nPython runtime state: {}\n\n",
        message, state
    )
}

/// `PYTHON*` variables (skipped under `-E` and `-I`). A flag variable counts when set and not
/// empty; a numeric one raises the flag to its value (a non-number counts as 1), as CPython's
/// `_Py_get_env_flag`.
fn apply_environment(config: &mut Config, env: Environment) -> Result<(), Stop> {
    let get = |name: &str| env(name).filter(|v| !v.is_empty());
    let level = |name: &str, flag: &mut u32| {
        if let Some(v) = get(name) {
            let n = v
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .unwrap_or(1);
            *flag = (*flag).max(n.min(u32::MAX as i64) as u32);
        }
    };
    let flags = &mut config.flags;
    level("PYTHONDEBUG", &mut flags.debug);
    level("PYTHONVERBOSE", &mut flags.verbose);
    level("PYTHONOPTIMIZE", &mut flags.optimize);
    level("PYTHONINSPECT", &mut flags.inspect);
    level("PYTHONDONTWRITEBYTECODE", &mut flags.dont_write_bytecode);
    flags.dont_write_bytecode = flags.dont_write_bytecode.min(1);
    level("PYTHONNOUSERSITE", &mut flags.no_user_site);
    flags.no_user_site = flags.no_user_site.min(1);
    flags.inspect = flags.inspect.min(1);
    if get("PYTHONSAFEPATH").is_some() {
        flags.safe_path = true;
    }
    if get("PYTHONDEVMODE").is_some() {
        flags.dev_mode = true;
    }
    if get("PYTHONWARNDEFAULTENCODING").is_some() {
        flags.warn_default_encoding = 1;
    }
    if get("PYTHONNODEBUGRANGES").is_some() {
        config.no_debug_ranges = true;
    }
    if get("PYTHONUNBUFFERED").is_some() {
        config.unbuffered = true;
    }
    if xoption(config, "utf8").is_none() {
        if let Some(v) = get("PYTHONUTF8") {
            match v.as_str() {
                "1" => config.flags.utf8_mode = 1,
                "0" => config.flags.utf8_mode = 0,
                _ => {
                    return Err(Stop::Fatal(fatal(
                        "preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value",
                        "preinitializing",
                    )))
                }
            }
        }
    }
    if xoption(config, "int_max_str_digits").is_none() {
        if let Some(v) = get("PYTHONINTMAXSTRDIGITS") {
            match parse_max_str_digits(&v) {
                Some(n) => config.flags.int_max_str_digits = n,
                None => {
                    return Err(Stop::Fatal(fatal(
                        "config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.",
                        "preinitialized",
                    )))
                }
            }
        }
    }
    if let Some(seed) = get("PYTHONHASHSEED") {
        if seed != "random" && seed.parse::<u32>().is_err() {
            return Err(Stop::Fatal(fatal(
                "config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]",
                "preinitialized",
            )));
        }
    }
    if let Some(warnings) = get("PYTHONWARNINGS") {
        config.warnoptions = warnings
            .split(',')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
    }
    if let Some(path) = get("PYTHONPATH") {
        let cwd = std::env::current_dir().unwrap_or_default();
        config.python_path = path
            .split(':')
            .map(|entry| {
                let absolute = if entry.is_empty() {
                    cwd.clone()
                } else {
                    cwd.join(entry)
                };
                normalize_path(&absolute.display().to_string())
            })
            .collect();
    }
    config.startup_file = get("PYTHONSTARTUP");
    if let Some(io) = get("PYTHONIOENCODING") {
        let (encoding, errors) = match io.split_once(':') {
            Some((e, r)) => (e.to_string(), Some(r.to_string())),
            None => (io.clone(), None),
        };
        config.io_encoding = Some(encoding).filter(|e| !e.is_empty());
        config.io_errors = errors.filter(|e| !e.is_empty());
    }
    Ok(())
}

/// `os.path.normpath` for an absolute path: no `.` entries, no repeated or trailing slashes,
/// `..` taken back.
pub fn normalize_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Config, Stop> {
        let args: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        parse("gilt", &args, &|_| None)
    }

    #[test]
    fn clusters_and_attached_arguments() {
        let c = parse_words(&["-uBc", "print(1)", "a"]).expect("parses");
        assert!(c.unbuffered);
        assert_eq!(c.flags.dont_write_bytecode, 1);
        assert_eq!(c.target, Target::Code("print(1)".into()));
        assert_eq!(c.argv, ["-c", "a"]);
        let c = parse_words(&["-ucprint(2)"]).expect("parses");
        assert_eq!(c.target, Target::Code("print(2)".into()));
        let c = parse_words(&["-Wd", "-W", "error", "-Xdev", "-X", "a=b=c", "-"]).expect("parses");
        assert_eq!(c.warnoptions, ["default", "d", "error"]);
        assert_eq!(
            c.xoptions,
            [
                ("dev".to_string(), XValue::True),
                ("a".to_string(), XValue::Str("b=c".into()))
            ]
        );
        assert_eq!(c.target, Target::Stdin);
        assert_eq!(c.argv, ["-"]);
    }

    #[test]
    fn the_option_list_ends_at_the_program() {
        let c = parse_words(&["-i", "script.py", "-c", "x"]).expect("parses");
        assert_eq!(c.target, Target::File("script.py".into()));
        assert_eq!(c.argv, ["script.py", "-c", "x"]);
        assert_eq!((c.flags.inspect, c.flags.interactive), (1, 1));
        let c = parse_words(&["--", "-c"]).expect("parses");
        assert_eq!(c.target, Target::File("-c".into()));
        let c = parse_words(&["-m", "pkg.mod", "-v"]).expect("parses");
        assert_eq!(c.target, Target::Module("pkg.mod".into()));
        assert_eq!(c.argv, ["-m", "-v"]);
        assert_eq!(c.flags.verbose, 0);
        let c = parse_words(&[]).expect("parses");
        assert_eq!((c.target, c.argv), (Target::Stdin, vec![String::new()]));
    }

    #[test]
    fn usage_errors_have_cpythons_messages() {
        let usage = |words: &[&str]| match parse_words(words) {
            Err(Stop::Usage(m)) => m,
            other => panic!("{:?}", other.map(|c| c.target)),
        };
        assert_eq!(usage(&["-Z"]), "Unknown option: -Z");
        assert_eq!(usage(&["-uZ"]), "Unknown option: -Z");
        assert_eq!(usage(&["--frobnicate"]), "unknown option --frobnicate");
        assert_eq!(usage(&["-c"]), "Argument expected for the -c option");
        assert_eq!(usage(&["-W"]), "Argument expected for the -W option");
        assert_eq!(
            usage(&["--check-hash-based-pycs"]),
            "Argument expected for the --check-hash-based-pycs options"
        );
        assert_eq!(usage(&["-V", "-Z"]), "Unknown option: -Z");
        // -h stops at once, before a later bad option is seen.
        assert!(matches!(parse_words(&["-h", "-Z"]), Err(Stop::Print(_))));
    }

    #[test]
    fn environment_is_read_unless_ignored() {
        let env = |name: &str| match name {
            "PYTHONPATH" => Some("/a/b/:/c/./d".to_string()),
            "PYTHONUNBUFFERED" => Some("1".to_string()),
            "PYTHONOPTIMIZE" => Some("x".to_string()),
            "PYTHONWARNINGS" => Some("ignore,,error".to_string()),
            _ => None,
        };
        let args = vec!["-W".to_string(), "always".to_string()];
        let c = parse("gilt", &args, &env).expect("parses");
        assert_eq!(c.python_path, ["/a/b", "/c/d"]);
        assert!(c.unbuffered);
        assert_eq!(c.flags.optimize, 1);
        assert_eq!(c.warnoptions, ["ignore", "error", "always"]);
        let args = vec!["-E".to_string()];
        let c = parse("gilt", &args, &env).expect("parses");
        assert!(c.python_path.is_empty() && !c.unbuffered && c.warnoptions.is_empty());
    }

    #[test]
    fn bad_values_are_fatal() {
        assert!(matches!(
            parse_words(&["-X", "int_max_str_digits=5"]),
            Err(Stop::Fatal(_))
        ));
        let c = parse_words(&["-X", "int_max_str_digits=0"]).expect("parses");
        assert_eq!(c.flags.int_max_str_digits, 0);
        assert!(matches!(
            parse_words(&["-X", "utf8=2"]),
            Err(Stop::Fatal(_))
        ));
    }
}
