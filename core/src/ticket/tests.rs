use super::*;

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn msg(id: &str, at: &str, author: Author) -> Message {
    Message::new(id, t(at), author, format!("body of {id}"))
}

fn ticket() -> Ticket {
    Ticket::new(
        "T-1",
        Channel::Email,
        Customer::new("c-1"),
        t("2026-03-02T08:00:00Z"),
    )
    .unwrap()
}

#[test]
fn starts_new_and_never_returns_to_new() {
    let mut tk = ticket();
    assert_eq!(tk.status(), Status::New);
    let err = tk
        .set_status(Status::New, t("2026-03-02T08:01:00Z"))
        .unwrap_err();
    assert_eq!(err.code(), "ticket.illegal_transition");
    tk.set_status(Status::Open, t("2026-03-02T08:01:00Z"))
        .unwrap();
    let err = tk
        .set_status(Status::New, t("2026-03-02T08:02:00Z"))
        .unwrap_err();
    assert_eq!(err.code(), "ticket.illegal_transition");
    assert_eq!(err.to_string(), "status: cannot go from open to new");
}

#[test]
fn new_can_go_to_any_working_status_or_solved() {
    for to in [
        Status::Open,
        Status::Pending,
        Status::OnHold,
        Status::Solved,
    ] {
        let mut tk = ticket();
        tk.set_status(to, t("2026-03-02T09:00:00Z")).unwrap();
        assert_eq!(tk.status(), to);
    }
}

#[test]
fn closed_only_from_solved() {
    for from in [Status::New, Status::Open, Status::Pending, Status::OnHold] {
        let mut tk = ticket();
        if from != Status::New {
            tk.set_status(from, t("2026-03-02T09:00:00Z")).unwrap();
        }
        let err = tk
            .set_status(Status::Closed, t("2026-03-02T10:00:00Z"))
            .unwrap_err();
        assert_eq!(err.code(), "ticket.illegal_transition", "from {from}");
    }
    let mut tk = ticket();
    tk.set_status(Status::Solved, t("2026-03-02T09:00:00Z"))
        .unwrap();
    tk.set_status(Status::Closed, t("2026-03-02T10:00:00Z"))
        .unwrap();
    assert_eq!(tk.status(), Status::Closed);
}

#[test]
fn customer_message_reopens_pending_on_hold_and_solved() {
    for from in [Status::Pending, Status::OnHold, Status::Solved] {
        let mut tk = ticket();
        tk.set_status(from, t("2026-03-02T09:00:00Z")).unwrap();
        tk.add_message(msg("m1", "2026-03-02T10:00:00Z", Author::Customer))
            .unwrap();
        assert_eq!(tk.status(), Status::Open, "from {from}");
        let expected_reopens = u32::from(from == Status::Solved);
        assert_eq!(tk.reopen_count(), expected_reopens, "from {from}");
    }
}

#[test]
fn agent_messages_and_internal_notes_do_not_change_status() {
    let mut tk = ticket();
    tk.set_status(Status::Pending, t("2026-03-02T09:00:00Z"))
        .unwrap();
    tk.add_message(msg("m1", "2026-03-02T10:00:00Z", Author::Agent))
        .unwrap();
    tk.add_message(msg("m2", "2026-03-02T10:05:00Z", Author::Customer).internal())
        .unwrap();
    tk.add_message(msg("m3", "2026-03-02T10:06:00Z", Author::System))
        .unwrap();
    assert_eq!(tk.status(), Status::Pending);
}

#[test]
fn customer_message_on_new_or_open_keeps_status() {
    let mut tk = ticket();
    tk.add_message(msg("m1", "2026-03-02T08:00:00Z", Author::Customer))
        .unwrap();
    assert_eq!(tk.status(), Status::New);
    tk.set_status(Status::Open, t("2026-03-02T08:30:00Z"))
        .unwrap();
    tk.add_message(msg("m2", "2026-03-02T08:40:00Z", Author::Customer))
        .unwrap();
    assert_eq!(tk.status(), Status::Open);
    assert_eq!(tk.reopen_count(), 0);
}

#[test]
fn agent_reopen_from_solved_counts() {
    let mut tk = ticket();
    tk.set_status(Status::Solved, t("2026-03-02T09:00:00Z"))
        .unwrap();
    tk.set_status(Status::Pending, t("2026-03-02T09:30:00Z"))
        .unwrap();
    tk.set_status(Status::Solved, t("2026-03-02T10:00:00Z"))
        .unwrap();
    tk.add_message(msg("m1", "2026-03-03T10:00:00Z", Author::Customer))
        .unwrap();
    assert_eq!(tk.reopen_count(), 2);
}

#[test]
fn closed_is_final_and_follow_up_links_back() {
    let mut tk = ticket()
        .with_subject("Broken zip")
        .with_order_ref("ORD-9")
        .unwrap();
    tk.set_priority(Priority::High, t("2026-03-02T08:00:00Z"))
        .unwrap();
    tk.tag(["vip".to_string()], [], t("2026-03-02T08:00:00Z"))
        .unwrap();
    tk.set_status(Status::Solved, t("2026-03-02T09:00:00Z"))
        .unwrap();
    tk.set_status(Status::Closed, t("2026-03-06T09:00:00Z"))
        .unwrap();
    let before = tk.clone();

    let late = msg("m9", "2026-03-10T12:00:00Z", Author::Customer);
    let err = tk.add_message(late.clone()).unwrap_err();
    assert_eq!(err.code(), "ticket.closed");
    for err in [
        tk.set_priority(Priority::Low, t("2026-03-10T12:00:00Z"))
            .unwrap_err(),
        tk.tag(["x".to_string()], [], t("2026-03-10T12:00:00Z"))
            .unwrap_err(),
        tk.set_status(Status::Open, t("2026-03-10T12:00:00Z"))
            .unwrap_err(),
    ] {
        assert_eq!(err.code(), "ticket.closed");
    }
    assert_eq!(tk, before);

    let next = tk.follow_up("T-2", late).unwrap();
    assert_eq!(next.follow_up_of(), Some("T-1"));
    assert_eq!(next.created_at(), t("2026-03-10T12:00:00Z"));
    assert_eq!(next.status(), Status::New);
    assert_eq!(next.priority(), Some(Priority::High));
    assert!(next.tags().contains("vip"));
    assert_eq!(next.order_refs(), ["ORD-9"]);
    assert_eq!(next.messages().count(), 1);

    let err = tk
        .follow_up("T-4", msg("m8", "2026-03-10T12:00:00Z", Author::Agent))
        .unwrap_err();
    assert_eq!(err.field(), Some("message.author"));

    let open = ticket();
    assert_eq!(
        open.follow_up("T-3", msg("m1", "2026-03-02T09:00:00Z", Author::Customer))
            .unwrap_err()
            .code(),
        "ticket.not_closed"
    );
    assert_eq!(
        tk.follow_up("T-1", msg("m1", "2026-03-10T09:00:00Z", Author::Customer))
            .unwrap_err()
            .code(),
        "input.invalid"
    );
}

#[test]
fn time_never_goes_backwards_and_nothing_precedes_creation() {
    let mut tk = ticket();
    let err = tk
        .add_message(msg("m0", "2026-03-02T07:59:59Z", Author::Customer))
        .unwrap_err();
    assert_eq!(err.code(), "ticket.before_creation");
    assert_eq!(err.field(), Some("message.at"));
    tk.set_status(Status::Open, t("2026-03-02T10:00:00Z"))
        .unwrap();
    let err = tk
        .set_priority(Priority::Low, t("2026-03-02T09:00:00Z"))
        .unwrap_err();
    assert_eq!(err.code(), "ticket.time_went_backwards");
    assert_eq!(err.field(), Some("at"));
    // Equal instants are fine: several events can share a second.
    tk.set_priority(Priority::Low, t("2026-03-02T10:00:00Z"))
        .unwrap();
}

#[test]
fn priority_changes_but_starts_unset() {
    let mut tk = ticket();
    assert_eq!(tk.priority(), None);
    tk.set_priority(Priority::Normal, t("2026-03-02T08:00:00Z"))
        .unwrap();
    tk.set_priority(Priority::Urgent, t("2026-03-02T08:10:00Z"))
        .unwrap();
    assert_eq!(tk.priority(), Some(Priority::Urgent));
    // Clearing is impossible through the API, and refused through JSON.
    let mut json = tk.to_value();
    json["events"][1]["priority"] = serde_json::Value::Null;
    json.as_object_mut().unwrap().remove("priority");
    let err = Ticket::from_value(json).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(err.field(), Some("events[1].priority"));
    assert!(err.to_string().contains("never be cleared"), "{err}");
}

#[test]
fn duplicate_message_ids_are_refused() {
    let mut tk = ticket();
    tk.add_message(msg("m1", "2026-03-02T08:00:00Z", Author::Customer))
        .unwrap();
    let err = tk
        .add_message(msg("m1", "2026-03-02T08:05:00Z", Author::Agent))
        .unwrap_err();
    assert_eq!(err.code(), "ticket.duplicate_message");
    assert_eq!(tk.messages().count(), 1);
}

#[test]
fn tags_and_assignment() {
    let mut tk = ticket();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    tk.tag(s(&["refund", "vip"]), s(&[]), t("2026-03-02T08:00:00Z"))
        .unwrap();
    tk.tag(s(&["carrier"]), s(&["refund"]), t("2026-03-02T08:01:00Z"))
        .unwrap();
    assert_eq!(
        tk.tags().iter().cloned().collect::<Vec<_>>(),
        s(&["carrier", "vip"])
    );
    assert_eq!(
        tk.tag(s(&[]), s(&[]), t("2026-03-02T08:02:00Z"))
            .unwrap_err()
            .code(),
        "input.invalid"
    );
    assert_eq!(
        tk.tag(s(&["a b"]), s(&[]), t("2026-03-02T08:02:00Z"))
            .unwrap_err()
            .code(),
        "input.invalid"
    );
    assert_eq!(
        tk.tag(s(&["x"]), s(&["x"]), t("2026-03-02T08:02:00Z"))
            .unwrap_err()
            .code(),
        "input.invalid"
    );
    tk.assign(Some("agent-7".into()), t("2026-03-02T08:03:00Z"))
        .unwrap();
    assert_eq!(tk.assignee(), Some("agent-7"));
    tk.assign(None, t("2026-03-02T08:04:00Z")).unwrap();
    assert_eq!(tk.assignee(), None);
    assert_eq!(
        tk.assign(Some(" ".into()), t("2026-03-02T08:05:00Z"))
            .unwrap_err()
            .code(),
        "input.invalid"
    );
}

#[test]
fn derived_time_facts() {
    let mut tk = ticket();
    tk.add_message(msg("m1", "2026-03-02T08:00:00Z", Author::Customer))
        .unwrap();
    tk.add_message(msg("n1", "2026-03-02T08:30:00Z", Author::Agent).internal())
        .unwrap();
    tk.set_status(Status::Open, t("2026-03-02T09:00:00Z"))
        .unwrap();
    tk.add_message(msg("m2", "2026-03-02T10:00:00Z", Author::Agent))
        .unwrap();
    tk.set_status(Status::Pending, t("2026-03-02T10:00:00Z"))
        .unwrap();
    tk.add_message(msg("m3", "2026-03-02T14:00:00Z", Author::Customer))
        .unwrap();
    tk.set_status(Status::Solved, t("2026-03-02T15:00:00Z"))
        .unwrap();

    // The internal note is not a reply.
    assert_eq!(tk.first_agent_reply().unwrap().id, "m2");
    assert_eq!(tk.first_reply_time(), Some(TimeDelta::hours(2)));
    assert_eq!(tk.status_at(t("2026-03-02T07:00:00Z")), None);
    assert_eq!(tk.status_at(t("2026-03-02T08:59:59Z")), Some(Status::New));
    assert_eq!(tk.status_at(t("2026-03-02T09:00:00Z")), Some(Status::Open));
    assert_eq!(
        tk.status_at(t("2026-03-02T12:00:00Z")),
        Some(Status::Pending)
    );
    assert_eq!(tk.status_at(t("2026-03-02T14:30:00Z")), Some(Status::Open));

    let spent = tk.time_in_status(t("2026-03-02T16:00:00Z")).unwrap();
    assert_eq!(spent[&Status::New], TimeDelta::hours(1));
    assert_eq!(spent[&Status::Open], TimeDelta::hours(2));
    assert_eq!(spent[&Status::Pending], TimeDelta::hours(4));
    assert_eq!(spent[&Status::Solved], TimeDelta::hours(1));
    assert_eq!(spent[&Status::Closed], TimeDelta::zero());
    assert_eq!(
        spent.values().copied().sum::<TimeDelta>(),
        TimeDelta::hours(8)
    );
    // Cut in the middle of a segment.
    let spent = tk.time_in_status(t("2026-03-02T11:00:00Z")).unwrap();
    assert_eq!(spent[&Status::Pending], TimeDelta::hours(1));
    assert_eq!(
        tk.time_in_status(t("2026-03-01T00:00:00Z"))
            .unwrap_err()
            .code(),
        "input.invalid"
    );
    assert_eq!(
        tk.solved_at(),
        Some((t("2026-03-02T15:00:00Z"), t("2026-03-02T15:00:00Z")))
    );
}

#[test]
fn auto_close_is_a_pure_function_of_the_log() {
    let policy = AutoClose::default();
    let mut tk = ticket();
    assert_eq!(tk.auto_close_at(&policy), None);
    tk.set_status(Status::Solved, t("2026-03-02T09:00:00Z"))
        .unwrap();
    assert_eq!(tk.auto_close_at(&policy), Some(t("2026-03-06T09:00:00Z")));
    assert!(!tk.close_if_due(&policy, t("2026-03-06T08:59:59Z")).unwrap());
    // A reopen and a new solve restart the delay.
    tk.add_message(msg("m1", "2026-03-03T09:00:00Z", Author::Customer))
        .unwrap();
    assert_eq!(tk.auto_close_at(&policy), None);
    tk.set_status(Status::Solved, t("2026-03-04T09:00:00Z"))
        .unwrap();
    assert_eq!(tk.auto_close_at(&policy), Some(t("2026-03-08T09:00:00Z")));
    assert!(tk.close_if_due(&policy, t("2026-03-20T00:00:00Z")).unwrap());
    assert_eq!(tk.status(), Status::Closed);
    // Dated at the due instant, not at "now".
    assert_eq!(tk.events().last().unwrap().at(), t("2026-03-08T09:00:00Z"));
    assert_eq!(
        AutoClose::new(TimeDelta::minutes(5)).unwrap_err().code(),
        "input.invalid"
    );
    assert_eq!(
        AutoClose::new(TimeDelta::days(28)).unwrap().after(),
        TimeDelta::days(28)
    );
}

#[test]
fn marketplace_goes_with_the_marketplace_channel() {
    let c = Customer::new("c");
    let at = t("2026-03-02T08:00:00Z");
    let err = Ticket::new("T", Channel::Marketplace, c.clone(), at).unwrap_err();
    assert_eq!(err.field(), Some("marketplace"));
    let tk = Ticket::new_marketplace("T", Marketplace::Amazon, c, at).unwrap();
    assert_eq!(tk.channel(), Channel::Marketplace);
    let json = tk.to_json().replace(
        "\"marketplace\",\"marketplace\":\"amazon\"",
        "\"email\",\"marketplace\":\"amazon\"",
    );
    let err = Ticket::from_json(&json).unwrap_err();
    assert_eq!(err.field(), Some("marketplace"), "{json}");
}

#[test]
fn customer_fields_are_checked() {
    let at = t("2026-03-02T08:00:00Z");
    let mut c = Customer::new("c");
    c.email = Some("not-an-email".into());
    let err = Ticket::new("T", Channel::Email, c.clone(), at).unwrap_err();
    assert_eq!(err.field(), Some("customer.email"));
    c.email = Some("anna@example.it".into());
    c.locale = Some("italian please".into());
    assert_eq!(
        Ticket::new("T", Channel::Email, c.clone(), at)
            .unwrap_err()
            .field(),
        Some("customer.locale")
    );
    c.locale = Some("it-IT".into());
    Ticket::new("T", Channel::Email, c, at).unwrap();
    assert_eq!(
        Ticket::new("", Channel::Email, Customer::new("c"), at)
            .unwrap_err()
            .field(),
        Some("id")
    );
}

fn sample_json() -> String {
    r#"{"id":"T-9","channel":"chat","customer":{"id":"c-1"},"created_at":"2026-03-02T08:00:00Z",
        "events":[
          {"type":"message_added","message":{"id":"m1","at":"2026-03-02T08:00:00Z","author":"customer","body":"hi"}},
          {"type":"status_changed","at":"2026-03-02T08:05:00Z","status":"open"}
        ]}"#
    .to_string()
}

#[test]
fn json_round_trip_writes_the_snapshot() {
    let tk = Ticket::from_json(&sample_json()).unwrap();
    assert_eq!(tk.status(), Status::Open);
    let v = tk.to_value();
    assert_eq!(v["status"], "open");
    assert_eq!(v["created_at"], "2026-03-02T08:00:00Z");
    assert_eq!(Ticket::from_json(&tk.to_json()).unwrap(), tk);
    // serde integration gives the same ticket.
    let via_serde: Ticket = serde_json::from_str(&tk.to_json()).unwrap();
    assert_eq!(via_serde, tk);
}

#[test]
fn json_errors_name_the_field() {
    let cases = [
        (
            sample_json().replace("\"chat\"", "\"fax\""),
            "input.unknown_value",
            "channel",
        ),
        (
            sample_json().replace("\"open\"", "\"shipped\""),
            "input.unknown_value",
            "events[1].status",
        ),
        (
            sample_json().replace("08:05:00Z", "07:05:00Z"),
            "ticket.before_creation",
            "events[1].at",
        ),
        (
            sample_json().replace("T08:05:00Z", "T08:05:00"),
            "input.naive_datetime",
            "events[1].at",
        ),
        (
            sample_json().replace("\"status\":\"open\"", "\"status\":\"new\""),
            "ticket.illegal_transition",
            "events[1].status",
        ),
        (
            sample_json().replace("\"created_at\"", "\"created\""),
            "input.json",
            "created",
        ),
        (
            sample_json().trim_end().trim_end_matches("]}").to_string(),
            "input.json",
            "events",
        ),
        ("not json".to_string(), "input.json", "."),
        (
            sample_json().replace("\"author\":\"customer\"", "\"author\":\"bot\""),
            "input.unknown_value",
            "events[0].message.author",
        ),
        (
            sample_json().replace("\"status_changed\"", "\"status_change\""),
            "input.unknown_value",
            "events[1].type",
        ),
        (
            sample_json().replace(
                "\"status\":\"open\"",
                "\"status\":\"open\",\"priority\":\"low\"",
            ),
            "input.invalid",
            "events[1].priority",
        ),
        (
            sample_json().replace("\"status\":\"open\"", "\"statuz\":\"open\""),
            "input.json",
            "events[1].statuz",
        ),
    ];
    for (json, code, field) in cases {
        let err = Ticket::from_json(&json).unwrap_err();
        assert_eq!((err.code(), err.field()), (code, Some(field)), "{err}");
    }
}

#[test]
fn snapshot_must_agree_with_the_log() {
    let mut v: serde_json::Value = serde_json::from_str(&sample_json()).unwrap();
    v["status"] = "pending".into();
    let err = Ticket::from_value(v).unwrap_err();
    assert_eq!(err.code(), "ticket.snapshot_mismatch");
    assert_eq!(
        err.to_string(),
        "status: stored value \"pending\" disagrees with the event log, which gives \"open\""
    );
}

#[test]
fn closed_log_refuses_later_events_on_load() {
    let json = r#"{"id":"T","channel":"email","customer":{"id":"c"},"created_at":"2026-03-02T08:00:00Z","events":[
        {"type":"status_changed","at":"2026-03-02T09:00:00Z","status":"solved"},
        {"type":"status_changed","at":"2026-03-06T09:00:00Z","status":"closed"},
        {"type":"message_added","message":{"id":"m","at":"2026-03-07T09:00:00Z","author":"customer","body":"?"}}]}"#;
    let err = Ticket::from_json(json).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("ticket.closed", Some("events[2]"))
    );
}

#[test]
fn instants_outside_1900_to_9999_are_refused() {
    let far = DateTime::<Utc>::MAX_UTC - TimeDelta::days(1);
    let err = Ticket::new("T", Channel::Email, Customer::new("c"), far).unwrap_err();
    assert_eq!(err.field(), Some("created_at"));
    let mut tk = ticket();
    let err = tk.set_status(Status::Solved, far).unwrap_err();
    assert_eq!((err.code(), err.field()), ("input.invalid", Some("at")));
    assert_eq!(tk.status(), Status::New);
}
