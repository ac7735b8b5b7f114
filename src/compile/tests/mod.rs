//! Compiler unit tests: each compiles a snippet and checks the disassembly (or the error).
//! Sources are parsed by CPython through `pyast` until gilt's parser is merged.

mod pyast;

use super::disasm::disassemble;
use super::{compile, Mode};

fn dis(source: &str) -> String {
    let module = pyast::parse(source);
    match compile(&module, "<test>", Mode::Exec) {
        Ok(code) => disassemble(&code),
        Err(error) => panic!("{}: {} at {}:{}", source, error.msg, error.line, error.col),
    }
}

fn error(source: &str) -> (String, u32, u32, u32) {
    let module = pyast::parse(source);
    match compile(&module, "<test>", Mode::Exec) {
        Ok(code) => panic!("expected an error, got\n{}", disassemble(&code)),
        Err(error) => (error.msg, error.line, error.col, error.end_col),
    }
}

/// Compiles every file named in `$GILT_COMPILE_CORPUS` (one path a line), reporting internal
/// errors: `GILT_COMPILE_CORPUS=list cargo test corpus -- --ignored --nocapture`.
#[test]
#[ignore]
fn corpus() {
    let Ok(list) = std::env::var("GILT_COMPILE_CORPUS") else {
        return;
    };
    let paths = std::fs::read_to_string(list).unwrap_or_default();
    let mut failures = 0;
    for path in paths.lines() {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        let Ok(module) = pyast::try_parse(&source) else {
            continue;
        };
        if let Err(error) = compile(&module, path, Mode::Exec) {
            if !error.msg.contains("not supported") {
                failures += 1;
                println!("{path}:{}:{}: {}", error.line, error.col, error.msg);
            }
        }
    }
    assert_eq!(failures, 0);
}

#[test]
#[ignore]
fn show() {
    let Ok(path) = std::env::var("GILT_SHOW") else {
        return;
    };
    let source = std::fs::read_to_string(path).unwrap_or_default();
    println!("{}", dis(&source));
}

const GOLDEN_HEADER: &str =
    "# Regenerate: GILT_BLESS=1 cargo test --bin gilt compile::tests::golden\n";

/// Every `tests/golden/compile/NAME.py` disassembles to `NAME.txt`.
#[test]
fn golden() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/compile");
    let bless = std::env::var("GILT_BLESS").is_ok();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty());
    let mut mismatches = Vec::new();
    for path in entries {
        let source = std::fs::read_to_string(&path).expect("read");
        let actual = format!("{GOLDEN_HEADER}{}", dis(&source));
        let expected_path = path.with_extension("txt");
        if bless {
            std::fs::write(&expected_path, &actual).expect("write");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            mismatches.push(format!("{}:\n{actual}", expected_path.display()));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Compiler-detected errors: CPython 3.11's message, line, offset and end offset.
#[test]
fn errors_match_cpython() {
    let cases: &[(&str, &str, u32, u32, u32)] = &[
        ("return 1", "'return' outside function", 1, 1, 9),
        ("x=1\nbreak", "'break' outside loop", 2, 1, 6),
        ("continue", "'continue' not properly in loop", 1, 1, 9),
        ("yield 1", "'yield' outside function", 1, 1, 8),
        ("x = yield", "'yield' outside function", 1, 5, 10),
        (
            "class A:\n    return 1",
            "'return' outside function",
            2,
            5,
            13,
        ),
        (
            "def f():\n    x = 1\n    global x",
            "name 'x' is assigned to before global declaration",
            3,
            5,
            13,
        ),
        (
            "def f():\n    print(x)\n    global x",
            "name 'x' is used prior to global declaration",
            3,
            5,
            13,
        ),
        (
            "def f(x):\n    global x",
            "name 'x' is parameter and global",
            2,
            5,
            13,
        ),
        (
            "nonlocal x",
            "nonlocal declaration not allowed at module level",
            1,
            1,
            11,
        ),
        (
            "def f():\n    nonlocal x",
            "no binding for nonlocal 'x' found",
            2,
            5,
            15,
        ),
        (
            "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x",
            "name 'x' is nonlocal and global",
            4,
            5,
            13,
        ),
        (
            "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
            "default 'except:' must be last",
            3,
            1,
            9,
        ),
        (
            "def f(a, a): pass",
            "duplicate argument 'a' in function definition",
            1,
            10,
            11,
        ),
        (
            "a, *b, *c = x",
            "multiple starred expressions in assignment",
            1,
            1,
            10,
        ),
        ("f(a=1, a=2)", "keyword argument repeated: a", 1, 8, 11),
        (
            "def f():\n  [ (yield x) for x in y]",
            "'yield' inside list comprehension",
            2,
            6,
            13,
        ),
        (
            "def f():\n    await x",
            "'await' outside async function",
            2,
            5,
            12,
        ),
        ("await x", "'await' outside function", 1, 1, 8),
        (
            "from a import *\ndef f():\n    from a import *",
            "import * only allowed at module level",
            3,
            19,
            20,
        ),
        (
            "x: int = 1\nglobal x",
            "annotated name 'x' can't be global",
            2,
            1,
            9,
        ),
        (
            "def f():\n    x: int\n    global x",
            "annotated name 'x' can't be global",
            3,
            5,
            13,
        ),
        (
            "[i := 0 for i in x]",
            "assignment expression cannot rebind comprehension iteration variable 'i'",
            1,
            2,
            3,
        ),
        (
            "class A:\n  [y := 0 for i in x]",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
            4,
            5,
        ),
        (
            "async def f():\n  yield from x",
            "'yield from' inside async function",
            2,
            3,
            15,
        ),
    ];
    for &(source, msg, line, col, end_col) in cases {
        let actual = error(source);
        assert_eq!(
            actual,
            (msg.to_string(), line, col, end_col),
            "for {source:?}"
        );
    }
}

#[test]
fn eval_and_interactive_modes() {
    let module = pyast::parse("1 + x");
    let code = compile(&module, "<eval>", Mode::Eval).expect("eval");
    let text = disassemble(&code);
    assert!(
        text.contains("BinaryOp             Add\n           3 ReturnValue"),
        "{text}"
    );
    let module = pyast::parse("x = 1\nx = 2");
    let error = compile(&module, "<eval>", Mode::Eval).expect_err("two statements");
    assert_eq!(error.msg, "invalid syntax");
    let module = pyast::parse("x\nif x:\n    x\ndef f():\n    x");
    let code = compile(&module, "<stdin>", Mode::Interactive).expect("interactive");
    let text = disassemble(&code);
    assert_eq!(text.matches("PrintExpr").count(), 2, "{text}");
}

#[test]
fn generator_and_coroutine_flags() {
    let text = dis("def g():\n    yield\ndef h():\n    def inner():\n        yield\n    return inner\nasync def c():\n    await x\nasync def ag():\n    yield 1\nlambda: (yield)\n");
    let flags: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("flags"))
        .map(|l| {
            l.split("flags ")
                .nth(1)
                .unwrap_or("")
                .split(',')
                .next()
                .unwrap_or("")
        })
        .collect();
    assert_eq!(
        flags,
        [
            "MODULE",
            "GENERATOR",
            "0",
            "GENERATOR",
            "COROUTINE",
            "ASYNC_GENERATOR",
            "GENERATOR"
        ]
    );
}
