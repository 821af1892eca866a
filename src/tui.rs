//! The full-screen interview: an Elm-style model (`app`), one key table (`keymap`), a pure
//! view (`view`) with semantic colours (`theme`), and one owner of the terminal (`terminal`).

pub mod app;
pub mod glyphs;
pub mod keymap;
pub mod terminal;
pub mod theme;
pub mod view;

use std::io;

use crossterm::event::{self, Event};

use app::App;

/// Runs the interview until the person stops; the terminal is restored and wiped on every
/// way out.
pub fn run(app: &mut App) -> io::Result<()> {
    terminal::install_panic_hook();
    let mut screen = terminal::enter()?;
    let result = event_loop(&mut screen, app);
    terminal::restore();
    result
}

fn event_loop(screen: &mut terminal::Screen, app: &mut App) -> io::Result<()> {
    loop {
        let size = screen.size()?;
        app.resize(size.width, size.height);
        screen.draw(|frame| view::render(app, frame))?;
        if app.quit {
            return Ok(());
        }
        match event::read()? {
            Event::Key(key) => {
                if let Some(action) = keymap::action_for(key) {
                    app.update(action);
                }
            }
            Event::Resize(width, height) => app.resize(width, height),
            _ => {}
        }
    }
}
