//! Length and view settings, remembered in `localStorage` (never the text).

/// The length unit chosen in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Auto,
    Sentences,
    Percent,
    Words,
}

impl Unit {
    pub const ALL: [Unit; 4] = [Unit::Auto, Unit::Sentences, Unit::Percent, Unit::Words];

    pub fn key(self) -> &'static str {
        match self {
            Unit::Auto => "auto",
            Unit::Sentences => "sentences",
            Unit::Percent => "percent",
            Unit::Words => "words",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Unit::Auto => "Automatic",
            Unit::Sentences => "Sentences",
            Unit::Percent => "% of the text",
            Unit::Words => "Words",
        }
    }

    pub fn from_key(key: &str) -> Unit {
        Unit::ALL
            .into_iter()
            .find(|u| u.key() == key)
            .unwrap_or(Unit::Auto)
    }

    pub fn default_amount(self) -> u32 {
        self.preset("medium")
    }

    pub fn max_amount(self) -> u32 {
        match self {
            Unit::Auto | Unit::Sentences => 100,
            Unit::Percent => 100,
            Unit::Words => 100_000,
        }
    }

    /// The amount of a preset (short, medium, long) in this unit.
    pub fn preset(self, name: &str) -> u32 {
        let (short, medium, long) = match self {
            Unit::Auto | Unit::Sentences => (2, 4, 7),
            Unit::Percent => (10, 20, 35),
            Unit::Words => (50, 120, 250),
        };
        match name {
            "short" => short,
            "long" => long,
            _ => medium,
        }
    }

    /// The core's length for this unit and amount.
    pub fn length(self, amount: u32) -> crate::Length {
        let amount = amount.clamp(1, self.max_amount());
        match self {
            Unit::Auto => crate::Length::Auto,
            Unit::Sentences => crate::Length::Sentences(amount as usize),
            Unit::Percent => crate::Length::Ratio(f64::from(amount) / 100.0),
            Unit::Words => crate::Length::Words(amount as usize),
        }
    }
}

/// Which view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    Summary,
    Highlight,
}

/// The remembered settings.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Settings {
    pub unit: Unit,
    pub amount: u32,
    pub view: View,
    /// Skip page clutter (the core's cleaning stage).
    pub clean: bool,
    /// The language chosen by the reader or the host (`None`: detect).
    pub lang: Option<crate::Language>,
}

const KEY: &str = "precis.settings";

impl Default for Settings {
    fn default() -> Self {
        Settings {
            unit: Unit::Auto,
            amount: Unit::Sentences.default_amount(),
            view: View::Summary,
            clean: true,
            lang: None,
        }
    }
}

impl Settings {
    /// Parses `unit=words;amount=120;view=highlight`; anything odd falls back to the default.
    pub fn parse(s: &str) -> Settings {
        let mut out = Settings::default();
        for pair in s.split(';') {
            match pair.split_once('=') {
                Some(("unit", v)) => out.unit = Unit::from_key(v),
                Some(("amount", v)) => {
                    if let Ok(n) = v.parse::<u32>() {
                        out.amount = n.clamp(1, out.unit.max_amount());
                    }
                }
                Some(("view", "highlight")) => out.view = View::Highlight,
                Some(("clean", "off")) => out.clean = false,
                Some(("lang", code)) => out.lang = crate::Language::from_code(code),
                _ => {}
            }
        }
        out
    }

    pub fn serialize(&self) -> String {
        let view = if self.view == View::Highlight {
            "highlight"
        } else {
            "summary"
        };
        let clean = if self.clean { "on" } else { "off" };
        let lang = self.lang.map_or("auto", |l| l.code());
        format!(
            "unit={};amount={};view={view};clean={clean};lang={lang}",
            self.unit.key(),
            self.amount
        )
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    pub fn load() -> Settings {
        Self::storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .map_or_else(Settings::default, |v| Settings::parse(&v))
    }

    pub fn save(&self) {
        if let Some(s) = Self::storage() {
            // Storage may be full or disabled: settings are a convenience, so failures are ignored.
            let _ = s.set_item(KEY, &self.serialize());
        }
    }
}
