//! The learned part of triage: hashed features, linear softmax heads, their
//! training, the model file and the language identifier.

pub(crate) mod features;
pub(crate) mod format;
pub(crate) mod langid;
pub(crate) mod linear;
pub(crate) mod model;

pub use format::FORMAT_VERSION;
pub use langid::{EU_LANGUAGES, LANGID_CHARS, SURE_LANGUAGE, identify_language};
pub use linear::expected_calibration_error;
pub use model::{
    CrossValidation, LabelStats, MAX_TOPIC_LABELS, MAX_TRAINING_CHARS, MAX_TRAINING_ROWS,
    TrainOptions, TrainingRow, TrainingSummary, TriageModel, train_builtin,
};
