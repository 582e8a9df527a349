//! Shop FTL sources: compiled into a catalog and linted, on any text.
#![no_main]

use caredesk::reply::{ReplyCatalog, lint_sources};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let sources = [("en/formal.ftl", text)];
    let _ = ReplyCatalog::compile(sources, false);
    let _ = lint_sources(sources, true);
});
