//! SLA evaluation properties that the shared vectors cannot express.

use caredesk::sla::{Metric, Sla, Stage};
use caredesk::{Author, Message, Priority, Status, Ticket};
use chrono::{DateTime, Utc};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn email_ticket(id: &str, created: &str) -> Ticket {
    let mut t = Ticket::from_json(&format!(
        r#"{{"id": "{id}", "channel": "email", "customer": {{"id": "c"}}, "created_at": "{created}"}}"#
    ))
    .unwrap();
    t.add_message(Message::new("m1", at(created), Author::Customer, "Hello"))
        .unwrap();
    t
}

const OFFICE: &str = r#"{"calendars": {"office": {"zone": "Europe/Rome", "holiday_sets": ["IT"],
  "weekly": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]], "wed": [["09:00","18:00"]],
             "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]}}},
  "policies": [{"name": "email", "clock": "office", "targets": {
     "first_reply": {"within": {"urgent": "1h", "high": "4h", "normal": "8h"}},
     "resolution": {"within": "40h"}}}]}"#;

#[test]
fn engine_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Sla>();
    check::<caredesk::sla::SlaReport>();
}

#[test]
fn changed_policy_gives_the_new_answer_on_replay() {
    let ticket = email_ticket("T1", "2026-11-23T08:00:00Z");
    let mut ticket_high = ticket.clone();
    ticket_high
        .set_priority(Priority::High, at("2026-11-23T08:00:00Z"))
        .unwrap();
    let sla = Sla::from_json(OFFICE).unwrap();
    let now = at("2026-11-23T09:00:00Z");
    let r = sla.evaluate(&ticket_high, now).unwrap();
    // Monday 09:00 Rome + 4 business hours.
    assert_eq!(
        r.metric(Metric::FirstReply).unwrap().cycle.due,
        Some(at("2026-11-23T12:00:00Z"))
    );
    // The same history under a 24/7 policy: derived again, nothing cached.
    let calendar_time =
        Sla::from_json(&OFFICE.replace(r#""clock": "office""#, r#""clock": "calendar""#)).unwrap();
    let r = calendar_time.evaluate(&ticket_high, now).unwrap();
    assert_eq!(
        r.metric(Metric::FirstReply).unwrap().cycle.due,
        Some(at("2026-11-23T12:00:00Z"))
    );
    let r = calendar_time
        .evaluate(
            &ticket_high,
            at("2026-11-23T07:59:00Z").max(ticket.created_at()),
        )
        .unwrap();
    assert_eq!(
        r.metric(Metric::FirstReply)
            .unwrap()
            .cycle
            .elapsed
            .num_seconds(),
        0
    );
}

#[test]
fn batch_keeps_order_and_isolates_failures() {
    let sla = Sla::from_json(OFFICE).unwrap();
    let a = email_ticket("A", "2026-11-23T08:00:00Z");
    let late = email_ticket("B", "2026-11-24T08:00:00Z"); // created after `now`
    let mut c = email_ticket("C", "2026-11-20T08:00:00Z");
    c.set_priority(Priority::Urgent, at("2026-11-20T08:00:00Z"))
        .unwrap();
    let now = at("2026-11-23T10:00:00Z");
    let out = sla.evaluate_many([&a, &late, &c], now);
    assert_eq!(out.len(), 3);
    assert_eq!(out[0].as_ref().unwrap().ticket_id, "A");
    assert_eq!(out[1].as_ref().unwrap_err().field(), Some("now"));
    let c_report = out[2].as_ref().unwrap();
    assert_eq!(c_report.ticket_id, "C");
    assert_eq!(
        c_report.metric(Metric::FirstReply).unwrap().cycle.stage,
        Stage::Breached
    );
    assert!(c_report.any_breach());
}

#[test]
fn report_json_shape() {
    let sla = Sla::from_json(OFFICE).unwrap();
    let mut t = email_ticket("J", "2026-11-23T08:00:00Z");
    t.set_priority(Priority::Normal, at("2026-11-23T08:00:00Z"))
        .unwrap();
    t.set_status(Status::Pending, at("2026-11-23T09:30:00Z"))
        .unwrap();
    let v = sla
        .evaluate(&t, at("2026-11-23T10:00:00Z"))
        .unwrap()
        .to_value();
    assert_eq!(v["ticket_id"], "J");
    assert_eq!(v["now"], "2026-11-23T10:00:00Z");
    let first = &v["metrics"][0];
    assert_eq!(first["metric"], "first_reply");
    assert_eq!(first["clock"], "office");
    assert_eq!(first["target"], 28800);
    assert_eq!(first["paused"], true);
    assert_eq!(first["due"], serde_json::Value::Null);
    assert_eq!(first["elapsed"], 5400); // open from 09:00 Rome (08:00Z) to pending at 09:30Z
}

#[test]
fn config_round_trips() {
    let sla = Sla::from_json(OFFICE).unwrap();
    let json = serde_json::to_string(&sla.config()).unwrap();
    let again = Sla::from_json(&json).unwrap();
    assert_eq!(again.config(), sla.config());
    let toml_text = r#"
[calendars.office]
zone = "Europe/Rome"
weekly = { mon = [["09:00", "18:00"]] }

[[policies]]
name = "email"
clock = "office"
targets.first_reply = { within = { urgent = "1h", normal = "8h" }, warn = { at_percent = 75, before = "30m" } }
targets.next_reply = { within = 7200, pause = ["pending", "on_hold"] }
"#;
    let from_toml = Sla::from_toml(toml_text).unwrap();
    let from_json = Sla::from_json(&serde_json::to_string(&from_toml.config()).unwrap()).unwrap();
    assert_eq!(from_toml.config(), from_json.config());
    let err = Sla::from_toml("[[policies]]\nname = 3\n").unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("input.toml", Some("policies[0].name"))
    );
}
