//! Money amounts and SLA durations written as text.
#![no_main]

use caredesk::Money;
use caredesk::sla::TargetDuration;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (amount, currency) = text.split_once('|').unwrap_or((text, "EUR"));
    if let Ok(m) = Money::parse(amount, currency) {
        // What parses prints back to the same amount.
        let printed = m.to_string();
        let (a, c) = printed.split_once(' ').expect("amount and code");
        assert_eq!(Money::parse(a, c).unwrap(), m);
    }
    let _ = TargetDuration::parse(text);
});
