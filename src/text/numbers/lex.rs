//! The closed word classes the figure grammar cares about.
//!
//! Lookup is on the ASCII-lower-cased word (callers lower-case into a stack
//! buffer); anything not listed is [`Lex::None`]. Case-sensitive decisions
//! (currency codes must be upper case, month names capitalised) are made by
//! the parser, which sees the token's case flags.

/// Time units a duration can be counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dur {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

impl Dur {
    /// The unit a duration is normalised to, and the factor to get there.
    pub(crate) fn norm(self) -> (&'static str, f64) {
        match self {
            Dur::Second => ("second", 1.0),
            Dur::Minute => ("minute", 1.0),
            Dur::Hour => ("hour", 1.0),
            Dur::Day => ("day", 1.0),
            Dur::Week => ("week", 1.0),
            Dur::Fortnight => ("week", 2.0),
            Dur::Month => ("month", 1.0),
            Dur::Year => ("year", 1.0),
            Dur::Decade => ("year", 10.0),
            Dur::Century => ("year", 100.0),
        }
    }
}

/// Word class of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    None,
    /// zero .. nineteen
    Card(u8),
    /// twenty .. ninety
    Tens(u8),
    /// "a" / "an": a number only before hundred, million, dozen, decade ...
    A,
    Hundred,
    /// thousand (3), million (6), billion (9), trillion (12)
    Scale(u8),
    /// k, m, mn, bn, tn ...: a scale only right after a number
    ScaleAbbr(u8),
    /// hundreds (2), thousands (3), millions (6) ...: vague magnitudes
    VagueScale(u8),
    /// "tens" (of thousands)
    TensPl,
    Dozen,
    /// "couple": two, roughly, in "a couple of"
    Couple,
    Dozens,
    Scores,
    Half,
    /// quarter (4)
    Fraction(u8),
    /// thirds (3), quarters (4), fifths (5) ...
    FractionPl(u16),
    /// first (1) .. hundredth (100); "second" is also a duration unit
    Ordinal(u64),
    Month(u8),
    Weekday(u8),
    Dur(Dur),
    /// A unit of measure, normalised.
    Measure(&'static str),
    /// A currency named in words (ISO code).
    CurWord(&'static str),
    /// A currency code (only valid in upper case), or "Rs".
    CurCode(&'static str),
    /// "pounds": money (GBP) or weight (lb) depending on context.
    Pounds,
    Cents,
    Pence,
    /// percent, pc, pct
    Percent,
    Per,
    Cent,
    Percentage,
    Point,
    Square,
    Celsius,
    Fahrenheit,
    Degree,
    Minus,
    Old,
    Aged,
    /// A factor of change: doubled (2), tripled (3), halved (0), twice (2).
    Mult(u8),
}

/// Every word the grammar knows, with its class.
pub(crate) const WORDS: &[(&str, Lex)] = &[
    ("zero", Lex::Card(0)),
    ("one", Lex::Card(1)),
    ("two", Lex::Card(2)),
    ("three", Lex::Card(3)),
    ("four", Lex::Card(4)),
    ("five", Lex::Card(5)),
    ("six", Lex::Card(6)),
    ("seven", Lex::Card(7)),
    ("eight", Lex::Card(8)),
    ("nine", Lex::Card(9)),
    ("ten", Lex::Card(10)),
    ("eleven", Lex::Card(11)),
    ("twelve", Lex::Card(12)),
    ("thirteen", Lex::Card(13)),
    ("fourteen", Lex::Card(14)),
    ("fifteen", Lex::Card(15)),
    ("sixteen", Lex::Card(16)),
    ("seventeen", Lex::Card(17)),
    ("eighteen", Lex::Card(18)),
    ("nineteen", Lex::Card(19)),
    ("twenty", Lex::Tens(20)),
    ("thirty", Lex::Tens(30)),
    ("forty", Lex::Tens(40)),
    ("fifty", Lex::Tens(50)),
    ("sixty", Lex::Tens(60)),
    ("seventy", Lex::Tens(70)),
    ("eighty", Lex::Tens(80)),
    ("ninety", Lex::Tens(90)),
    ("a", Lex::A),
    ("an", Lex::A),
    ("hundred", Lex::Hundred),
    ("thousand", Lex::Scale(3)),
    ("million", Lex::Scale(6)),
    ("billion", Lex::Scale(9)),
    ("trillion", Lex::Scale(12)),
    // "1.1 quintillion calculations a second": supercomputers and debts.
    ("quadrillion", Lex::Scale(15)),
    ("quintillion", Lex::Scale(18)),
    // South Asian scales: "Rs 500 crore", "2.5 lakh people".
    ("lakh", Lex::Scale(5)),
    ("crore", Lex::Scale(7)),
    ("k", Lex::ScaleAbbr(3)),
    ("m", Lex::ScaleAbbr(6)),
    ("mn", Lex::ScaleAbbr(6)),
    ("mln", Lex::ScaleAbbr(6)),
    // "2mil SEK", "$3 mil": million, glued or before a currency.
    ("mil", Lex::ScaleAbbr(6)),
    ("bn", Lex::ScaleAbbr(9)),
    ("b", Lex::ScaleAbbr(9)),
    ("bln", Lex::ScaleAbbr(9)),
    ("tn", Lex::ScaleAbbr(12)),
    ("trn", Lex::ScaleAbbr(12)),
    // Wire style: "3 trln roubles", "10 tln".
    ("trln", Lex::ScaleAbbr(12)),
    ("tln", Lex::ScaleAbbr(12)),
    ("hundreds", Lex::VagueScale(2)),
    ("thousands", Lex::VagueScale(3)),
    ("millions", Lex::VagueScale(6)),
    ("billions", Lex::VagueScale(9)),
    ("trillions", Lex::VagueScale(12)),
    ("lakhs", Lex::VagueScale(5)),
    ("crores", Lex::VagueScale(7)),
    ("tens", Lex::TensPl),
    ("dozen", Lex::Dozen),
    ("couple", Lex::Couple),
    ("dozens", Lex::Dozens),
    ("scores", Lex::Scores),
    ("half", Lex::Half),
    ("quarter", Lex::Fraction(4)),
    // "three halves" (1.5); see `Parser::core` for "two halves".
    ("halves", Lex::FractionPl(2)),
    ("quarters", Lex::FractionPl(4)),
    ("thirds", Lex::FractionPl(3)),
    ("fifths", Lex::FractionPl(5)),
    ("sixths", Lex::FractionPl(6)),
    ("sevenths", Lex::FractionPl(7)),
    ("eighths", Lex::FractionPl(8)),
    ("ninths", Lex::FractionPl(9)),
    ("tenths", Lex::FractionPl(10)),
    ("hundredths", Lex::FractionPl(100)),
    ("thousandths", Lex::FractionPl(1000)),
    ("first", Lex::Ordinal(1)),
    ("second", Lex::Ordinal(2)),
    ("third", Lex::Ordinal(3)),
    ("fourth", Lex::Ordinal(4)),
    ("fifth", Lex::Ordinal(5)),
    ("sixth", Lex::Ordinal(6)),
    ("seventh", Lex::Ordinal(7)),
    ("eighth", Lex::Ordinal(8)),
    ("ninth", Lex::Ordinal(9)),
    ("tenth", Lex::Ordinal(10)),
    ("eleventh", Lex::Ordinal(11)),
    ("twelfth", Lex::Ordinal(12)),
    ("thirteenth", Lex::Ordinal(13)),
    ("fourteenth", Lex::Ordinal(14)),
    ("fifteenth", Lex::Ordinal(15)),
    ("sixteenth", Lex::Ordinal(16)),
    ("seventeenth", Lex::Ordinal(17)),
    ("eighteenth", Lex::Ordinal(18)),
    ("nineteenth", Lex::Ordinal(19)),
    ("twentieth", Lex::Ordinal(20)),
    ("thirtieth", Lex::Ordinal(30)),
    ("fortieth", Lex::Ordinal(40)),
    ("fiftieth", Lex::Ordinal(50)),
    ("sixtieth", Lex::Ordinal(60)),
    ("seventieth", Lex::Ordinal(70)),
    ("eightieth", Lex::Ordinal(80)),
    ("ninetieth", Lex::Ordinal(90)),
    ("hundredth", Lex::Ordinal(100)),
    ("thousandth", Lex::Ordinal(1000)),
    // "its millionth customer", "a billionth of a second"
    ("millionth", Lex::Ordinal(1_000_000)),
    ("billionth", Lex::Ordinal(1_000_000_000)),
    ("trillionth", Lex::Ordinal(1_000_000_000_000)),
    ("january", Lex::Month(1)),
    ("jan", Lex::Month(1)),
    ("february", Lex::Month(2)),
    ("feb", Lex::Month(2)),
    ("march", Lex::Month(3)),
    ("mar", Lex::Month(3)),
    ("april", Lex::Month(4)),
    ("apr", Lex::Month(4)),
    ("may", Lex::Month(5)),
    ("june", Lex::Month(6)),
    ("jun", Lex::Month(6)),
    ("july", Lex::Month(7)),
    ("jul", Lex::Month(7)),
    ("august", Lex::Month(8)),
    ("aug", Lex::Month(8)),
    ("september", Lex::Month(9)),
    ("sep", Lex::Month(9)),
    ("sept", Lex::Month(9)),
    ("october", Lex::Month(10)),
    ("oct", Lex::Month(10)),
    ("november", Lex::Month(11)),
    ("nov", Lex::Month(11)),
    ("december", Lex::Month(12)),
    ("dec", Lex::Month(12)),
    ("monday", Lex::Weekday(1)),
    ("tuesday", Lex::Weekday(2)),
    ("wednesday", Lex::Weekday(3)),
    ("thursday", Lex::Weekday(4)),
    ("friday", Lex::Weekday(5)),
    ("saturday", Lex::Weekday(6)),
    ("sunday", Lex::Weekday(7)),
    ("seconds", Lex::Dur(Dur::Second)),
    ("secs", Lex::Dur(Dur::Second)),
    // "123.45 sec", as race times and timetables abbreviate it.
    ("sec", Lex::Dur(Dur::Second)),
    ("minute", Lex::Dur(Dur::Minute)),
    ("minutes", Lex::Dur(Dur::Minute)),
    ("min", Lex::Dur(Dur::Minute)),
    ("mins", Lex::Dur(Dur::Minute)),
    ("hour", Lex::Dur(Dur::Hour)),
    ("hours", Lex::Dur(Dur::Hour)),
    ("hr", Lex::Dur(Dur::Hour)),
    ("hrs", Lex::Dur(Dur::Hour)),
    ("day", Lex::Dur(Dur::Day)),
    ("days", Lex::Dur(Dur::Day)),
    ("week", Lex::Dur(Dur::Week)),
    ("weeks", Lex::Dur(Dur::Week)),
    ("fortnight", Lex::Dur(Dur::Fortnight)),
    ("fortnights", Lex::Dur(Dur::Fortnight)),
    ("month", Lex::Dur(Dur::Month)),
    ("months", Lex::Dur(Dur::Month)),
    ("year", Lex::Dur(Dur::Year)),
    ("years", Lex::Dur(Dur::Year)),
    ("yr", Lex::Dur(Dur::Year)),
    ("yrs", Lex::Dur(Dur::Year)),
    ("decade", Lex::Dur(Dur::Decade)),
    ("decades", Lex::Dur(Dur::Decade)),
    ("century", Lex::Dur(Dur::Century)),
    ("centuries", Lex::Dur(Dur::Century)),
    ("km", Lex::Measure("km")),
    ("kms", Lex::Measure("km")),
    ("kilometre", Lex::Measure("km")),
    ("kilometres", Lex::Measure("km")),
    ("kilometer", Lex::Measure("km")),
    ("kilometers", Lex::Measure("km")),
    ("mile", Lex::Measure("mile")),
    ("miles", Lex::Measure("mile")),
    // "116,347 sq mi"
    ("mi", Lex::Measure("mile")),
    ("metre", Lex::Measure("metre")),
    ("metres", Lex::Measure("metre")),
    ("meter", Lex::Measure("metre")),
    ("meters", Lex::Measure("metre")),
    ("cm", Lex::Measure("cm")),
    ("centimetre", Lex::Measure("cm")),
    ("centimetres", Lex::Measure("cm")),
    ("centimeter", Lex::Measure("cm")),
    ("centimeters", Lex::Measure("cm")),
    ("mm", Lex::Measure("mm")),
    ("millimetre", Lex::Measure("mm")),
    ("millimetres", Lex::Measure("mm")),
    ("millimeter", Lex::Measure("mm")),
    ("millimeters", Lex::Measure("mm")),
    ("ft", Lex::Measure("foot")),
    ("foot", Lex::Measure("foot")),
    ("feet", Lex::Measure("foot")),
    ("inch", Lex::Measure("inch")),
    ("inches", Lex::Measure("inch")),
    ("yard", Lex::Measure("yard")),
    ("yards", Lex::Measure("yard")),
    ("yd", Lex::Measure("yard")),
    ("yds", Lex::Measure("yard")),
    ("kg", Lex::Measure("kg")),
    ("kgs", Lex::Measure("kg")),
    ("kilo", Lex::Measure("kg")),
    ("kilos", Lex::Measure("kg")),
    ("kilogram", Lex::Measure("kg")),
    ("kilograms", Lex::Measure("kg")),
    ("kilogramme", Lex::Measure("kg")),
    ("kilogrammes", Lex::Measure("kg")),
    ("g", Lex::Measure("g")),
    ("gram", Lex::Measure("g")),
    ("grams", Lex::Measure("g")),
    ("gramme", Lex::Measure("g")),
    ("grammes", Lex::Measure("g")),
    ("mg", Lex::Measure("mg")),
    // Blood sugar: "7mmol/L", "below 5 mmol/L".
    ("mmol", Lex::Measure("mmol")),
    ("milligram", Lex::Measure("mg")),
    ("milligrams", Lex::Measure("mg")),
    ("tonne", Lex::Measure("tonne")),
    ("tonnes", Lex::Measure("tonne")),
    ("ton", Lex::Measure("tonne")),
    ("tons", Lex::Measure("tonne")),
    ("megatonne", Lex::Measure("megatonne")),
    ("megatonnes", Lex::Measure("megatonne")),
    ("gigatonne", Lex::Measure("gigatonne")),
    ("gigatonnes", Lex::Measure("gigatonne")),
    ("lb", Lex::Measure("lb")),
    ("lbs", Lex::Measure("lb")),
    // A weight of 14 lb, in British usage ("he weighs 15 stone"); see
    // `Parser::suffix` for the stone a wall is made of.
    ("stone", Lex::Measure("stone")),
    ("ounce", Lex::Measure("ounce")),
    ("ounces", Lex::Measure("ounce")),
    ("oz", Lex::Measure("ounce")),
    ("pint", Lex::Measure("pint")),
    ("pints", Lex::Measure("pint")),
    ("litre", Lex::Measure("litre")),
    ("litres", Lex::Measure("litre")),
    ("liter", Lex::Measure("litre")),
    ("liters", Lex::Measure("litre")),
    ("ml", Lex::Measure("ml")),
    ("cl", Lex::Measure("cl")),
    ("millilitre", Lex::Measure("ml")),
    ("millilitres", Lex::Measure("ml")),
    ("gallon", Lex::Measure("gallon")),
    ("gallons", Lex::Measure("gallon")),
    ("barrel", Lex::Measure("barrel")),
    ("barrels", Lex::Measure("barrel")),
    ("acre", Lex::Measure("acre")),
    ("acres", Lex::Measure("acre")),
    ("hectare", Lex::Measure("hectare")),
    ("hectares", Lex::Measure("hectare")),
    ("mph", Lex::Measure("mph")),
    ("kph", Lex::Measure("km/h")),
    ("kmh", Lex::Measure("km/h")),
    // As Indian English writes it: "60 kmph".
    ("kmph", Lex::Measure("km/h")),
    ("knot", Lex::Measure("knot")),
    ("knots", Lex::Measure("knot")),
    ("kw", Lex::Measure("kilowatt")),
    ("kilowatt", Lex::Measure("kilowatt")),
    ("kilowatts", Lex::Measure("kilowatt")),
    ("mw", Lex::Measure("megawatt")),
    ("megawatt", Lex::Measure("megawatt")),
    ("megawatts", Lex::Measure("megawatt")),
    ("gw", Lex::Measure("gigawatt")),
    ("gigawatt", Lex::Measure("gigawatt")),
    ("gigawatts", Lex::Measure("gigawatt")),
    ("kwh", Lex::Measure("kilowatt-hour")),
    ("mwh", Lex::Measure("megawatt-hour")),
    ("gwh", Lex::Measure("gigawatt-hour")),
    ("calorie", Lex::Measure("calorie")),
    ("calories", Lex::Measure("calorie")),
    ("hp", Lex::Measure("horsepower")),
    ("bhp", Lex::Measure("horsepower")),
    ("horsepower", Lex::Measure("horsepower")),
    ("rpm", Lex::Measure("rpm")),
    ("psi", Lex::Measure("psi")),
    ("carat", Lex::Measure("carat")),
    ("carats", Lex::Measure("carat")),
    ("kelvin", Lex::Measure("kelvin")),
    ("millibar", Lex::Measure("millibar")),
    ("millibars", Lex::Measure("millibar")),
    ("mbar", Lex::Measure("millibar")),
    ("hpa", Lex::Measure("hectopascal")),
    ("hectopascal", Lex::Measure("hectopascal")),
    ("hectopascals", Lex::Measure("hectopascal")),
    ("volt", Lex::Measure("volt")),
    ("volts", Lex::Measure("volt")),
    ("kv", Lex::Measure("kilovolt")),
    ("kilovolt", Lex::Measure("kilovolt")),
    ("kilovolts", Lex::Measure("kilovolt")),
    ("amp", Lex::Measure("ampere")),
    ("amps", Lex::Measure("ampere")),
    ("ampere", Lex::Measure("ampere")),
    ("amperes", Lex::Measure("ampere")),
    ("mah", Lex::Measure("milliamp-hour")),
    ("kcal", Lex::Measure("kcal")),
    ("kilocalorie", Lex::Measure("kcal")),
    ("kilocalories", Lex::Measure("kcal")),
    ("watt", Lex::Measure("watt")),
    ("watts", Lex::Measure("watt")),
    ("tw", Lex::Measure("terawatt")),
    ("terawatt", Lex::Measure("terawatt")),
    ("terawatts", Lex::Measure("terawatt")),
    ("twh", Lex::Measure("terawatt-hour")),
    // Data sizes. The two-letter forms are units only in capitals ("4.7
    // GB", not "950 mb" of air pressure), see `Parser::unit_case_ok`.
    ("byte", Lex::Measure("byte")),
    ("bytes", Lex::Measure("byte")),
    ("kb", Lex::Measure("kilobyte")),
    ("kilobyte", Lex::Measure("kilobyte")),
    ("kilobytes", Lex::Measure("kilobyte")),
    ("mb", Lex::Measure("megabyte")),
    ("megabyte", Lex::Measure("megabyte")),
    ("megabytes", Lex::Measure("megabyte")),
    ("gb", Lex::Measure("gigabyte")),
    ("gigabyte", Lex::Measure("gigabyte")),
    ("gigabytes", Lex::Measure("gigabyte")),
    ("tb", Lex::Measure("terabyte")),
    ("terabyte", Lex::Measure("terabyte")),
    ("terabytes", Lex::Measure("terabyte")),
    ("petabyte", Lex::Measure("petabyte")),
    ("petabytes", Lex::Measure("petabyte")),
    ("exabyte", Lex::Measure("exabyte")),
    ("exabytes", Lex::Measure("exabyte")),
    ("zettabyte", Lex::Measure("zettabyte")),
    ("zettabytes", Lex::Measure("zettabyte")),
    ("kbps", Lex::Measure("kilobit/second")),
    ("mbps", Lex::Measure("megabit/second")),
    ("gbps", Lex::Measure("gigabit/second")),
    // Frequencies.
    ("hz", Lex::Measure("hertz")),
    ("hertz", Lex::Measure("hertz")),
    ("khz", Lex::Measure("kilohertz")),
    ("kilohertz", Lex::Measure("kilohertz")),
    ("mhz", Lex::Measure("megahertz")),
    ("megahertz", Lex::Measure("megahertz")),
    ("ghz", Lex::Measure("gigahertz")),
    ("gigahertz", Lex::Measure("gigahertz")),
    ("decibel", Lex::Measure("decibel")),
    ("decibels", Lex::Measure("decibel")),
    ("mpg", Lex::Measure("mpg")),
    ("bpd", Lex::Measure("barrel/day")),
    ("ppm", Lex::Measure("ppm")),
    ("ppb", Lex::Measure("ppb")),
    ("microgram", Lex::Measure("microgram")),
    ("micrograms", Lex::Measure("microgram")),
    ("microgramme", Lex::Measure("microgram")),
    ("microgrammes", Lex::Measure("microgram")),
    // "400 mcg of folic acid", as supplement labels and health pages write it
    ("mcg", Lex::Measure("microgram")),
    // "a 5-nanometre chip"
    ("nanometre", Lex::Measure("nanometre")),
    ("nanometres", Lex::Measure("nanometre")),
    ("nanometer", Lex::Measure("nanometre")),
    ("nanometers", Lex::Measure("nanometre")),
    // An earthquake's (or a star's) magnitude: "a 7.1 magnitude quake",
    // "a 6.2-magnitude earthquake"; before the number, see
    // `Parser::magnitude_before`.
    ("magnitude", Lex::Measure("magnitude")),
    ("degree", Lex::Degree),
    ("degrees", Lex::Degree),
    // "5 deg. C", "40 deg F"
    ("deg", Lex::Degree),
    ("celsius", Lex::Celsius),
    ("centigrade", Lex::Celsius),
    ("fahrenheit", Lex::Fahrenheit),
    // The usual misspellings.
    ("celcius", Lex::Celsius),
    ("farenheit", Lex::Fahrenheit),
    ("square", Lex::Square),
    ("sq", Lex::Square),
    ("dollar", Lex::CurWord("USD")),
    ("dollars", Lex::CurWord("USD")),
    // Slang, in lower case only (not the Milwaukee Bucks): see
    // `Parser::suffix`.
    ("bucks", Lex::CurWord("USD")),
    // "a ransom of 50 bitcoin": the currency, by its usual code.
    ("bitcoin", Lex::CurWord("BTC")),
    ("bitcoins", Lex::CurWord("BTC")),
    ("quid", Lex::CurWord("GBP")),
    ("euro", Lex::CurWord("EUR")),
    ("euros", Lex::CurWord("EUR")),
    ("sterling", Lex::CurWord("GBP")),
    ("yen", Lex::CurWord("JPY")),
    ("yuan", Lex::CurWord("CNY")),
    ("renminbi", Lex::CurWord("CNY")),
    ("rouble", Lex::CurWord("RUB")),
    ("roubles", Lex::CurWord("RUB")),
    ("ruble", Lex::CurWord("RUB")),
    ("rubles", Lex::CurWord("RUB")),
    ("rupee", Lex::CurWord("INR")),
    ("rupees", Lex::CurWord("INR")),
    ("peso", Lex::CurWord("MXN")),
    ("pesos", Lex::CurWord("MXN")),
    ("franc", Lex::CurWord("CHF")),
    ("francs", Lex::CurWord("CHF")),
    ("shekel", Lex::CurWord("ILS")),
    ("shekels", Lex::CurWord("ILS")),
    ("rand", Lex::CurWord("ZAR")),
    ("lira", Lex::CurWord("TRY")),
    ("lire", Lex::CurWord("TRY")),
    ("naira", Lex::CurWord("NGN")),
    ("baht", Lex::CurWord("THB")),
    ("ringgit", Lex::CurWord("MYR")),
    ("rupiah", Lex::CurWord("IDR")),
    ("hryvnia", Lex::CurWord("UAH")),
    ("hryvnias", Lex::CurWord("UAH")),
    ("reais", Lex::CurWord("BRL")),
    ("krona", Lex::CurWord("SEK")),
    ("kronor", Lex::CurWord("SEK")),
    ("krone", Lex::CurWord("NOK")),
    ("kroner", Lex::CurWord("NOK")),
    ("deutschmark", Lex::CurWord("DEM")),
    ("deutschmarks", Lex::CurWord("DEM")),
    ("deutschemark", Lex::CurWord("DEM")),
    ("deutschemarks", Lex::CurWord("DEM")),
    ("peseta", Lex::CurWord("ESP")),
    ("pesetas", Lex::CurWord("ESP")),
    ("escudo", Lex::CurWord("PTE")),
    ("escudos", Lex::CurWord("PTE")),
    ("guilder", Lex::CurWord("NLG")),
    ("guilders", Lex::CurWord("NLG")),
    ("drachma", Lex::CurWord("GRD")),
    ("drachmas", Lex::CurWord("GRD")),
    ("schilling", Lex::CurWord("ATS")),
    ("schillings", Lex::CurWord("ATS")),
    ("markka", Lex::CurWord("FIM")),
    // Currencies named in words whose word names one currency.
    ("zloty", Lex::CurWord("PLN")),
    ("zlotys", Lex::CurWord("PLN")),
    ("forint", Lex::CurWord("HUF")),
    ("forints", Lex::CurWord("HUF")),
    ("koruna", Lex::CurWord("CZK")),
    ("korunas", Lex::CurWord("CZK")),
    ("dirham", Lex::CurWord("AED")),
    ("dirhams", Lex::CurWord("AED")),
    ("riyal", Lex::CurWord("SAR")),
    ("riyals", Lex::CurWord("SAR")),
    ("rial", Lex::CurWord("IRR")),
    ("rials", Lex::CurWord("IRR")),
    ("taka", Lex::CurWord("BDT")),
    ("kyat", Lex::CurWord("MMK")),
    ("kyats", Lex::CurWord("MMK")),
    ("cedi", Lex::CurWord("GHS")),
    ("cedis", Lex::CurWord("GHS")),
    ("kwacha", Lex::CurWord("ZMW")),
    ("afghani", Lex::CurWord("AFN")),
    ("afghanis", Lex::CurWord("AFN")),
    ("pound", Lex::Pounds),
    ("pounds", Lex::Pounds),
    ("cent", Lex::Cent),
    ("cents", Lex::Cents),
    ("pence", Lex::Pence),
    // "closed one penny lower"; the parser leaves a capitalised "Penny",
    // a name, alone.
    ("penny", Lex::Pence),
    ("p", Lex::Pence),
    ("usd", Lex::CurCode("USD")),
    ("eur", Lex::CurCode("EUR")),
    ("gbp", Lex::CurCode("GBP")),
    ("jpy", Lex::CurCode("JPY")),
    ("rub", Lex::CurCode("RUB")),
    ("cny", Lex::CurCode("CNY")),
    ("rmb", Lex::CurCode("CNY")),
    ("inr", Lex::CurCode("INR")),
    ("rs", Lex::CurCode("INR")),
    ("rp", Lex::CurCode("IDR")),
    ("chf", Lex::CurCode("CHF")),
    ("aud", Lex::CurCode("AUD")),
    ("cad", Lex::CurCode("CAD")),
    ("hkd", Lex::CurCode("HKD")),
    ("brl", Lex::CurCode("BRL")),
    ("krw", Lex::CurCode("KRW")),
    ("zar", Lex::CurCode("ZAR")),
    ("mxn", Lex::CurCode("MXN")),
    ("sek", Lex::CurCode("SEK")),
    ("nok", Lex::CurCode("NOK")),
    ("dkk", Lex::CurCode("DKK")),
    ("pln", Lex::CurCode("PLN")),
    ("sgd", Lex::CurCode("SGD")),
    ("nzd", Lex::CurCode("NZD")),
    ("ils", Lex::CurCode("ILS")),
    ("kes", Lex::CurCode("KES")),
    ("ksh", Lex::CurCode("KES")),
    ("pkr", Lex::CurCode("PKR")),
    ("bdt", Lex::CurCode("BDT")),
    // Bangladesh's press writes the taka "Tk": "Tk 500 crore".
    ("tk", Lex::CurCode("BDT")),
    // Malaysia's press writes the ringgit "RM" ("RM1.5 billion"), Turkey's
    // the lira "TL" ("9,000 TL"); both only in capitals.
    ("rm", Lex::CurCode("MYR")),
    ("tl", Lex::CurCode("TRY")),
    ("idr", Lex::CurCode("IDR")),
    ("thb", Lex::CurCode("THB")),
    ("myr", Lex::CurCode("MYR")),
    ("twd", Lex::CurCode("TWD")),
    ("vnd", Lex::CurCode("VND")),
    ("aed", Lex::CurCode("AED")),
    ("qar", Lex::CurCode("QAR")),
    ("egp", Lex::CurCode("EGP")),
    ("czk", Lex::CurCode("CZK")),
    ("huf", Lex::CurCode("HUF")),
    ("uah", Lex::CurCode("UAH")),
    ("ars", Lex::CurCode("ARS")),
    ("clp", Lex::CurCode("CLP")),
    ("ngn", Lex::CurCode("NGN")),
    ("percent", Lex::Percent),
    ("pc", Lex::Percent),
    ("pct", Lex::Percent),
    ("per", Lex::Per),
    ("percentage", Lex::Percentage),
    ("point", Lex::Point),
    ("points", Lex::Point),
    ("pp", Lex::Point),
    ("ppt", Lex::Point),
    ("ppts", Lex::Point),
    ("minus", Lex::Minus),
    // "negative 3 points", "negative 0.5%": a sign when a number follows.
    ("negative", Lex::Minus),
    ("old", Lex::Old),
    ("olds", Lex::Old),
    ("aged", Lex::Aged),
    ("doubled", Lex::Mult(2)),
    ("tripled", Lex::Mult(3)),
    ("trebled", Lex::Mult(3)),
    ("quadrupled", Lex::Mult(4)),
    ("halved", Lex::Mult(0)),
    ("twice", Lex::Mult(2)),
    ("twofold", Lex::Mult(2)),
    ("threefold", Lex::Mult(3)),
    ("fourfold", Lex::Mult(4)),
    ("fivefold", Lex::Mult(5)),
    ("sixfold", Lex::Mult(6)),
    ("sevenfold", Lex::Mult(7)),
    ("eightfold", Lex::Mult(8)),
    ("ninefold", Lex::Mult(9)),
    ("tenfold", Lex::Mult(10)),
    ("hundredfold", Lex::Mult(100)),
];

/// Longest word in [`WORDS`]; longer words are never looked up.
pub(crate) const MAX_WORD: usize = 16;

const TABLE_BITS: u32 = 10;
/// 2^15 filter bits (4 KiB) for the ~350 words: about one word of running
/// text in a hundred that is no lexicon word passes it, where 2^13 bits
/// passed four. Each of those goes on to the table and mispredicts the
/// filter's branch or the probe's more often than not (numbers round:
/// 19.5K -> 17.0K simulated mispredicts in the tokenizer, for ~1K more
/// L1 data misses in the whole analysis).
const FILTER_BITS: u32 = 15;

/// Pack a lower-case ASCII word of at most 16 bytes into two integers.
#[cfg(test)]
fn key(w: &[u8]) -> (u64, u64) {
    const_key(w)
}

/// [`key`], usable in constants.
const fn const_key(w: &[u8]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    let mut i = 0;
    while i < w.len() {
        if i < 8 {
            lo |= (w[i] as u64) << (8 * i);
        } else {
            hi |= (w[i] as u64) << (8 * (i - 8));
        }
        i += 1;
    }
    (lo, hi)
}

#[inline]
const fn hash((lo, hi): (u64, u64)) -> u64 {
    (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The filter bit of a [`hash`]: its top bits. The low bits of a
/// multiplicative hash depend only on the low bits of the key (the first
/// letter and a half of a word), so a filter indexed by them passed most
/// words of running text.
#[inline]
const fn filter_bit(h: u64) -> usize {
    (h >> (64 - FILTER_BITS)) as usize
}

/// The first table slot of a [`hash`]: the bits right below
/// [`filter_bit`]'s, so the two are independent.
#[inline]
const fn first_slot(h: u64) -> usize {
    (h >> (64 - FILTER_BITS - TABLE_BITS)) as usize & (SLOTS - 1)
}

/// The word index, [`WORDS`] position + 1, or 0: what tokens store.
pub(crate) type LexId = u16;

const SLOTS: usize = 1 << TABLE_BITS;

/// A bit filter (fits in L1 with room to spare) in front of an
/// open-addressing table over [`WORDS`]; both built at compile time, so a
/// lookup needs no initialisation check. Most words of running text are
/// rejected by the filter without touching the table.
struct Table {
    filter: [u64; (1 << FILTER_BITS) / 64],
    slots: [(u64, u64, LexId); SLOTS],
}

const fn build() -> Table {
    let mut slots = [(0u64, 0u64, 0 as LexId); SLOTS];
    let mut filter = [0u64; (1 << FILTER_BITS) / 64];
    let mut n = 0;
    while n < WORDS.len() {
        let k = const_key(WORDS[n].0.as_bytes());
        let h = hash(k);
        let f = filter_bit(h);
        filter[f / 64] |= 1 << (f % 64);
        let mut i = first_slot(h);
        while slots[i].2 != 0 && !(slots[i].0 == k.0 && slots[i].1 == k.1) {
            i = (i + 1) & (SLOTS - 1);
        }
        if slots[i].2 == 0 {
            slots[i] = (k.0, k.1, n as LexId + 1);
        }
        n += 1;
    }
    Table { filter, slots }
}

static TABLE: Table = build();

/// Look up an ASCII-lower-cased word (at most [`MAX_WORD`] bytes).
#[cfg(test)]
pub(crate) fn lookup(w: &[u8]) -> LexId {
    if w.is_empty() || w.len() > MAX_WORD {
        return 0;
    }
    lookup_key(key(w))
}

/// The class of a word in any case (ASCII only; `Lex::None` for any
/// other or longer word). For the tokenizer's rare look-ahead, not the
/// hot path.
pub(crate) fn lookup_word(w: &str) -> Lex {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > MAX_WORD || !b.is_ascii() {
        return Lex::None;
    }
    let mut buf = [0u8; MAX_WORD];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    get(lookup_key(const_key(&buf[..b.len()])))
}

/// Look up a word packed as by [`key`] (little-endian bytes, zero padded).
#[inline]
pub(crate) fn lookup_key(k: (u64, u64)) -> LexId {
    let h = hash(k);
    let t = &TABLE;
    let f = filter_bit(h);
    if t.filter[f / 64] & (1 << (f % 64)) == 0 {
        return 0;
    }
    let mut i = first_slot(h);
    loop {
        let (a, b, id) = t.slots[i];
        if id == 0 {
            return 0;
        }
        if a == k.0 && b == k.1 {
            return id;
        }
        i = (i + 1) & (SLOTS - 1);
    }
}

/// Whether a word of this class, not possessive, can start a figure: the
/// word classes the parser's driver tries (see `Parser::try_at`), but "a"
/// and "an" (see [`follows_a`]).
pub(crate) const fn starts_figure(l: Lex) -> bool {
    matches!(
        l,
        Lex::Month(_)
            | Lex::Weekday(_)
            | Lex::Ordinal(_)
            | Lex::Mult(_)
            | Lex::Card(_)
            | Lex::Tens(_)
            | Lex::Half
            // "the quarter-century-old feud" (a quarter alone is no figure)
            | Lex::Fraction(_)
            | Lex::VagueScale(_)
            | Lex::TensPl
            | Lex::Dozens
            | Lex::Scores
            | Lex::Hundred
            | Lex::Scale(_)
            | Lex::Minus
            | Lex::CurCode(_)
    )
}

/// Whether "a" / "an" right before a word of this class (not possessive)
/// can start a figure: "a hundred", "a dozen", "a couple of", "a decade",
/// "a third", "a half hour", "a mile and a half". The parser reads "a" as
/// a number only before these (`Parser::word_core`).
pub(crate) const fn follows_a(l: Lex) -> bool {
    matches!(
        l,
        Lex::Hundred
            | Lex::Scale(_)
            | Lex::Dozen
            | Lex::Couple
            | Lex::Dur(_)
            | Lex::Ordinal(_)
            | Lex::Fraction(_)
            | Lex::Half
            | Lex::Measure(_)
    )
}

/// Flags of a word index, see [`flags`].
pub(crate) const STARTS: u8 = 1;
pub(crate) const STARTS_POSS: u8 = 2;
pub(crate) const IS_A: u8 = 4;
pub(crate) const FOLLOWS_A: u8 = 8;

static FLAGS: [u8; WORDS.len() + 1] = {
    let mut t = [0u8; WORDS.len() + 1];
    let mut n = 0;
    while n < WORDS.len() {
        let l = WORDS[n].1;
        let mut f = 0;
        if starts_figure(l) {
            f |= STARTS;
        }
        if matches!(l, Lex::Weekday(_)) {
            f |= STARTS_POSS;
        }
        if matches!(l, Lex::A) {
            f |= IS_A;
        }
        if follows_a(l) {
            f |= FOLLOWS_A;
        }
        t[n + 1] = f;
        n += 1;
    }
    t
};

/// What a word index tells the tokenizer's trigger list: [`STARTS`] (not
/// possessive, [`starts_figure`]), [`STARTS_POSS`] (possessive: only a
/// weekday, "Monday's", starts one), [`IS_A`], [`FOLLOWS_A`]. 0 for index 0.
#[inline]
pub(crate) fn flags(id: LexId) -> u8 {
    FLAGS.get(id as usize).copied().unwrap_or(0)
}

/// The class of a looked-up word.
#[inline]
pub(crate) fn get(id: LexId) -> Lex {
    match (id as usize).checked_sub(1).and_then(|i| WORDS.get(i)) {
        Some((_, lex)) => *lex,
        None => Lex::None,
    }
}

/// Whether a currency code is written as one: in capitals ("EUR", "USD"),
/// one of the codes written in mixed case ("Rs", "Rp", "KSh"), or one of
/// the codes that no English word spells, in lower case ("40 rmb", "20
/// usd", as text in lower case throughout writes them; not "try", "all",
/// "top").
pub(crate) fn code_case_ok(w: &str) -> bool {
    !w.bytes().any(|c| c.is_ascii_lowercase())
        || matches!(
            w,
            "Rs" | "Rp"
                | "Tk"
                | "KSh"
                | "Ksh"
                | "rmb"
                | "usd"
                | "eur"
                | "gbp"
                | "cny"
                | "jpy"
                | "chf"
                | "hkd"
                | "aud"
                | "nzd"
                | "sgd"
                | "inr"
                | "krw"
        )
}

/// The currency a `$` means after a glued country prefix (`US$`, `A$` ...).
pub(crate) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "US" | "U.S" => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" | "Can" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" | "SG" => "SGD",
        "R" => "BRL",
        "Mex" | "MX" => "MXN",
        "NT" => "TWD",
        _ => return None,
    })
}

/// The currency of a symbol character: its index in [`CURRENCY_SYMBOLS`].
pub(crate) fn currency_symbol(c: char) -> Option<u8> {
    CURRENCY_SYMBOLS
        .iter()
        .position(|&(s, _)| s == c)
        .map(|n| n as u8)
}

/// The currency symbols and their ISO codes: a currency sign token holds
/// its index here (`$` first, index 0), one byte where the code's `&str`
/// made every token eight bytes longer.
pub(crate) static CURRENCY_SYMBOLS: [(char, &str); 22] = [
    ('$', "USD"),
    ('\u{20AC}', "EUR"),
    ('\u{A3}', "GBP"),
    ('\u{A5}', "JPY"),
    ('\u{20B9}', "INR"),
    ('\u{20BD}', "RUB"),
    ('\u{20A9}', "KRW"),
    ('\u{20BA}', "TRY"),
    ('\u{20A6}', "NGN"),
    ('\u{20AA}', "ILS"),
    ('\u{20B1}', "PHP"),
    ('\u{20AB}', "VND"),
    ('\u{E3F}', "THB"),
    ('\u{20B4}', "UAH"),
    ('\u{20A1}', "CRC"),
    ('\u{20AD}', "LAK"),
    ('\u{20AE}', "MNT"),
    ('\u{20B2}', "PYG"),
    ('\u{20B5}', "GHS"),
    ('\u{20B8}', "KZT"),
    ('\u{20BC}', "AZN"),
    ('\u{20BE}', "GEL"),
];
