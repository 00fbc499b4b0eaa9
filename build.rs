//! Generates the Go parser from grammar/go.lalrpop into OUT_DIR (nothing generated is committed).
fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=grammar/go.lalrpop");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out)
        .process()
        .expect("grammar/go.lalrpop is valid");
}
