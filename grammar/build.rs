//! Runs LALRPOP over the grammar in this folder; the generated parser lands in OUT_DIR.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .process()
        .expect("LALRPOP failed on grammar/");
    println!("cargo:rerun-if-changed=grammar");
}
