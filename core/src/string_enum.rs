//! Closed sets of string values shared by every domain (ticket statuses,
//! SLA metrics, triage reasons, reply tones): one definition of how they
//! are named, parsed, shown and serialized.

/// Defines a closed set of snake_case string values with strict parsing:
/// an unknown string is an [`Error::UnknownValue`] listing the allowed ones.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $field:literal { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            ///
            /// Shown on [`Priority`](crate::Priority); every closed set of values has the same constant.
            ///
            /// ```
            /// use caredesk::Priority;
            ///
            /// // A queue filter offering every priority, most urgent first.
            /// let choices: Vec<&str> = Priority::ALL.iter().rev().map(|p| p.as_str()).collect();
            /// assert_eq!(choices, ["urgent", "high", "normal", "low"]);
            /// ```
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The wire name (snake_case), as in JSON and the bindings.
            ///
            /// Shown on [`Channel`](crate::Channel); every closed set of values has the same method.
            ///
            /// ```
            /// use caredesk::Channel;
            ///
            /// assert_eq!(Channel::WebForm.as_str(), "web_form");
            /// assert_eq!(Channel::WebForm.to_string(), "web_form"); // Display writes the same
            /// ```
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses a wire name; `field` names the input in the error.
            ///
            /// # Errors
            /// [`Error::UnknownValue`](crate::Error::UnknownValue) (`input.unknown_value`) listing the allowed values.
            ///
            /// Shown on [`Status`](crate::Status); every closed set of values has the same function.
            ///
            /// ```
            /// use caredesk::Status;
            ///
            /// // A status filter from a query string, named in the error by its parameter.
            /// assert_eq!(Status::parse_field("on_hold", "filter.status")?, Status::OnHold);
            /// let err = Status::parse_field("waiting", "filter.status").unwrap_err();
            /// assert_eq!((err.code(), err.field()), ("input.unknown_value", Some("filter.status")));
            /// # Ok::<(), caredesk::Error>(())
            /// ```
            pub fn parse_field(text: &str, field: &str) -> $crate::error::Result<Self> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::error::Error::UnknownValue {
                        field: field.to_string(),
                        value: text.to_string(),
                        expected: [$($text),+].join(", "),
                    }),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::error::Error;
            fn from_str(s: &str) -> $crate::error::Result<Self> {
                Self::parse_field(s, $field)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                let text = <::std::borrow::Cow::<str> as ::serde::Deserialize>::deserialize(d)?;
                // The field is left empty: the deserializer's path names it.
                Self::parse_field(&text, "").map_err($crate::wire::serde_error)
            }
        }
    };
}

pub(crate) use string_enum;
