//! `Triage`: language, topic, priority, sentiment and pre-sale intent, forwarded to core.

use std::sync::Arc;

use caredesk::triage::{OrderFacts, TriageConfig, TriageInput, TriageResult as CoreResult};
use napi::bindgen_prelude::{Array, AsyncTask, Env, Task, Unknown};
use napi_derive::napi;

use crate::convert::to_json;
use crate::error::{OrThrow, js_error};
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

fn read_input(env: &Env, value: Unknown<'_>, field: &str) -> napi::Result<TriageInput> {
    let json = to_json(env, value, field)?;
    caredesk::wire::from_value(json)
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
        let config: TriageConfig = match config {
            Some(c) => caredesk::wire::from_value(to_json(env, c, ".")?).or_throw(env)?,
            None => TriageConfig::default(),
        };
        caredesk::triage::Triage::new(config)
            .map(wrap)
            .or_throw(env)
    }

    /// Reads and compiles a JSON configuration.
    #[napi(factory, catch_unwind)]
    pub fn from_json(env: &Env, text: String) -> napi::Result<Self> {
        caredesk::triage::Triage::from_json(&text)
            .map(wrap)
            .or_throw(env)
    }

    /// Reads and compiles a TOML configuration.
    #[napi(factory, catch_unwind)]
    pub fn from_toml(env: &Env, text: String) -> napi::Result<Self> {
        caredesk::triage::Triage::from_toml(&text)
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
        let input = read_input(env, message, "")?;
        Ok(TriageResult::from(self.inner.classify(&input)))
    }

    /// Classifies the latest public customer message of a ticket, with
    /// optional order facts; `null` when the customer wrote nothing public.
    #[napi(catch_unwind)]
    pub fn triage(
        &self,
        env: &Env,
        ticket: &Ticket,
        #[napi(ts_arg_type = "OrderFactsData")] order: Option<Unknown<'_>>,
    ) -> napi::Result<Option<TriageResult>> {
        let Some(mut input) = TriageInput::from_ticket(ticket.get()) else {
            return Ok(None);
        };
        if let Some(order) = order {
            let facts: OrderFacts = caredesk::wire::from_value(to_json(env, order, "order")?)
                .map_err(|e| e.within("order"))
                .or_throw(env)?;
            input.order = Some(facts);
        }
        Ok(Some(TriageResult::from(self.inner.classify(&input))))
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
        messages: Array<'_>,
    ) -> napi::Result<AsyncTask<ClassifyTask>> {
        let mut inputs = Vec::with_capacity(messages.len() as usize);
        for i in 0..messages.len() {
            let field = format!("messages[{i}]");
            let item: Unknown = messages.get(i)?.ok_or_else(|| {
                js_error(
                    env,
                    &caredesk::Error::InvalidField {
                        field: field.clone(),
                        problem: "missing".into(),
                    },
                )
            })?;
            inputs.push(read_input(env, item, &field)?);
        }
        Ok(AsyncTask::new(ClassifyTask {
            engine: Arc::clone(&self.inner),
            inputs,
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
        Ok(output.into_iter().map(TriageResult::from).collect())
    }
}

/// The answer for one message.
#[napi(object)]
pub struct TriageResult {
    /// ISO 639-1 code; absent when there was no text to tell.
    pub language: Option<String>,
    /// 0–1.
    pub language_confidence: f64,
    /// The topic.
    #[napi(ts_type = "TopicName")]
    pub topic: String,
    /// 0–1: the topic's share of the evidence.
    pub topic_confidence: f64,
    /// The second most likely topic.
    #[napi(ts_type = "TopicName")]
    pub runner_up: Option<String>,
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
    /// `[start, end)` in characters (code points) of that field.
    pub span: Option<Vec<u32>>,
    /// The matched text, or the fact in words.
    pub text: String,
}

impl From<CoreResult> for TriageResult {
    fn from(r: CoreResult) -> Self {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        TriageResult {
            language: r.language.as_ref().map(|l| l.code.to_string()),
            language_confidence: r.language.as_ref().map_or(0.0, |l| l.confidence),
            topic: r.topic.topic.as_str().to_string(),
            topic_confidence: r.topic.confidence,
            runner_up: r.runner_up.as_ref().map(|t| t.topic.as_str().to_string()),
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
