//! Small word lists for the counted-noun and qualifier heuristics.

/// Lower-case `w` into `buf` if it is short ASCII; `None` otherwise.
///
/// Every word list below starts here, for a few words after each figure:
/// the words of up to sixteen bytes (all but a few) are read as two
/// overlapping integers and lower-cased eight bytes at a time
/// ([`lower_word`]), where a byte loop (test, then lower-case and copy)
/// cost more than the list's match.
pub(crate) fn lower<'b>(w: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let b = w.as_bytes();
    let n = b.len();
    if n <= 16 {
        let (lo, hi) = lower_word(b)?;
        buf[..8].copy_from_slice(&lo.to_le_bytes());
        buf[8..16].copy_from_slice(&hi.to_le_bytes());
        return Some(&buf[..n]);
    }
    if n > buf.len() || !b.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..n])
}

/// The bytes of `b` (at most 16) as two little-endian integers, zero
/// padded, with ASCII upper case lowered; `None` if a byte is not ASCII.
///
/// Read without a byte loop: a word of 4 to 8 bytes is its first four
/// bytes and its last four shifted into place (where the two overlap they
/// hold the same bytes, so OR-ing them keeps them), a word of 9 to 16 its
/// first eight and its last eight likewise, a shorter one byte by byte.
#[inline]
fn lower_word(b: &[u8]) -> Option<(u64, u64)> {
    let n = b.len();
    let u32_at = |k: usize| {
        let mut x = [0u8; 4];
        x.copy_from_slice(&b[k..k + 4]);
        u64::from(u32::from_le_bytes(x))
    };
    let u64_at = |k: usize| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&b[k..k + 8]);
        u64::from_le_bytes(x)
    };
    let (lo, hi) = match n {
        0 => (0, 0),
        1..=3 => {
            let mid = n / 2;
            let x = u64::from(b[0])
                | u64::from(b[mid]) << (8 * mid)
                | u64::from(b[n - 1]) << (8 * (n - 1));
            (x, 0)
        }
        4..=8 => (u32_at(0) | u32_at(n - 4) << (8 * (n - 4)), 0),
        9..=16 => {
            // The last eight bytes, shifted down to leave bytes 8..n.
            let last = u64_at(n - 8) >> (8 * (16 - n));
            (u64_at(0), last)
        }
        _ => return None,
    };
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // Per byte (ASCII, so no carry crosses a byte): the high bit of
    // `c + 0x3F` is set from 'A' on, that of `c + 0x25` from '[' on.
    let upper = |x: u64| {
        let ge_a = x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
        let gt_z = x.wrapping_add(0x2525_2525_2525_2525);
        ge_a & !gt_z & HIGH
    };
    // The case bit (0x20) of each upper-case letter.
    Some((lo | upper(lo) >> 2, hi | upper(hi) >> 2))
}

/// Nouns of money, which make a "million-pound" or a "five-pound" before
/// them sterling (a "2-million-pound fine", a "five-pound note"), not a
/// weight (a "2-million-pound recall", a "five-pound bag").
pub(crate) fn is_money_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"budget"
            | b"fine"
            | b"grant"
            | b"deal"
            | b"contract"
            | b"fund"
            | b"investment"
            | b"scheme"
            | b"package"
            | b"loan"
            | b"bonus"
            | b"payout"
            | b"settlement"
            | b"prize"
            | b"bid"
            | b"project"
            | b"programme"
            | b"program"
            | b"fee"
            | b"home"
            | b"house"
            | b"mansion"
            | b"bill"
            | b"debt"
            | b"donation"
            | b"salary"
            | b"transfer"
            | b"overhaul"
            | b"refurbishment"
            | b"redevelopment"
            | b"upgrade"
            | b"lawsuit"
            | b"claim"
            | b"fraud"
            | b"scam"
            | b"windfall"
            | b"jackpot"
            | b"takeover"
            | b"note"
            | b"notes"
            | b"banknote"
            | b"banknotes"
            | b"coin"
            | b"coins"
            | b"fines"
            | b"bills"
    )
}

/// Function words and common verbs: a counted noun is never one of these,
/// and they end the search for one.
pub(crate) fn is_stop(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    if l.len() > 4 && l.ends_with(b"ly") && !is_ly_noun(l) && !is_ly_adjective(l) {
        return true; // adverbs: "actually", "reportedly"
    }
    matches!(
        l,
        b"of"
            | b"in"
            | b"on"
            | b"at"
            | b"to"
            | b"for"
            | b"from"
            | b"by"
            | b"with"
            | b"without"
            | b"into"
            | b"onto"
            | b"over"
            | b"under"
            | b"about"
            | b"around"
            | b"after"
            | b"before"
            | b"since"
            | b"until"
            | b"during"
            | b"between"
            | b"among"
            | b"across"
            | b"against"
            | b"through"
            | b"per"
            | b"via"
            | b"than"
            | b"as"
            | b"like"
            | b"within"
            | b"near"
            | b"behind"
            | b"above"
            | b"below"
            | b"off"
            | b"out"
            | b"up"
            | b"down"
            | b"upon"
            | b"amid"
            | b"toward"
            | b"towards"
            | b"and"
            | b"or"
            | b"but"
            | b"nor"
            | b"so"
            | b"yet"
            | b"if"
            | b"because"
            | b"while"
            | b"although"
            | b"though"
            | b"whereas"
            | b"the"
            | b"a"
            | b"an"
            | b"some"
            | b"any"
            | b"each"
            | b"every"
            | b"all"
            | b"both"
            | b"no"
            | b"not"
            | b"another"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"we"
            | b"you"
            | b"i"
            | b"them"
            | b"him"
            | b"her"
            | b"us"
            | b"itself"
            | b"himself"
            | b"herself"
            | b"themselves"
            | b"myself"
            | b"yourself"
            | b"ourselves"
            | b"his"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"who"
            | b"whom"
            | b"whose"
            | b"which"
            | b"that"
            | b"this"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"what"
            | b"when"
            | b"where"
            | b"why"
            | b"how"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"be"
            | b"been"
            | b"being"
            | b"has"
            | b"have"
            | b"had"
            | b"will"
            | b"would"
            | b"could"
            | b"should"
            | b"can"
            | b"may"
            | b"might"
            | b"must"
            | b"shall"
            | b"do"
            | b"does"
            | b"did"
            | b"said"
            | b"say"
            | b"says"
            | b"told"
            | b"tell"
            | b"get"
            | b"got"
            | b"make"
            | b"made"
            | b"take"
            | b"took"
            | b"went"
            | b"go"
            | b"goes"
            | b"come"
            | b"came"
            | b"became"
            | b"become"
            | b"remain"
            | b"remained"
            | b"ago"
            | b"later"
            | b"earlier"
            | b"apiece"
            | b"too"
            | b"also"
            | b"just"
            | b"even"
            | b"still"
            | b"then"
            | b"now"
            | b"again"
            | b"ever"
            | b"never"
            | b"already"
            | b"plus"
            | b"respectively"
            | b"alone"
            | b"altogether"
            | b"instead"
            | b"versus"
            | b"vs"
            | b"despite"
            | b"including"
            | b"except"
            | b"due"
            | b"else"
            | b"own"
            | b"cent"
            | b"percent"
    )
}

fn is_ly_adjective(l: &[u8]) -> bool {
    matches!(
        l,
        b"elderly"
            | b"friendly"
            | b"lovely"
            | b"lonely"
            | b"deadly"
            | b"costly"
            | b"likely"
            | b"unlikely"
            | b"early"
            | b"daily"
            | b"weekly"
            | b"monthly"
            | b"yearly"
            | b"holy"
            | b"ugly"
            | b"silly"
            | b"lively"
            | b"orderly"
            | b"kindly"
            | b"timely"
            | b"womanly"
            | b"manly"
            | b"curly"
            | b"hourly"
            | b"quarterly"
    )
}

fn is_ly_noun(l: &[u8]) -> bool {
    matches!(
        l,
        b"family"
            | b"assembly"
            | b"supply"
            | b"rally"
            | b"monopoly"
            | b"anomaly"
            | b"ally"
            | b"belly"
            | b"jelly"
            | b"bully"
            | b"lily"
            | b"italy"
    )
}

/// Words that modify a following noun rather than being the counted noun.
pub(crate) fn is_adjective(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    if matches!(
        l,
        b"new"
            | b"old"
            | b"more"
            | b"other"
            | b"main"
            | b"major"
            | b"small"
            | b"large"
            | b"big"
            | b"great"
            | b"high"
            | b"low"
            | b"top"
            | b"key"
            | b"senior"
            | b"junior"
            | b"extra"
            | b"legitimate"
            | b"separate"
            | b"private"
            | b"moderate"
            | b"young"
            | b"elderly"
            | b"former"
            | b"further"
            | b"different"
            | b"same"
            | b"few"
            | b"many"
            | b"such"
            | b"only"
            | b"last"
            | b"next"
            | b"full"
            | b"whole"
            | b"single"
            | b"real"
            | b"total"
            | b"recent"
            | b"current"
            | b"fewer"
            | b"less"
            | b"armed"
            | b"long"
            | b"short"
            | b"good"
            | b"bad"
            | b"poor"
            | b"rich"
            | b"free"
            | b"likely"
            | b"possible"
            | b"potential"
            | b"foreign"
            | b"domestic"
            | b"fellow"
            | b"female"
            | b"male"
            | b"adult"
            | b"teenage"
            | b"civilian"
            | b"top-level"
            | b"average"
            | b"typical"
            | b"estimated"
            | b"additional"
            | b"remaining"
            | b"existing"
    ) || (l.ends_with(b"ly") && is_ly_adjective(l))
    {
        return true;
    }
    const SUFFIXES: [&[u8]; 14] = [
        b"al", b"ive", b"ous", b"ic", b"ful", b"less", b"able", b"ible", b"ish", b"ed", b"ing",
        b"ern", b"ary", b"est",
    ];
    l.len() > 4 && SUFFIXES.iter().any(|s| l.ends_with(s))
}

/// Nouns plural in form that modify another noun as they are: "23 Grand
/// Slam singles titles", "clothes factories", "arms sales", "sales
/// figures". The plural after them is the head.
pub(crate) fn is_plural_modifier(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"singles"
            | b"doubles"
            | b"clothes"
            | b"arms"
            | b"sales"
            | b"savings"
            | b"sports"
            | b"goods"
            | b"customs"
            | b"news"
            | b"earnings"
            | b"communications"
            | b"economics"
            | b"athletics"
            | b"electronics"
    )
}

/// Plural nouns that do not end in "s", and the compounds of "men",
/// "women", "children" and "people" ("policemen", "grandchildren",
/// "townspeople"; not "specimen", "abdomen").
pub(crate) fn is_irregular_plural(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"people"
            | b"children"
            | b"men"
            | b"women"
            | b"police"
            | b"personnel"
            | b"staff"
            | b"cattle"
            | b"sheep"
            | b"fish"
            | b"deer"
            | b"feet"
            | b"teeth"
            | b"mice"
            | b"geese"
            | b"troops"
            | b"livestock"
            | b"crew"
            | b"youth"
    ) || l.ends_with(b"children")
        || l.ends_with(b"women")
        || l.ends_with(b"people")
        || (l.len() >= 6
            && l.ends_with(b"men")
            && !matches!(
                l,
                b"specimen"
                    | b"abdomen"
                    | b"regimen"
                    | b"acumen"
                    | b"albumen"
                    | b"bitumen"
                    | b"cyclamen"
                    | b"dolmen"
                    | b"stamen"
                    | b"foramen"
                    | b"gravamen"
                    | b"tegmen"
            ))
}

/// Words after which a bare 4-digit number is a year ("in 2003").
pub(crate) fn is_year_prep(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"in"
            | b"since"
            | b"by"
            | b"until"
            | b"till"
            | b"from"
            | b"during"
            | b"before"
            | b"after"
            | b"between"
            | b"early"
            | b"late"
            | b"mid"
            | b"circa"
            | b"year"
            | b"of"
            | b"through"
            | b"throughout"
            | b"and"
            | b"or"
            | b"to"
            | b"spring"
            | b"summer"
            | b"autumn"
            | b"winter"
            | b"fall"
            | b"fiscal"
            | b"season"
            | b"election"
            | b"census"
            | b"around"
            | b"about"
            | b"as"
    )
}

/// Nouns a number after names as a label, not an amount: "section 4.2",
/// "article 50", "page 12", "room 101", "flight 370", "version 3.1". (A count
/// of them comes before the noun: "12 pages".)
pub(crate) fn is_label_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"section"
            | b"chapter"
            | b"article"
            | b"clause"
            | b"paragraph"
            | b"page"
            | b"appendix"
            | b"annex"
            | b"room"
            | b"platform"
            | b"gate"
            | b"route"
            | b"flight"
            | b"exit"
            | b"junction"
            | b"verse"
            | b"episode"
            | b"volume"
            | b"amendment"
            | b"version"
    ) || loose_label(l)
}

/// Label nouns that name an amount's level or place as often ("a level
/// 15% below its peak", "the first step 150 countries took", "level 1-1
/// at half-time"): [`is_label_noun`]s only where nothing says otherwise
/// ("rule 10.2b", "level 5 of the league", "phase 3 trial").
pub(crate) fn is_loose_label(w: &str) -> bool {
    let mut buf = [0u8; 24];
    lower(w, &mut buf).is_some_and(loose_label)
}

/// [`is_loose_label`] of a word already lower-cased.
fn loose_label(l: &[u8]) -> bool {
    matches!(
        l,
        b"rule"
            | b"part"
            | b"phase"
            | b"step"
            | b"item"
            | b"exhibit"
            | b"schedule"
            | b"subsection"
            | b"block"
            | b"zone"
            | b"level"
            // "type 2 diabetes", "stage 4 cancer", "after round 2", "tier
            // 3 restrictions", "grade 2 listed": a kind's or a step's number.
            | b"type"
            | b"stage"
            | b"round"
            | b"tier"
            | b"grade"
    )
}

/// Words that make "pounds" a sum of money when they come shortly before
/// the number ("paid 5 pounds", "a fine of 200 pounds", "costs 3 pounds"):
/// verbs and nouns of paying, owing, earning and pricing. Weight has none
/// of these ("weighs 5 pounds", "lost 20 pounds").
pub(crate) fn is_money_word(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"pay"
            | b"pays"
            | b"paid"
            | b"paying"
            | b"cost"
            | b"costs"
            | b"costing"
            | b"owe"
            | b"owes"
            | b"owed"
            | b"owing"
            | b"worth"
            | b"spend"
            | b"spends"
            | b"spent"
            | b"earn"
            | b"earns"
            | b"earned"
            | b"earning"
            | b"raise"
            | b"raised"
            | b"charge"
            | b"charged"
            | b"charges"
            | b"fine"
            | b"fined"
            | b"price"
            | b"priced"
            | b"sold"
            | b"bought"
            | b"salary"
            | b"wage"
            | b"wages"
            | b"donated"
            | b"donate"
            | b"fee"
            | b"fees"
            | b"rent"
            | b"budget"
            | b"bill"
            | b"compensation"
            | b"award"
            | b"awarded"
            | b"prize"
            // A firm's accounts: "a profit of 12 m", "revenue rose to
            // 3.2 m", "turnover of 30 pounds a week".
            | b"profit"
            | b"profits"
            | b"revenue"
            | b"revenues"
            | b"turnover"
            | b"earnings"
            | b"income"
            | b"deficit"
            | b"debt"
            | b"debts"
            | b"valuation"
    )
}

/// A noun for a body that earns or loses money: "The company lost 500 m".
pub(crate) fn is_earner(w: &str) -> bool {
    [
        "company", "firm", "bank", "group", "business", "airline", "carrier", "retailer",
        "insurer", "maker", "fund", "club", "lender", "giant", "chain", "operator", "shares",
    ]
    .iter()
    .any(|e| w.eq_ignore_ascii_case(e))
}

/// Verbs and nouns of a result that may be money, weight or length:
/// "lost 500 m last year" (a firm's loss, or a glacier's ice), "made 2 m",
/// "a loss of 30 pounds". Money only where money is named near.
pub(crate) fn is_result_word(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"lost"
            | b"lose"
            | b"loses"
            | b"losing"
            | b"loss"
            | b"losses"
            | b"made"
            | b"make"
            | b"makes"
            | b"making"
    )
}

/// Past tenses not in -ed, which end a noun phrase as its verb: "One girl
/// wrote", "one dog bit him", "one man fell". (Forms shared with a noun,
/// "saw", "lay", "fit", are left out.)
pub(crate) fn is_past_form(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"said"
            | b"told"
            | b"came"
            | b"went"
            | b"took"
            | b"gave"
            | b"got"
            | b"made"
            | b"found"
            | b"left"
            | b"lost"
            | b"won"
            | b"hit"
            | b"bit"
            | b"put"
            | b"shot"
            | b"held"
            | b"kept"
            | b"led"
            | b"met"
            | b"ran"
            | b"sat"
            | b"stood"
            | b"fell"
            | b"rose"
            | b"grew"
            | b"knew"
            | b"thought"
            | b"brought"
            | b"bought"
            | b"sold"
            | b"caught"
            | b"fought"
            | b"taught"
            | b"felt"
            | b"heard"
            | b"meant"
            | b"paid"
            | b"sent"
            | b"spent"
            | b"built"
            | b"broke"
            | b"spoke"
            | b"drove"
            | b"flew"
            | b"wrote"
            | b"threw"
            | b"began"
            | b"became"
            | b"struck"
            | b"stole"
            | b"hid"
            | b"fled"
            | b"chose"
            | b"froze"
            | b"sank"
            | b"swam"
            | b"ate"
            | b"drank"
            | b"wore"
            | b"tore"
            | b"shook"
            | b"forgot"
            | b"woke"
            | b"blew"
            | b"drew"
            | b"slept"
            | b"wept"
            | b"rode"
            | b"sought"
            | b"withdrew"
    )
}

/// Words after which a month or weekday is a date ("in September").
pub(crate) fn is_date_prep(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"in"
            | b"on"
            | b"since"
            | b"until"
            | b"till"
            | b"by"
            | b"last"
            | b"next"
            | b"early"
            | b"late"
            | b"mid"
            | b"during"
            | b"before"
            | b"after"
            | b"from"
            | b"through"
            | b"this"
            | b"of"
            | b"between"
            | b"and"
            | b"to"
            | b"or"
            | b"that"
            | b"every"
            | b"each"
            | b"past"
            | b"coming"
    )
}

/// Verbs of change: "rose from 4% to 5%" is two figures, not a range.
pub(crate) fn is_change_verb(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"rose"
            | b"risen"
            | b"rise"
            | b"rises"
            | b"rising"
            | b"fell"
            | b"fall"
            | b"falls"
            | b"fallen"
            | b"falling"
            | b"increased"
            | b"increase"
            | b"increases"
            | b"increasing"
            | b"decreased"
            | b"decrease"
            | b"decreasing"
            | b"grew"
            | b"grow"
            | b"grown"
            | b"growing"
            | b"dropped"
            | b"drop"
            | b"drops"
            | b"dropping"
            | b"climbed"
            | b"climb"
            | b"jumped"
            | b"jump"
            | b"cut"
            | b"cuts"
            | b"raised"
            | b"raise"
            | b"raises"
            | b"raising"
            | b"lift"
            | b"lifts"
            | b"lifted"
            | b"lifting"
            | b"reduce"
            | b"reduces"
            | b"reducing"
            | b"lowered"
            | b"slashed"
            | b"doubled"
            | b"double"
            | b"halve"
            | b"halved"
            | b"triple"
            | b"treble"
            | b"tripled"
            | b"surged"
            | b"soared"
            | b"plunged"
            | b"slipped"
            | b"declined"
            | b"decline"
            | b"went"
            | b"moved"
            | b"shrank"
            | b"reduced"
            | b"boosted"
            | b"changed"
            | b"up"
            | b"down"
            | b"tumbled"
            | b"edged"
    )
}

/// A verb that spans values rather than moves them: "ranged from", "varies
/// between". Its ends may be given in either order ("ranged from -18C to
/// -34C" is one range, -34 to -18).
pub(crate) fn is_range_verb(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"range"
            | b"ranges"
            | b"ranged"
            | b"ranging"
            | b"vary"
            | b"varies"
            | b"varied"
            | b"varying"
    )
}

/// Determiners and similar words before a word ordinal ("the fourth arm").
pub(crate) fn is_ordinal_det(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"the"
            | b"a"
            | b"an"
            | b"its"
            | b"his"
            | b"her"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"this"
            | b"that"
            | b"each"
            | b"every"
            | b"whose"
    )
}

/// Adjectives and adverbs of extent that mark a glued "m" as metres:
/// "20m deep", "a 100m-long ship", "20m below the surface".
pub(crate) fn is_measure_adjective(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"tall"
            | b"high"
            | b"long"
            | b"wide"
            | b"deep"
            | b"thick"
            | b"away"
            | b"apart"
            | b"across"
            | b"below"
            | b"above"
            | b"underground"
            | b"underwater"
            | b"offshore"
            | b"farther"
            | b"further"
            | b"square"
            | b"sq"
    )
}

/// Words of a race after its distance ("the 400m hurdles", "100m
/// breaststroke", "the 800m champion"): a glued "m" is metres there.
pub(crate) fn is_race_word(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"hurdles"
            | b"freestyle"
            | b"breaststroke"
            | b"backstroke"
            | b"butterfly"
            | b"medley"
            | b"relay"
            | b"steeplechase"
            | b"sprint"
            | b"dash"
            | b"race"
            | b"final"
            | b"heats"
            | b"semi-final"
            | b"champion"
            | b"title"
            | b"gold"
            | b"silver"
            | b"bronze"
    )
}

/// Words of going or racing before "over" a distance ("the fastest man
/// over 200m", "unbeaten over 100m", "the race is run over 10km"): the
/// distance is the course, and "over" no bound.
pub(crate) fn is_course_word(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"fastest"
            | b"quickest"
            | b"slowest"
            | b"unbeaten"
            | b"run"
            | b"ran"
            | b"runs"
            | b"raced"
            | b"races"
            | b"swum"
            | b"swam"
            | b"covers"
            | b"covered"
            | b"cover"
    )
}

/// Nouns naming a dimension: "5m in diameter", "a height of 1.85m".
pub(crate) fn is_dimension_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"height"
            | b"depth"
            | b"length"
            | b"width"
            | b"diameter"
            | b"radius"
            | b"circumference"
            | b"altitude"
            | b"elevation"
            | b"wingspan"
            | b"distance"
    )
}

/// Nouns of the parts a building, vehicle or course is sized by: after a
/// number and before the noun that has them, the number counts these ("a 3
/// bedroom house", "2-3 bedroom flats", "a 500 bed hospital", "an 18 hole
/// course"), as in the hyphenated "3-bedroom".
pub(crate) fn is_part_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"bedroom"
            | b"bathroom"
            | b"bed"
            | b"room"
            | b"storey"
            | b"story"
            | b"door"
            | b"seat"
            | b"hole"
            | b"berth"
            | b"cylinder"
            | b"wheel"
    )
}

/// Nouns and verbs of measuring: a glued "m" shortly after one is metres
/// ("a height of 20m", "measuring 20m", "the 100m sprint").
pub(crate) fn is_measure_context(w: &str) -> bool {
    if is_dimension_noun(w) {
        return true;
    }
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"measuring"
            | b"measures"
            | b"measured"
            | b"tall"
            | b"deep"
            | b"wide"
            | b"long"
            | b"high"
            | b"sprint"
            | b"swim"
            | b"swam"
            | b"ran"
            | b"dived"
    )
}

/// Slang names of a currency, read as money only in lower case: "5
/// bucks", "20 quid" (but "the Bucks", a team).
pub(crate) fn is_slang_currency(w: &str) -> bool {
    w.eq_ignore_ascii_case("bucks") || w.eq_ignore_ascii_case("quid")
}

/// Nouns naming a ranking: a plain number "on the index" is a rank.
pub(crate) fn is_ranking_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"index"
            | b"ranking"
            | b"rankings"
            | b"rank"
            | b"league"
            | b"table"
            | b"chart"
            | b"charts"
            | b"list"
            | b"leaderboard"
            | b"standings"
    )
}

/// Singular nouns for a person, whose age news gives set off by commas:
/// "The boy, 14, was taken", "her son, 3,", "The senator, 81, said".
pub(crate) fn is_person_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"man"
            | b"woman"
            | b"boy"
            | b"girl"
            | b"teenager"
            | b"teen"
            | b"youth"
            | b"child"
            | b"baby"
            | b"toddler"
            | b"son"
            | b"daughter"
            | b"mother"
            | b"father"
            | b"mum"
            | b"dad"
            | b"wife"
            | b"husband"
            | b"brother"
            | b"sister"
            | b"grandmother"
            | b"grandfather"
            | b"grandson"
            | b"granddaughter"
            | b"partner"
            | b"girlfriend"
            | b"boyfriend"
            | b"widow"
            | b"pensioner"
            | b"suspect"
            | b"victim"
            | b"defendant"
            | b"driver"
            | b"passenger"
            | b"pedestrian"
            | b"cyclist"
            | b"motorcyclist"
            | b"actor"
            | b"actress"
            | b"singer"
            | b"rapper"
            | b"star"
            | b"player"
            | b"striker"
            | b"senator"
            | b"congressman"
            | b"congresswoman"
            | b"president"
            | b"founder"
            | b"officer"
            | b"soldier"
            | b"student"
            | b"pupil"
            | b"resident"
            | b"mayor"
    )
}

/// A plural noun: "-s" but not "-ss", "-us", "-is" ("crisis", "census"),
/// or an irregular plural ("people", "police").
///
/// Of a phrase, its last word. That is found by a plain byte loop: the
/// words are short, and a `str` searcher (`rsplit`) costs more to set up
/// than to run.
pub(crate) fn is_plural(w: &str) -> bool {
    let w = match w.bytes().rposition(|b| b == b' ') {
        Some(space) => &w[space + 1..],
        None => w,
    };
    let b = w.as_bytes();
    let s = b.last().is_some_and(|c| c.eq_ignore_ascii_case(&b's'));
    if s {
        let prev = b.len().checked_sub(2).map(|p| b[p].to_ascii_lowercase());
        return !matches!(prev, Some(b's' | b'u' | b'i'));
    }
    is_irregular_plural(w)
}

/// Nouns that "one" introduces as the article "a" rather than as a count:
/// "in one case", "one statistic is", "one analyst said".
pub(crate) fn is_discourse_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"case"
            | b"instance"
            | b"example"
            | b"statistic"
            | b"estimate"
            | b"study"
            | b"survey"
            | b"report"
            | b"reason"
            | b"explanation"
            | b"theory"
            | b"possibility"
            | b"option"
            | b"idea"
            | b"problem"
            | b"issue"
            | b"question"
            | b"answer"
            | b"sign"
            | b"factor"
            | b"aspect"
            | b"source"
            | b"analyst"
            | b"expert"
            | b"official"
            | b"observer"
            | b"commentator"
            | b"critic"
            | b"resident"
            | b"witness"
            | b"insider"
            | b"respect"
            | b"sense"
            | b"view"
            | b"stage"
            | b"occasion"
            | b"moment"
    )
}

/// Words that point a time noun at now: "last week", "next month", "this
/// morning", "every day", "the past year".
pub(crate) fn is_time_deictic(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"last" | b"next" | b"this" | b"every" | b"each" | b"past" | b"coming"
    )
}

/// Nouns of a stretch or point of time that no unit lexicon holds: parts
/// of the day, the week's end, seasons ("last night", "this autumn").
pub(crate) fn is_time_noun(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"night"
            | b"morning"
            | b"afternoon"
            | b"evening"
            | b"weekend"
            | b"season"
            | b"spring"
            | b"summer"
            | b"autumn"
            | b"winter"
            | b"fall"
            | b"term"
            | b"quarter"
            | b"time"
    )
}

#[cfg(test)]
mod tests {
    use super::lower;

    /// [`lower`] as it was: a byte loop.
    fn lower_plain(w: &str) -> Option<Vec<u8>> {
        let b = w.as_bytes();
        (b.len() <= 24 && b.is_ascii()).then(|| b.to_ascii_lowercase())
    }

    #[test]
    fn lower_matches_the_byte_loop() {
        let mut words: Vec<String> = vec![
            String::new(),
            "a".into(),
            "Of".into(),
            "THE".into(),
            "Said".into(),
            "AbCdEfGh".into(),
            "abcdefghi".into(),
            "ABCDEFGHIJKLMNOP".into(),
            "ABCDEFGHIJKLMNOPQ".into(),
            "@[`{ AZaz".into(),
            "o'clock".into(),
            "Caf\u{e9}".into(),
            "na\u{ef}ve-ish words".into(),
            "x".repeat(24),
            "X".repeat(25),
        ];
        // Every length up to 17, every ASCII byte at every position.
        for n in 1..=17 {
            for c in 0u8..128 {
                for p in 0..n {
                    let mut w = vec![b'K'; n];
                    w[p] = c;
                    words.push(String::from_utf8(w).unwrap());
                }
            }
        }
        for w in &words {
            let mut buf = [0u8; 24];
            assert_eq!(
                lower(w, &mut buf).map(<[u8]>::to_vec),
                lower_plain(w),
                "{w:?}"
            );
        }
    }
}
