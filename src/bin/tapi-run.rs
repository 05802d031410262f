//! `tapi-run [--scenario FILE] [--report FILE] [--trace] [--strict] -- PROGRAM [ARGS...]`:
//! runs an unmodified TAPI program on a scripted telephone network and reports its
//! handle misuse. See `tapi32::doctor::run`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(tapi32::doctor::run::main_with(&args));
}
