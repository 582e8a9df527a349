//! `suggestReply`: conversions only; the choice of template and arguments is
//! core's `composition::suggest_for_ticket`.

use caredesk::composition::{SuggestOptions, sla_clock, suggest_for_ticket};
use napi::ValueType;
use napi::bindgen_prelude::{Env, Unknown};
use napi_derive::napi;

use crate::convert::{instance, instant, opt_instance, to_json};
use crate::error::OrThrow;
use crate::reply::{Reply, ReplyCatalog};
use crate::sla::Sla;
use crate::ticket::Ticket;
use crate::triage::Triage;

/// A suggested reply: the template chosen, the topic it answers, the
/// arguments filled from the ticket, and the rendered reply (its
/// `missingArgs` are left for the agent).
#[napi(object)]
pub struct SuggestedReply {
    /// The message id rendered (`order-status`).
    pub message_id: String,
    /// The triaged topic it answers (`order_status`).
    pub topic: String,
    /// The argument names filled from the ticket.
    pub filled: Vec<String>,
    /// The rendered reply.
    pub reply: Reply,
}

/// The reply for a ticket's latest customer message, or `null` when the
/// customer has written nothing public: the template for its triaged topic,
/// in the customer's language and the channel's tone, filled from the
/// ticket. With `sla` and `now`, the next SLA due instant fills `reply_by`.
#[napi(
    catch_unwind,
    ts_args_type = "ticket: Ticket, triage: Triage, catalog: ReplyCatalog, options?: SuggestOptionsData | null, sla?: Sla | null, now?: Date"
)]
pub fn suggest_reply(
    env: &Env,
    ticket: Unknown<'_>,
    triage: Unknown<'_>,
    catalog: Unknown<'_>,
    options: Option<Unknown<'_>>,
    sla: Option<Unknown<'_>>,
    now: Option<Unknown<'_>>,
) -> napi::Result<Option<SuggestedReply>> {
    let ticket = instance::<Ticket>(env, ticket, "ticket", "Ticket")?;
    let triage = instance::<Triage>(env, triage, "triage", "Triage")?;
    let catalog = instance::<ReplyCatalog>(env, catalog, "catalog", "ReplyCatalog")?;
    let sla = opt_instance::<Sla>(env, sla, "sla", "Sla")?;
    let options = match options {
        Some(o) if !matches!(o.get_type()?, ValueType::Undefined | ValueType::Null) => {
            caredesk::wire::from_value::<SuggestOptions>(to_json(env, o, "options")?)
                .map_err(|e| e.within("options"))
                .or_throw(env)?
        }
        _ => SuggestOptions::default(),
    };
    let now = match now {
        Some(v) if v.get_type()? != ValueType::Undefined => Some(instant(env, v, "now")?),
        _ => None,
    };
    let clock = sla_clock(sla.as_deref().map(|s| &*s.inner), now).or_throw(env)?;
    let found = suggest_for_ticket(ticket.get(), &triage.inner, clock, &catalog.inner, &options)
        .or_throw(env)?;
    Ok(found.map(|s| SuggestedReply {
        message_id: s.message_id,
        topic: s.topic,
        filled: s.filled,
        reply: Reply {
            text: s.reply.text,
            locale_used: s.reply.locale_used,
            fallback_used: s.reply.fallback_used,
            missing_args: s.reply.missing_args,
            tone_used: s.reply.tone_used.as_str().to_string(),
        },
    }))
}

/// Options of `suggestReply`, every key optional.
#[napi(object)]
#[allow(dead_code)] // declares the type only; read through core's serde schema
pub struct SuggestOptionsData {
    /// The IANA zone dates are written in (`UTC` by default).
    pub zone: Option<String>,
    /// `formal` or `informal`; by default informal on chat and social.
    #[napi(ts_type = "ToneName")]
    pub tone: Option<String>,
    /// `marker` (the default: `{$name}` for what the ticket cannot fill) or `error`.
    #[napi(ts_type = "'marker' | 'error'")]
    pub missing: Option<String>,
    /// Topic name to message id, replacing the built-in choice for those topics.
    pub templates: Option<std::collections::HashMap<String, String>>,
}
