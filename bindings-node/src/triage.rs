//! `Triage`: language, topic, priority, sentiment and pre-sale intent, forwarded to core.

use std::sync::Arc;

use caredesk::triage::{
    OrderFacts, TrainOptions, TrainingRow, TriageConfig, TriageInput, TriageModel,
    TriageResult as CoreResult,
};
use napi::bindgen_prelude::{AsyncTask, Buffer, Env, Task, Unknown};
use napi_derive::napi;
use serde::de::DeserializeOwned;

use crate::convert::{
    array, buffer, capacity, document, element, instance, is_nullish, serialize_to_js, string,
};
use crate::error::OrThrow;
use crate::ticket::Ticket;

/// Classifies incoming messages; built once from the built-in rules, or a
/// configuration on top of them.
#[napi]
pub struct Triage {
    pub(crate) inner: Arc<caredesk::triage::Triage>,
}

fn wrap(t: caredesk::triage::Triage) -> Triage {
    Triage { inner: Arc::new(t) }
}

/// Reads every item of the array argument `name` (`name[i]` in errors).
fn read_all<T: DeserializeOwned>(
    env: &Env,
    value: Unknown<'_>,
    name: &str,
) -> napi::Result<Vec<T>> {
    let items = array(env, value, name)?;
    let mut out = Vec::with_capacity(capacity(items.len()));
    for i in 0..items.len() {
        let field = format!("{name}[{i}]");
        let item = element(env, &items, i, &field)?;
        out.push(document(env, item, &field)?);
    }
    Ok(out)
}

/// An optional document argument: `undefined` and `null` are absent.
fn read_opt<T: DeserializeOwned>(
    env: &Env,
    value: Option<Unknown<'_>>,
    field: &str,
) -> napi::Result<Option<T>> {
    match value {
        Some(v) if !is_nullish(v)? => document(env, v, field).map(Some),
        _ => Ok(None),
    }
}

/// Compiles `config` (core's default when absent); errors are prefixed with
/// `field` (`"."` for the constructor's only argument).
fn compile(
    env: &Env,
    config: Option<Unknown<'_>>,
    field: &str,
) -> napi::Result<caredesk::triage::Triage> {
    let config: TriageConfig = read_opt(env, config, field)?.unwrap_or_default();
    caredesk::triage::Triage::new(config)
        .map_err(|e| e.within(field))
        .or_throw(env)
}

#[napi]
impl Triage {
    /// The built-in rules, or `config` (the TOML/JSON schema as an object) on top of them.
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "TriageConfigData")] config: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        compile(env, config, ".").map(wrap)
    }

    /// Learns a topic and priority model from the shop's labelled rows and
    /// returns a triage on `config` that uses it. Runs on the calling thread.
    #[napi(factory, catch_unwind)]
    pub fn train(
        env: &Env,
        #[napi(ts_arg_type = "TrainingRowData[]")] rows: Unknown<'_>,
        #[napi(ts_arg_type = "TrainOptionsData")] options: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "TriageConfigData")] config: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        let rows: Vec<TrainingRow> = read_all(env, rows, "rows")?;
        let options: TrainOptions = read_opt(env, options, "options")?.unwrap_or_default();
        let triage = compile(env, config, "config")?;
        let model = TriageModel::train(&rows, &options).or_throw(env)?;
        Ok(wrap(triage.with_model(model)))
    }

    /// k-fold cross-validation (`options.folds`, default 5) of a model
    /// trained on `rows`, as a plain object.
    #[napi(catch_unwind, ts_return_type = "CrossValidationData")]
    pub fn cross_validate<'e>(
        env: &'e Env,
        #[napi(ts_arg_type = "TrainingRowData[]")] rows: Unknown<'_>,
        #[napi(ts_arg_type = "TrainOptionsData")] options: Option<Unknown<'_>>,
    ) -> napi::Result<Unknown<'e>> {
        let rows: Vec<TrainingRow> = read_all(env, rows, "rows")?;
        let options: TrainOptions = read_opt(env, options, "options")?.unwrap_or_default();
        let report = TriageModel::cross_validate(&rows, &options).or_throw(env)?;
        serialize_to_js(env, &report)
    }

    /// The model file of the model in use (the built-in one unless trained
    /// or loaded), for `Triage.loadModel`.
    #[napi(catch_unwind)]
    pub fn save_model(&self) -> Buffer {
        self.inner.model().to_bytes().into()
    }

    /// A triage on `config` using the model file `data` (from `saveModel`).
    #[napi(factory, catch_unwind)]
    pub fn load_model(
        env: &Env,
        #[napi(ts_arg_type = "Buffer")] data: Unknown<'_>,
        #[napi(ts_arg_type = "TriageConfigData")] config: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        let model = TriageModel::from_bytes(&buffer(env, data, "data")?).or_throw(env)?;
        Ok(wrap(compile(env, config, "config")?.with_model(model)))
    }

    /// The model's topic labels (built-in topic names and the shop's own).
    #[napi(getter)]
    pub fn model_topics(&self) -> Vec<String> {
        self.inner.model().topics().to_vec()
    }

    /// The languages (ISO 639-1) the model's rows covered.
    #[napi(getter)]
    pub fn model_languages(&self) -> Vec<String> {
        self.inner.model().languages().to_vec()
    }

    /// Reads and compiles a JSON configuration.
    #[napi(factory, catch_unwind)]
    pub fn from_json(
        env: &Env,
        #[napi(ts_arg_type = "string")] text: Unknown<'_>,
    ) -> napi::Result<Self> {
        caredesk::triage::Triage::from_json(&string(env, text, "text")?)
            .map(wrap)
            .or_throw(env)
    }

    /// Reads and compiles a TOML configuration.
    #[napi(factory, catch_unwind)]
    pub fn from_toml(
        env: &Env,
        #[napi(ts_arg_type = "string")] text: Unknown<'_>,
    ) -> napi::Result<Self> {
        caredesk::triage::Triage::from_toml(&string(env, text, "text")?)
            .map(wrap)
            .or_throw(env)
    }

    /// The number of active rules.
    #[napi(getter)]
    pub fn rule_count(&self) -> u32 {
        u32::try_from(self.inner.rule_count()).unwrap_or(u32::MAX)
    }

    /// Classifies one message (`{ subject?, body, channel, ... }`).
    #[napi(catch_unwind)]
    pub fn classify(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "TriageInputData")] message: Unknown<'_>,
    ) -> napi::Result<TriageResult> {
        let input: TriageInput = document(env, message, "")?;
        Ok(TriageResult::new(self.inner.classify(&input), &input))
    }

    /// Classifies the latest public customer message of a ticket, with
    /// optional order facts; `null` when the customer wrote nothing public.
    #[napi(catch_unwind)]
    pub fn triage(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Ticket")] ticket: Unknown<'_>,
        #[napi(ts_arg_type = "OrderFactsData")] order: Option<Unknown<'_>>,
    ) -> napi::Result<Option<TriageResult>> {
        let ticket = instance::<Ticket>(env, ticket, "ticket", "Ticket")?;
        let Some(mut input) = TriageInput::from_ticket(ticket.get()) else {
            return Ok(None);
        };
        if let Some(order) = order {
            let facts: OrderFacts = document(env, order, "order")?;
            input.order = Some(facts);
        }
        let result = self.inner.classify(&input);
        Ok(Some(TriageResult::new(result, &input)))
    }

    /// Classifies many messages off the main thread.
    #[napi(
        catch_unwind,
        ts_args_type = "messages: TriageInputData[]",
        ts_return_type = "Promise<TriageResult[]>"
    )]
    pub fn classify_many(
        &self,
        env: &Env,
        messages: Unknown<'_>,
    ) -> napi::Result<AsyncTask<ClassifyTask>> {
        Ok(AsyncTask::new(ClassifyTask {
            engine: Arc::clone(&self.inner),
            inputs: read_all(env, messages, "messages")?,
        }))
    }
}

/// The work behind `classifyMany`.
pub struct ClassifyTask {
    engine: Arc<caredesk::triage::Triage>,
    inputs: Vec<TriageInput>,
}

impl Task for ClassifyTask {
    type Output = Vec<CoreResult>;
    type JsValue = Vec<TriageResult>;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        Ok(self.engine.classify_many(&self.inputs))
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        Ok(output
            .into_iter()
            .zip(&self.inputs)
            .map(|(r, input)| TriageResult::new(r, input))
            .collect())
    }
}

/// The answer for one message.
#[napi(object)]
pub struct TriageResult {
    /// ISO 639-1 code; absent when there was no text to tell.
    pub language: Option<String>,
    /// 0–1.
    pub language_confidence: f64,
    /// The topic (`other` for a label of the shop's own).
    #[napi(ts_type = "TopicName")]
    pub topic: String,
    /// The model's label: the topic's name, or the shop's own label.
    pub topic_label: String,
    /// 0–1: the topic's share of the evidence.
    pub topic_confidence: f64,
    /// The second most likely topic.
    #[napi(ts_type = "TopicName")]
    pub runner_up: Option<String>,
    /// The model's label for the runner-up.
    pub runner_up_label: Option<String>,
    /// Its confidence.
    pub runner_up_confidence: f64,
    /// `low`, `normal`, `high` or `urgent`.
    #[napi(ts_type = "PriorityName")]
    pub priority: String,
    /// `negative`, `neutral` or `positive`.
    #[napi(ts_type = "'negative' | 'neutral' | 'positive'")]
    pub sentiment: String,
    /// -1 to 1.
    pub sentiment_score: f64,
    /// A question asked before buying.
    pub presale: bool,
    /// Every rule and fact that fired.
    pub reasons: Vec<TriageReason>,
    /// Characters of the body read.
    pub scanned_chars: u32,
    /// Only the start of a very long body was read.
    pub truncated: bool,
}

/// One piece of evidence.
#[napi(object)]
pub struct TriageReason {
    /// The stable code of the rule, signal or fact.
    pub code: String,
    /// `topic`, `signal`, `sentiment`, `presale`, `fact`, `priority` or `input`.
    pub kind: String,
    /// Its weight.
    pub weight: f64,
    /// `subject` or `body`, for text matches.
    pub field: Option<String>,
    /// `[start, end)` in UTF-16 code units of that field, as JS strings
    /// index (`body.slice(start, end)`).
    pub span: Option<Vec<u32>>,
    /// The matched text, or the fact in words.
    pub text: String,
}

impl TriageResult {
    /// Converts core's result for `input`, its spans counted in UTF-16 code
    /// units of `input`'s text.
    fn new(mut r: CoreResult, input: &TriageInput) -> Self {
        r.spans_to_utf16(input);
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        TriageResult {
            language: r.language.as_ref().map(|l| l.code.to_string()),
            language_confidence: r.language.as_ref().map_or(0.0, |l| l.confidence),
            topic: r.topic.topic.as_str().to_string(),
            topic_label: r.topic.label,
            topic_confidence: r.topic.confidence,
            runner_up: r.runner_up.as_ref().map(|t| t.topic.as_str().to_string()),
            runner_up_label: r.runner_up.as_ref().map(|t| t.label.clone()),
            runner_up_confidence: r.runner_up.as_ref().map_or(0.0, |t| t.confidence),
            priority: r.priority.as_str().to_string(),
            sentiment: r.sentiment.as_str().to_string(),
            sentiment_score: r.sentiment_score,
            presale: r.presale,
            reasons: r
                .reasons
                .into_iter()
                .map(|x| TriageReason {
                    kind: x.kind.as_str().to_string(),
                    code: x.code,
                    weight: x.weight,
                    field: x.field.map(str::to_string),
                    span: x.span.map(|[a, b]| vec![count(a), count(b)]),
                    text: x.text,
                })
                .collect(),
            scanned_chars: count(r.scanned_chars),
            truncated: r.truncated,
        }
    }
}

/// A language the identifier named, with its confidence (0-1).
#[napi(object)]
pub struct IdentifiedLanguage {
    /// ISO 639-1 code, one of the 24 official EU languages.
    pub code: String,
    /// 0-1, calibrated.
    pub confidence: f64,
}

/// The language of a text, one of the 24 official EU languages, or `null`
/// when the identifier is less than 50 % sure or the text has fewer than two
/// letters: the identifier `Triage.classify` uses, on its own.
#[napi(catch_unwind)]
pub fn identify_language(
    env: &Env,
    #[napi(ts_arg_type = "string")] text: Unknown<'_>,
) -> napi::Result<Option<IdentifiedLanguage>> {
    let text = string(env, text, "text")?;
    Ok(
        caredesk::triage::identify_language(&text).map(|l| IdentifiedLanguage {
            code: l.code.to_string(),
            confidence: l.confidence,
        }),
    )
}

/// The languages `identifyLanguage` knows: the 24 official EU languages.
#[napi]
pub fn eu_languages() -> Vec<&'static str> {
    caredesk::triage::EU_LANGUAGES.to_vec()
}
