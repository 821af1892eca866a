//! Shared computers (`--kiosk`): the settings (idle time, countdown, staff PIN) from the kiosk
//! file and the environment, and the idle clock that starts a countdown and then resets the
//! session so the next person finds nothing.

use std::path::Path;
use std::time::Duration;

/// The shortest countdown: a person must be able to react (WCAG 2.2.1).
pub const MIN_COUNTDOWN: Duration = Duration::from_secs(20);

/// Settings of a shared computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskSettings {
    /// After this long without a key, the countdown starts.
    pub idle_after: Duration,
    /// How long the countdown lasts (at least 20 seconds); any key stops it.
    pub countdown: Duration,
    /// Staff type this after Ctrl+Alt+Q to leave; without one the chord alone leaves.
    pub staff_pin: Option<String>,
}

impl Default for KioskSettings {
    fn default() -> KioskSettings {
        KioskSettings { idle_after: Duration::from_secs(180), countdown: Duration::from_secs(30), staff_pin: None }
    }
}

/// The kiosk file (`--kiosk-config FILE`).
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct KioskFile {
    idle_seconds: Option<u64>,
    countdown_seconds: Option<u64>,
    staff_pin: Option<String>,
}

impl KioskSettings {
    /// The settings of the kiosk file (if any); the environment's PIN wins over the file's.
    /// A countdown under 20 seconds or a PIN that is not digits is refused with a message.
    pub fn read(file: Option<&Path>, pin_from_environment: Option<String>) -> Result<KioskSettings, String> {
        let settings: KioskFile = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
                toml::from_str(&text).map_err(|error| format!("{}: {}", path.display(), error.message()))?
            }
            None => KioskFile::default(),
        };
        let defaults = KioskSettings::default();
        let countdown = settings.countdown_seconds.map_or(defaults.countdown, Duration::from_secs);
        if countdown < MIN_COUNTDOWN {
            return Err("the countdown must last at least 20 seconds, so that a person can react".to_string());
        }
        let staff_pin = pin_from_environment.or(settings.staff_pin).filter(|pin| !pin.is_empty());
        if staff_pin.as_ref().is_some_and(|pin| !pin.chars().all(|c| c.is_ascii_digit())) {
            return Err("the staff PIN must be digits only".to_string());
        }
        Ok(KioskSettings {
            idle_after: settings.idle_seconds.map_or(defaults.idle_after, Duration::from_secs),
            countdown,
            staff_pin,
        })
    }
}

/// A kiosk's idle clock: the time now (given by the terminal owner, or a test) and the time of
/// the last key; and the wrong staff PINs, each making the next try wait longer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    /// The settings.
    pub settings: KioskSettings,
    now: Duration,
    last_activity: Duration,
    wrong_pins: u32,
    pin_locked_until: Duration,
}

/// The wait after the first wrong staff PIN; it doubles with each further one.
pub const PIN_WAIT: Duration = Duration::from_secs(2);
/// The longest wait between two tries of the staff PIN.
pub const PIN_WAIT_MAX: Duration = Duration::from_secs(300);

impl Kiosk {
    /// A kiosk whose clock starts now.
    pub fn new(settings: KioskSettings) -> Kiosk {
        Kiosk {
            settings,
            now: Duration::ZERO,
            last_activity: Duration::ZERO,
            wrong_pins: 0,
            pin_locked_until: Duration::ZERO,
        }
    }

    /// Someone pressed a key.
    pub fn activity(&mut self) {
        self.last_activity = self.now;
    }

    /// The time has moved on; returns whether the session must be reset now.
    pub fn tick(&mut self, now: Duration) -> bool {
        self.now = now;
        now.saturating_sub(self.last_activity) >= self.settings.idle_after + self.settings.countdown
    }

    /// The time left before everything is wiped, while the countdown runs.
    pub fn countdown(&self) -> Option<Duration> {
        let idle = self.now.saturating_sub(self.last_activity);
        (idle >= self.settings.idle_after)
            .then(|| (self.settings.idle_after + self.settings.countdown).saturating_sub(idle))
    }

    /// Whether `pin` is the staff PIN (any, when none is set).
    pub fn pin_matches(&self, pin: &str) -> bool {
        self.settings.staff_pin.as_deref().is_none_or(|expected| expected == pin)
    }

    /// Tries a PIN: a wrong one makes the next try wait (2 s, then 4, 8 … up to 5 minutes), so
    /// guessing a four-digit PIN takes weeks, not seconds. Returns whether it was right.
    pub fn try_pin(&mut self, pin: &str) -> bool {
        if self.pin_locked() {
            return false;
        }
        if self.pin_matches(pin) {
            self.wrong_pins = 0;
            return true;
        }
        let wait = PIN_WAIT.saturating_mul(2u32.saturating_pow(self.wrong_pins)).min(PIN_WAIT_MAX);
        self.wrong_pins = self.wrong_pins.saturating_add(1);
        self.pin_locked_until = self.now + wait;
        false
    }

    /// Whether a wrong PIN was typed too recently to try again.
    pub fn pin_locked(&self) -> bool {
        self.now < self.pin_locked_until
    }

    /// Whether staff must type a PIN to leave.
    pub fn needs_pin(&self) -> bool {
        self.settings.staff_pin.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_after_the_idle_time_and_resets_at_zero() {
        let mut kiosk = Kiosk::new(KioskSettings::default());
        assert!(!kiosk.tick(Duration::from_secs(179)));
        assert_eq!(kiosk.countdown(), None);
        assert!(!kiosk.tick(Duration::from_secs(190)));
        assert_eq!(kiosk.countdown(), Some(Duration::from_secs(20)));
        kiosk.activity();
        assert_eq!(kiosk.countdown(), None);
        assert!(kiosk.tick(Duration::from_secs(190 + 210)));
    }

    #[test]
    fn wrong_pins_make_the_next_try_wait_longer() {
        let settings = KioskSettings { staff_pin: Some("4711".into()), ..KioskSettings::default() };
        let mut kiosk = Kiosk::new(settings);
        kiosk.tick(Duration::from_secs(10));
        assert!(!kiosk.try_pin("1234"));
        assert!(kiosk.pin_locked());
        assert!(!kiosk.try_pin("4711"), "not even the right PIN during the wait");
        kiosk.tick(Duration::from_secs(12));
        assert!(!kiosk.try_pin("0000"));
        kiosk.tick(Duration::from_secs(15));
        assert!(kiosk.pin_locked(), "the second wait is longer (4 s)");
        kiosk.tick(Duration::from_secs(16));
        assert!(kiosk.try_pin("4711"));
        // A hundred guesses take hours.
        let mut kiosk = Kiosk::new(KioskSettings { staff_pin: Some("4711".into()), ..KioskSettings::default() });
        let mut now = Duration::ZERO;
        for _ in 0..100 {
            while kiosk.pin_locked() {
                now += Duration::from_secs(1);
                kiosk.tick(now);
            }
            assert!(!kiosk.try_pin("1111"));
        }
        assert!(now > Duration::from_secs(24 * 3600) / 4, "{now:?}");
    }

    #[test]
    fn refuses_a_short_countdown_and_a_pin_with_letters() {
        assert!(KioskSettings::read(None, Some("12a".into())).is_err());
        assert_eq!(KioskSettings::read(None, Some("4711".into())).map(|k| k.staff_pin), Ok(Some("4711".into())));
    }
}
