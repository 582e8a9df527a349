"""Training a shop's own triage model from Python: train, cross-validate,
save and load, and the errors of bad rows and damaged model files."""

import struct
import threading

import pytest

import caredesk
from caredesk import Triage, TriageError, InputError

# A small shop's help-desk history with labels of its own (none of them a
# built-in topic), ten messages each, and the priority its agents set.
SENTENCES = {
    "size_advice": ("low", [
        "Does the jacket run small? I am usually a medium.",
        "Which size should I pick for the hiking boots, my feet are wide",
        "I am 182 cm tall, is a large long enough for the coat?",
        "Do your jeans fit true to size or should I size up?",
        "What size glove fits a hand of 21 cm around?",
        "The size chart says 40 but I wear 41 in sneakers, which one?",
        "Is the medium sweater loose or tight on the shoulders?",
        "Can you tell me the waist measurement of the size 32 trousers?",
        "Should I order the dress one size bigger, it looks narrow",
        "How long are the sleeves on the extra large shirt?",
    ]),
    "bulk_order": ("normal", [
        "We would like to order 200 mugs for our company event, is there a discount?",
        "Can you quote a price for 50 backpacks for our school team?",
        "Our office needs 120 notebooks with the logo, wholesale price please",
        "Do you offer volume pricing for 300 t-shirts?",
        "I manage a hotel and want 80 towels every month, can we get a trade account?",
        "Wholesale enquiry: 1000 pens for a conference",
        "Is there a bulk rate if we buy 60 chairs for the restaurant?",
        "Please send a quote for 25 laptop stands for the whole team",
        "We are a reseller and want to stock your candles, what are the wholesale terms?",
        "Corporate gift order of 150 boxes for our clients, what is the price per box?",
    ]),
    "engraving": ("normal", [
        "Can you engrave my wife's name on the bracelet?",
        "How many letters fit on the engraving of the watch back?",
        "I want the initials A.K. engraved on the lighter",
        "Is the engraving done by laser, and which fonts can I choose?",
        "Please engrave the date 12.06.2026 inside the ring",
        "Can the engraved text be in Greek letters?",
        "I made a typo in my engraving text, can I still change it?",
        "Would you engrave a small heart symbol next to the name?",
        "How deep is the engraving on the wooden box?",
        "Can I add a personal engraving to the pocket knife?",
    ]),
    "warranty_claim": ("high", [
        "My coffee machine stopped heating after eight months, it is under warranty",
        "The zipper of the backpack broke after a few weeks, I want a warranty repair",
        "The headphones crackle in the left ear since last month, warranty please",
        "My watch stopped working and it is still within the two year guarantee",
        "The blender motor burned out, how do I make a warranty claim?",
        "The sole of my boots came loose after three months of normal use",
        "The kettle leaks from the bottom, it is less than a year old",
        "Screen of the tablet has dead pixels, is this covered by the guarantee?",
        "The lamp flickers and then turns off, the warranty card is attached",
        "The vacuum battery no longer charges although it is under guarantee",
    ]),
}

# Messages the model has not seen, and the label each should get.
UNSEEN = [
    ("Could you engrave two names on the silver bracelet?", "engraving"),
    ("Which size fits me best, the boots look small", "size_advice"),
    ("We need 400 mugs for the company, what is your wholesale price?", "bulk_order"),
    ("My toaster stopped working after two months, is it under warranty?", "warranty_claim"),
]


def rows():
    """The corpus as training rows, labels interleaved (every fold gets each label)."""
    out = []
    for i in range(10):
        for label, (priority, sentences) in SENTENCES.items():
            out.append({"body": sentences[i], "channel": "email", "topic": label, "priority": priority})
    return out


@pytest.fixture(scope="module")
def trained():
    return Triage.train(rows(), {"seed": 7})


def test_train_then_classify_gives_the_shops_labels(trained):
    assert trained.model_topics == sorted(SENTENCES)
    assert trained.model_languages == ["en"]
    for body, label in UNSEEN:
        r = trained.classify({"body": body, "channel": "email"})
        assert r.topic_label == label, body
        # A label of the shop's own is not a built-in topic: topic says other.
        assert r.topic == "other"
        assert r.to_dict()["topic"]["label"] == label
        assert r.runner_up_label in SENTENCES and r.runner_up_label != label


def test_builtin_model_labels_are_topic_names():
    r = Triage().classify({"body": "Where is my order? It has not arrived.", "channel": "email"})
    assert r.topic_label == r.topic == "order_status"
    assert Triage().model_topics == Triage.load_model(Triage().save_model()).model_topics
    assert "privacy" in Triage().model_topics


def test_train_takes_a_config_and_options():
    t = Triage.train(rows(), {"epochs": 5}, {"disable": ["en.signal.chargeback_fraud"]})
    assert t.rule_count == Triage().rule_count - 1
    with pytest.raises(InputError) as e:
        Triage.train(rows(), {"epochs": 0})
    assert (e.value.code, e.value.field) == ("input.invalid", "options.epochs")
    with pytest.raises(InputError) as e:
        Triage.train(rows(), {"epoch": 10})
    assert (e.value.code, e.value.field) == ("input.json", "options.epoch")
    with pytest.raises(InputError) as e:
        Triage.train(rows(), None, {"weights": {"en.refund_status.words": "heavy"}})
    assert (e.value.code, e.value.field) == ("input.json", "config.weights.en.refund_status.words")
    # A config that reads but does not compile names its field the same way.
    with pytest.raises(InputError) as e:
        Triage.train(rows(), None, {"weights": {"en.refund_status.words": -1}})
    assert (e.value.code, e.value.field) == ("input.invalid", "config.weights.en.refund_status.words")


def test_training_is_deterministic_and_seeded():
    a = Triage.train(rows(), {"seed": 7}).save_model()
    assert Triage.train(rows(), {"seed": 7}).save_model() == a
    assert Triage.train(rows(), {"seed": 8}).save_model() != a


def test_cross_validate_reports_every_key():
    cv = Triage.cross_validate(rows(), {"folds": 5})
    assert set(cv) == {
        "folds", "topic_rows", "topic_accuracy", "topics", "confusion",
        "topic_calibration_error", "priority_rows", "priority_accuracy",
        "priority_within_one", "rows",
    }
    assert (cv["folds"], cv["topic_rows"], cv["priority_rows"]) == (5, 40, 40)
    assert cv["rows"] == {"rows": 40, "topic_rows": 40, "priority_rows": 40, "duplicate_rows": 0}
    assert set(cv["topics"]) == set(SENTENCES)
    assert set(cv["topics"]["engraving"]) == {"support", "precision", "recall"}
    assert sum(sum(row.values()) for row in cv["confusion"].values()) == 40
    assert cv["topic_accuracy"] >= 0.75
    assert 0.0 <= cv["topic_calibration_error"] <= 1.0


def test_save_then_load_gives_the_same_answers(trained):
    data = trained.save_model()
    assert isinstance(data, bytes)
    loaded = Triage.load_model(data)
    assert loaded.save_model() == data
    assert loaded.model_topics == trained.model_topics
    assert loaded.model_languages == trained.model_languages
    for body, _ in UNSEEN:
        message = {"body": body, "channel": "chat"}
        assert loaded.classify(message).to_dict() == trained.classify(message).to_dict()
    with_config = Triage.load_model(data, {"disable": ["en.signal.chargeback_fraud"]})
    assert with_config.rule_count == Triage().rule_count - 1
    assert with_config.model_topics == trained.model_topics


def test_one_class_only_is_refused():
    one = [dict(r, topic="engraving") for r in rows()]
    for r in one:
        del r["priority"]
    with pytest.raises(TriageError) as e:
        Triage.train(one)
    assert e.value.code == "triage.training"
    assert e.value.field == "rows[*].topic"
    with pytest.raises(TriageError):
        Triage.cross_validate(one)


def test_an_unknown_priority_names_its_row():
    bad = rows()
    bad[3]["priority"] = "asap"
    with pytest.raises(InputError) as e:
        Triage.train(bad)
    assert (e.value.code, e.value.field) == ("input.unknown_value", "rows[3].priority")
    with pytest.raises(InputError) as e:
        Triage.cross_validate(bad)
    assert e.value.field == "rows[3].priority"


def test_bad_rows_name_the_row():
    empty = rows()
    empty[5]["body"] = "   "
    with pytest.raises(TriageError) as e:
        Triage.train(empty)
    assert (e.value.code, e.value.field) == ("triage.training", "rows[5].body")

    unlabelled = rows()
    del unlabelled[9]["topic"], unlabelled[9]["priority"]
    with pytest.raises(TriageError) as e:
        Triage.train(unlabelled)
    assert e.value.field == "rows[9]"

    extra = rows()
    extra[2]["agent"] = "Mia"
    with pytest.raises(InputError) as e:
        Triage.train(extra)
    assert (e.value.code, e.value.field) == ("input.json", "rows[2].agent")

    with pytest.raises(TriageError) as e:
        Triage.train([])
    assert (e.value.code, e.value.field) == ("triage.training", "rows")
    with pytest.raises(InputError) as e:
        Triage.train(40)
    assert (e.value.code, e.value.field) == ("input.invalid", "rows")


def test_rows_may_be_any_iterable():
    from_generator = Triage.train((r for r in rows()), {"seed": 7})
    assert from_generator.save_model() == Triage.train(rows(), {"seed": 7}).save_model()


def test_a_truncated_model_file_is_refused(trained):
    data = trained.save_model()
    for cut in (0, 16, 40, len(data) // 2, len(data) - 1):
        with pytest.raises(TriageError) as e:
            Triage.load_model(data[:cut])
        assert e.value.code == "triage.model_file", cut


def test_another_format_version_is_refused(trained):
    data = trained.save_model()
    # 16 bytes of magic, 1 kind byte, then the format version (u32, little-endian).
    (version,) = struct.unpack_from("<I", data, 17)
    changed = data[:17] + struct.pack("<I", version + 1) + data[21:]
    with pytest.raises(TriageError) as e:
        Triage.load_model(changed)
    assert e.value.code == "triage.model_version"


def test_load_model_wants_bytes():
    with pytest.raises(InputError) as e:
        Triage.load_model("CAREDESK-TRIAGE")
    assert (e.value.code, e.value.field) == ("input.invalid", "data")


def test_training_releases_the_gil():
    # While one thread trains, another runs Python code: it would wait for
    # the training to end if the GIL were held.
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        before = len(ticks)
        Triage.train(rows())
        during = len(ticks) - before
    finally:
        stop.set()
        ticker.join()
    # Training takes a good part of a second; reading the rows (with the GIL)
    # a millisecond or so.
    assert during > 20


def test_identify_language_alone():
    assert caredesk.identify_language("Où est mon colis ?")[0] == "fr"
    code, confidence = caredesk.identify_language("Hol van a csomagom? Még nem érkezett meg.")
    assert code == "hu" and 0.5 <= confidence <= 1.0
    assert caredesk.identify_language("12345 !!") is None
    assert len(caredesk.EU_LANGUAGES) == 24 and "mt" in caredesk.EU_LANGUAGES
    with pytest.raises(caredesk.InputError) as err:
        caredesk.identify_language(42)
    assert err.value.field == "text"
