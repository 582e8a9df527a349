//! A ticket read from JSON replays its event log: a ticket or a coded
//! error; a ticket read back writes the same JSON again.
#![no_main]

use caredesk::Ticket;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(ticket) = Ticket::from_json(text) {
        let json = ticket.to_json();
        let again = Ticket::from_json(&json).expect("a ticket's own JSON reads back");
        assert_eq!(again.to_json(), json);
    }
});
