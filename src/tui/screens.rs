//! One module per screen: each builds its rows (screens with options to choose) or its lines
//! (screens of text that scroll) from the app, in the render context's language and style.

pub mod compare;
pub mod confirm;
pub mod detail;
pub mod documents;
pub mod handout;
pub mod help;
pub mod overview;
pub mod personas;
pub mod question;
pub mod results;
pub mod welcome;
