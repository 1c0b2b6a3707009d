//! Strike Explainer: an embeddable widget that tells a reader which strike days affect them and
//! what each day means for them.
//!
//! This file lists the modules and the wasm entry point; it holds no logic. The pure core is
//! `model` + `explain`; `data` reads the data file; `strings` words everything; `components` and
//! `embed` are the browser shell.

pub mod data;
pub mod explain;
pub mod ics;
pub mod lang;
pub mod model;
pub mod month_grid;
pub mod options;
pub mod places;
pub mod present;
pub mod share;
pub mod snippets;
pub mod strings;
pub mod uk_time;

pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
