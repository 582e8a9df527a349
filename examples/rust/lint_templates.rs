//! `make lint-templates`: lints the built-in reply catalog, or a shop's
//! `.ftl` files on top of it.
//!
//! ```sh
//! cargo run -p caredesk --example lint_templates                 # the built-in catalog
//! cargo run -p caredesk --example lint_templates -- shop/replies # + every .ftl under that directory
//! ```
//!
//! Files are named by their path below the directory (`de/formal.ftl`,
//! `it.ftl`), as `ReplyCatalog::with_sources` expects. Exits with 1 when
//! there is an error (warnings do not fail).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, base, out)?;
        } else if path.extension().is_some_and(|e| e == "ftl") {
            let name = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((name, std::fs::read_to_string(&path)?));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut sources = Vec::new();
    for arg in std::env::args().skip(1) {
        let path = PathBuf::from(&arg);
        let result = if path.is_dir() {
            collect(&path, &path, &mut sources)
        } else {
            std::fs::read_to_string(&path).map(|text| sources.push((arg.clone(), text)))
        };
        if let Err(e) = result {
            eprintln!("{arg}: {e}");
            return ExitCode::from(2);
        }
    }
    let report = if sources.is_empty() {
        caredesk::reply::lint(&caredesk::ReplyCatalog::builtin())
    } else {
        caredesk::reply::lint_sources(sources, true)
    };
    println!("{report}");
    if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
