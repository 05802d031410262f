//! The last benchmark `cargo bench` runs (bench targets run in name order): prints the
//! rows every other benchmark of this run left (see `common/summary.rs`) as one table.

#[allow(dead_code)] // this one only collects the rows
#[path = "common/summary.rs"]
mod summary;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` and test discovery
    }
    match summary::collect() {
        Some(table) => {
            print!("\nsummary of this cargo bench run (copy into BENCHMARKS.md):\n{table}")
        }
        None => println!("no benchmark left a summary (run `cargo bench`)"),
    }
}
