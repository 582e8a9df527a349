//! The iCalendar reader: closed days or a coded error, on any text.
#![no_main]

use caredesk::calendar::holidays_from_ics;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = holidays_from_ics(&text) {
        assert!(e.code().contains('.'));
    }
});
