//! Every configuration and request read from JSON: a result or a coded
//! error, never a panic or a stall.
#![no_main]

use caredesk::calendar::Calendar;
use caredesk::returns::{ReturnPolicy, ReturnRequest};
use caredesk::sla::Sla;
use caredesk::triage::{Triage, TriageConfig};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let codes = [
        Sla::from_json(text).err().map(|e| e.code()),
        Calendar::from_json(text).err().map(|e| e.code()),
        // A shop's own packs only: the built-in ones cost the same every
        // time and are compiled by the tests.
        TriageConfig::from_json(text)
            .and_then(|c| Triage::new(TriageConfig { builtin: false, ..c }))
            .err()
            .map(|e| e.code()),
        ReturnPolicy::from_json(text).err().map(|e| e.code()),
        ReturnRequest::from_json(text).err().map(|e| e.code()),
    ];
    for code in codes.into_iter().flatten() {
        assert!(code.contains('.'), "uncoded error {code}");
    }
});
