//! Training a triage model on a shop's rows: what it learns, and how bad
//! rows and bad model files are refused (each with a coded error naming the
//! row or field, never a panic or a hang).

use caredesk::triage::{
    FORMAT_VERSION, MAX_TOPIC_LABELS, MAX_TRAINING_ROWS, TrainOptions, TrainingRow, Triage,
    TriageInput, TriageModel,
};
use serde_json::json;

fn row(body: &str, topic: Option<&str>, priority: Option<&str>) -> TrainingRow {
    let mut v = json!({"body": body, "channel": "email"});
    if let Some(t) = topic {
        v["topic"] = json!(t);
    }
    if let Some(p) = priority {
        v["priority"] = json!(p);
    }
    serde_json::from_value(v).unwrap()
}

/// A small shop history with the shop's own labels, in German and English.
fn history() -> Vec<TrainingRow> {
    let wismo = [
        "Wo bleibt mein Paket?",
        "where is my parcel",
        "Paket noch nicht da, Sendungsnummer?",
        "has my order shipped yet",
        "Wann kommt meine Bestellung an?",
        "tracking shows nothing",
        "Lieferstatus bitte",
        "when will it arrive",
        "Ist das Paket schon unterwegs?",
        "still waiting for my delivery",
    ];
    let docs = [
        "Bitte Rechnung mit Firmenname",
        "please send the invoice",
        "Ich brauche eine Rechnung",
        "VAT invoice for my company please",
        "Rechnungskopie fehlt",
        "need a receipt for order 12",
        "Rechnung an andere Adresse",
        "invoice with our VAT number",
        "Beleg für die Steuer",
        "can I get a corrected invoice",
    ];
    let mut rows = Vec::new();
    for (i, (a, b)) in wismo.iter().zip(docs).enumerate() {
        rows.push(row(
            a,
            Some("wismo"),
            Some(if i % 3 == 0 { "high" } else { "normal" }),
        ));
        rows.push(row(b, Some("billing-docs"), Some("low")));
    }
    rows
}

#[test]
fn a_model_of_the_shops_own_labels_classifies_and_round_trips() {
    let model = TriageModel::train(&history(), &TrainOptions::default()).unwrap();
    assert_eq!(model.topics(), ["billing-docs", "wismo"]);
    assert!(model.has_priority());
    let bytes = model.to_bytes();
    let again = TriageModel::from_bytes(&bytes).unwrap();
    assert_eq!(again, model);
    // The same rows and seed give the same bytes.
    let twice = TriageModel::train(&history(), &TrainOptions::default()).unwrap();
    assert_eq!(twice.to_bytes(), bytes);
    // Ten rows per language are under the default 20 that make a language
    // the model's own: the built-in model would read these messages.
    assert!(model.languages().is_empty());
    let options = TrainOptions {
        min_rows_per_language: 5,
        ..TrainOptions::default()
    };
    let triage = Triage::builtin().with_model(TriageModel::train(&history(), &options).unwrap());
    let input: TriageInput = serde_json::from_value(
        json!({"body": "Rechnung bitte an meine Firma", "channel": "email"}),
    )
    .unwrap();
    let r = triage.classify(&input);
    assert_eq!(r.topic.label, "billing-docs");
    assert_eq!(
        r.topic.topic,
        caredesk::triage::Topic::Other,
        "a shop label has no built-in topic"
    );
    assert!(r.topic.confidence > 0.5 && r.topic.confidence <= 1.0);
}

#[test]
fn another_seed_gives_another_model() {
    let a = TriageModel::train(&history(), &TrainOptions::default()).unwrap();
    let options = TrainOptions {
        seed: 99,
        ..TrainOptions::default()
    };
    let b = TriageModel::train(&history(), &options).unwrap();
    assert_ne!(a.to_bytes(), b.to_bytes());
}

fn training_error(rows: &[TrainingRow]) -> caredesk::Error {
    TriageModel::train(rows, &TrainOptions::default()).unwrap_err()
}

#[test]
fn bad_rows_are_refused_naming_the_row() {
    let e = training_error(&[]);
    assert_eq!((e.code(), e.field()), ("triage.training", Some("rows")));

    let one_class: Vec<TrainingRow> = (0..10)
        .map(|i| row(&format!("parcel {i}"), Some("wismo"), None))
        .collect();
    let e = training_error(&one_class);
    assert_eq!(e.code(), "triage.training");
    assert!(e.to_string().contains("at least two"), "{e}");

    let mut rows = history();
    rows[5].body = "   ".into();
    let e = training_error(&rows);
    assert_eq!(
        (e.code(), e.field()),
        ("triage.training", Some("rows[5].body"))
    );

    let mut rows = history();
    rows[3].topic = None;
    rows[3].priority = None;
    let e = training_error(&rows);
    assert_eq!(e.field(), Some("rows[3]"));

    let mut rows = history();
    rows[2].topic = Some(" ".into());
    assert_eq!(training_error(&rows).field(), Some("rows[2].topic"));

    let e = serde_json::from_value::<TrainingRow>(
        json!({"body": "x", "channel": "email", "priority": "asap"}),
    );
    assert!(e.is_err());
    let e = caredesk::wire::from_value::<Vec<TrainingRow>>(json!([
        {"body": "x", "channel": "email", "priority": "normal"},
        {"body": "x", "channel": "email", "priority": "asap"}
    ]))
    .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("input.unknown_value", Some("[1].priority"))
    );
}

#[test]
fn limits_give_an_error_not_a_stall() {
    let many: Vec<TrainingRow> = (0..=MAX_TRAINING_ROWS)
        .map(|_| row("x", Some("a"), None))
        .collect();
    let e = training_error(&many);
    assert_eq!((e.code(), e.field()), ("triage.training", Some("rows")));
    assert!(e.to_string().contains("200000"), "{e}");

    let labels: Vec<TrainingRow> = (0..10_000)
        .map(|i| row("some text", Some(&format!("label-{i}")), None))
        .collect();
    let e = training_error(&labels);
    assert_eq!(
        e.field(),
        Some(format!("rows[{MAX_TOPIC_LABELS}].topic").as_str())
    );
}

#[test]
fn duplicates_are_kept_and_counted() {
    let mut rows = history();
    rows.extend(history());
    let cv = TriageModel::cross_validate(&rows, &TrainOptions::default()).unwrap();
    assert_eq!(cv.rows.duplicate_rows, history().len());
    assert_eq!(cv.topic_rows, rows.len());
}

#[test]
fn options_out_of_range_name_the_option() {
    let options = TrainOptions {
        hash_bits: 30,
        ..TrainOptions::default()
    };
    let e = TriageModel::train(&history(), &options).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("input.invalid", Some("options.hash_bits"))
    );
    let options = TrainOptions {
        epochs: 0,
        ..TrainOptions::default()
    };
    assert_eq!(
        TriageModel::train(&history(), &options)
            .unwrap_err()
            .field(),
        Some("options.epochs")
    );
}

#[test]
fn damaged_and_foreign_model_files_are_refused() {
    let bytes = TriageModel::train(&history(), &TrainOptions::default())
        .unwrap()
        .to_bytes();
    for cut in [0, 10, 36, 40, bytes.len() / 2, bytes.len() - 1] {
        let e = TriageModel::from_bytes(&bytes[..cut]).unwrap_err();
        assert_eq!(e.code(), "triage.model_file", "cut at {cut}: {e}");
    }
    let mut damaged = bytes.clone();
    let at = damaged.len() - 100;
    damaged[at] ^= 0x40;
    assert!(
        TriageModel::from_bytes(&damaged)
            .unwrap_err()
            .to_string()
            .contains("checksum")
    );
    let mut other = bytes.clone();
    other[17..21].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    let e = TriageModel::from_bytes(&other).unwrap_err();
    assert_eq!(e.code(), "triage.model_version");
    assert!(e.to_string().contains("retrain"), "{e}");
    assert_eq!(
        TriageModel::from_bytes(b"{}").unwrap_err().code(),
        "triage.model_file"
    );
}

#[test]
fn a_language_without_rows_falls_back_to_the_builtin_model() {
    let model = TriageModel::train(
        &history(),
        &TrainOptions {
            min_rows_per_language: 5,
            ..TrainOptions::default()
        },
    )
    .unwrap();
    assert_eq!(model.languages(), ["de", "en"]);
    let triage = Triage::builtin().with_model(model);
    let input: TriageInput = serde_json::from_value(
        json!({"body": "Dov'è il mio pacco? Non è ancora arrivato.", "channel": "chat"}),
    )
    .unwrap();
    let r = triage.classify(&input);
    assert!(
        r.reasons.iter().any(|x| x.code == "model.fallback_builtin"),
        "{:?}",
        r.reasons
    );
    assert!(
        caredesk::triage::Topic::ALL
            .iter()
            .any(|t| t.as_str() == r.topic.label)
    );
}

#[test]
fn a_language_outside_the_twelve_is_decided_on_neutral_evidence() {
    let input: TriageInput = serde_json::from_value(json!({
        "body": "Jó napot! A csomagom még mindig nem érkezett meg, pedig a múlt héten rendeltem.",
        "channel": "email"
    }))
    .unwrap();
    let r = Triage::builtin().classify(&input);
    assert_eq!(r.language.as_ref().map(|l| l.code), Some("hu"));
    assert!(
        r.reasons.iter().any(|x| x.code == "topic.language_neutral"),
        "{:?}",
        r.reasons
    );
    assert!(!r.reasons.iter().any(|x| x.code.starts_with("model.")));
}
