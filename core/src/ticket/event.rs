//! The append-only event log of a ticket.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};

use crate::error::Error;
use crate::wire::serde_error;

use super::model::{Message, Priority, Status};

/// One entry of a ticket's log. The log is the ticket's only state: status,
/// priority, tags, assignee and every metric are derived by replaying it.
///
/// JSON shape: an object with a `type` tag, e.g.
/// `{"type": "status_changed", "at": "2026-03-02T10:00:00Z", "status": "pending"}`.
/// A `message_added` event carries its instant inside the message.
///
/// ```
/// use caredesk::{Event, Status, Ticket, wire};
///
/// let event: Event = wire::from_json(r#"{"type": "status_changed", "at": "2026-03-02T10:00:00Z", "status": "on_hold"}"#)?;
/// assert_eq!(event.kind(), "status_changed");
/// let mut ticket = Ticket::from_json(r#"{"id": "T-1001", "channel": "email", "customer": {"id": "c-42"},
///   "created_at": "2026-03-02T08:00:00Z"}"#)?;
/// ticket.apply(event)?;
/// assert_eq!(ticket.status(), Status::OnHold);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A message was added to the conversation.
    MessageAdded {
        /// The message, with its own `at`.
        message: Message,
    },
    /// The status was set explicitly (by an agent or an automation).
    StatusChanged {
        /// When.
        #[serde(with = "crate::instant")]
        at: DateTime<Utc>,
        /// The new status.
        status: Status,
    },
    /// The priority was set or changed (never cleared).
    PriorityChanged {
        /// When.
        #[serde(with = "crate::instant")]
        at: DateTime<Utc>,
        /// The new priority.
        priority: Priority,
    },
    /// The ticket was assigned to an agent, or unassigned (`null`).
    Assigned {
        /// When.
        #[serde(with = "crate::instant")]
        at: DateTime<Utc>,
        /// The agent id, or `None` to unassign.
        assignee: Option<String>,
    },
    /// Tags were added and/or removed.
    Tagged {
        /// When.
        #[serde(with = "crate::instant")]
        at: DateTime<Utc>,
        /// Tags added.
        #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
        added: BTreeSet<String>,
        /// Tags removed.
        #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
        removed: BTreeSet<String>,
    },
}

impl Event {
    /// When the event happened.
    ///
    /// ```
    /// use caredesk::{Author, Event, Message, instant::parse};
    ///
    /// let at = parse("2026-05-08T17:45:00Z", "at")?;
    /// // A message event carries its instant inside the message.
    /// let event = Event::MessageAdded { message: Message::new("m1", at, Author::Customer, "Wo bleibt mein Paket?") };
    /// assert_eq!(event.at(), at);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            Event::MessageAdded { message } => message.at,
            Event::StatusChanged { at, .. }
            | Event::PriorityChanged { at, .. }
            | Event::Assigned { at, .. }
            | Event::Tagged { at, .. } => *at,
        }
    }

    /// The wire name of the event type (`"status_changed"`).
    ///
    /// ```
    /// use caredesk::{Event, instant::parse};
    ///
    /// let event = Event::Assigned { at: parse("2026-03-02T08:01:00Z", "at")?, assignee: Some("agent-lena".into()) };
    /// assert_eq!(event.kind(), "assigned");
    /// assert_eq!(serde_json::to_value(&event).unwrap()["type"], event.kind());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Event::MessageAdded { .. } => "message_added",
            Event::StatusChanged { .. } => "status_changed",
            Event::PriorityChanged { .. } => "priority_changed",
            Event::Assigned { .. } => "assigned",
            Event::Tagged { .. } => "tagged",
        }
    }

    /// The name of the field carrying the event's instant, for error paths.
    pub(crate) fn at_field(&self) -> &'static str {
        match self {
            Event::MessageAdded { .. } => "message.at",
            _ => "at",
        }
    }
}

// Events are read through one flat struct rather than serde's internally tagged
// enum: the tagged form buffers its content and loses the path of a bad field
// (`events[3]` instead of `events[3].status`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default, with = "crate::instant::option")]
    at: Option<DateTime<Utc>>,
    #[serde(default)]
    message: Option<Message>,
    #[serde(default)]
    status: Option<Status>,
    #[serde(default)]
    priority: Option<Priority>,
    // Absent and null differ here: null unassigns.
    #[serde(default, deserialize_with = "present")]
    assignee: Option<Option<String>>,
    #[serde(default)]
    added: Option<BTreeSet<String>>,
    #[serde(default)]
    removed: Option<BTreeSet<String>>,
}

fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

impl RawEvent {
    fn into_event(self) -> crate::Result<Event> {
        let fields: [(&str, bool); 7] = [
            ("at", self.at.is_some()),
            ("message", self.message.is_some()),
            ("status", self.status.is_some()),
            ("priority", self.priority.is_some()),
            ("assignee", self.assignee.is_some()),
            ("added", self.added.is_some()),
            ("removed", self.removed.is_some()),
        ];
        let allowed: &[&str] = match self.kind.as_str() {
            "message_added" => &["message"],
            "status_changed" => &["at", "status"],
            "priority_changed" => &["at", "priority"],
            "assigned" => &["at", "assignee"],
            "tagged" => &["at", "added", "removed"],
            other => {
                return Err(Error::UnknownValue {
                    field: "type".into(),
                    value: other.into(),
                    expected: "message_added, status_changed, priority_changed, assigned, tagged"
                        .into(),
                });
            }
        };
        if let Some((name, _)) = fields
            .iter()
            .find(|(name, set)| *set && !allowed.contains(name))
        {
            return Err(Error::invalid(
                *name,
                format!("not a field of a {} event", self.kind),
            ));
        }
        let need = |field: &str, why: &str| {
            Error::invalid(field, format!("required for a {} event{why}", self.kind))
        };
        let at = || self.at.ok_or_else(|| need("at", ""));
        Ok(match self.kind.as_str() {
            "message_added" => Event::MessageAdded {
                message: self.message.ok_or_else(|| need("message", ""))?,
            },
            "status_changed" => Event::StatusChanged {
                at: at()?,
                status: self.status.ok_or_else(|| need("status", ""))?,
            },
            "priority_changed" => Event::PriorityChanged {
                at: at()?,
                priority: self.priority.ok_or_else(|| {
                    need("priority", "; a priority can change but never be cleared")
                })?,
            },
            "assigned" => Event::Assigned {
                at: at()?,
                assignee: self
                    .assignee
                    .ok_or_else(|| need("assignee", " (null to unassign)"))?,
            },
            _ => Event::Tagged {
                at: at()?,
                added: self.added.unwrap_or_default(),
                removed: self.removed.unwrap_or_default(),
            },
        })
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        RawEvent::deserialize(d)?.into_event().map_err(serde_error)
    }
}
