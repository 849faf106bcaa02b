//! peermap: position a peer-support programme on the six questions of the
//! conceptual map of peer support (Panaite et al. 2024), compare it with
//! documented models, and share a design brief.
//!
//! The domain (`map`, `design`, `perspectives`, …) knows nothing of the GUI; `app` holds the
//! application state and commands; `ui` draws it with egui.

pub mod app;
pub mod atlas;
pub mod brief;
pub mod cli;
pub mod corpus;
pub mod design;
pub mod evidence;
pub mod export;
pub mod fonts;
pub mod guide;
pub mod i18n;
pub mod map;
pub mod perspectives;
pub mod references;
pub mod similarity;
pub mod taxonomy;
pub mod ui;
