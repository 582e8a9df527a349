//! Shop FTL sources: compiled into a catalog and linted, on any text.
//! (The built-in catalog is linted by the tests.)
#![no_main]

use caredesk::reply::{ReplyCatalog, lint_sources};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let sources = [("en/formal.ftl", text)];
    let _ = ReplyCatalog::compile(sources, false);
    // The shop's file alone: linting the built-in catalog each time would
    // cost a thousand renders per input and leave the fuzzer no time.
    let _ = lint_sources(sources, false);
});
