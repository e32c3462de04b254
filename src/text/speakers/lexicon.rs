//! Word tables and a small tokenizer shared by quotes and speakers.
//!
//! The tables are hash sets with [`FxHasher`]: their keys are short words,
//! for which the standard SipHash costs more than the lookup itself.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::text::Span;

/// The FxHash function (as in rustc): one rotate, xor and multiply per
/// eight bytes. Not resistant to chosen collisions, which word tables built
/// from fixed lists and per-article name indexes do not need.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The rest, zero-padded (read without a copy).
            self.add(pack8(rest));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
/// A hash set keyed by short words or offsets.
pub(crate) type FxSet<K> = HashSet<K, FxBuild>;
/// A hash map keyed by short words or offsets.
pub(crate) type FxMap<K, V> = HashMap<K, V, FxBuild>;

/// A fixed table of words.
pub(crate) type WordSet = FxSet<&'static str>;

fn set(words: &'static str) -> WordSet {
    words.split_whitespace().collect()
}

/// A word table: one bit of [`classes_of`], kept on every token
/// ([`Tok::is`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordClass(pub(crate) u32);

/// Finite reporting verbs.
pub(crate) const CUES: WordClass = WordClass(1 << 0);
const CUES_WORDS: &str = "said says say told tells tell asked asks added adds argued argues argue insisted insists \
         insist warned warns warn explained explains noted notes stressed stresses wrote writes \
         tweeted tweets declared declares claimed claims claim replied replies confirmed confirms \
         confirm demanded demands demand suggested suggests suggest urged urges urge announced \
         announces announce denied denies deny countered counters counter acknowledged \
         acknowledges admitted admits maintained maintains stated reported predicted promised \
         pledged vowed conceded alleged alleges allege observed recalled remarked commented responded \
         answered cautioned complained boasted emphasised emphasized emphasises emphasizes \
         repeated revealed disclosed testified continued asserted asserts contended contends \
         concluded believes believe acknowledge admit continues shouted exclaimed yelled chanted \
         whispered concludes recalls responds cautions complains boasts reveals discloses \
         predicts pledges vows concedes observes repeats testifies remarks comments answers \
         promises reiterated reiterates recounted recounts";

/// Bare forms that are nouns as often as verbs: they need a clear subject
/// and something after them.
pub(crate) const WEAK_CUES: WordClass = WordClass(1 << 1);
const WEAK_CUES_WORDS: &str = "say tell argue insist warn claim claims confirm demand demands suggest urge announce allege \
         deny counter notes reports acknowledge admit continued concluded believes believe observed \
         answered repeated remarks comments answers promises";

pub(crate) const ING_CUES: WordClass = WordClass(1 << 2);
const ING_CUES_WORDS: &str = "saying confirming claiming insisting warning arguing adding noting stressing \
         suggesting urging announcing denying demanding declaring explaining telling asserting \
         acknowledging admitting maintaining";

/// Capitalised words that are not names (sentence starts, days, months ...).
pub(crate) const STOP: WordClass = WordClass(1 << 3);
const STOP_WORDS: &str = "the a an but and or nor as in on at for with if when while this that these those it \
         its he she they we i you his her their our my your separately however meanwhile also \
         after before since although though because so then there here what who whom whose \
         which where why how many some most all both each every no not yet still even only just \
         now today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday \
         january february march april june july august september october november december to \
         from by of up about under over into than like more less one two three four five six \
         seven eight nine ten last next first according despite until unless whether instead \
         indeed further moreover nevertheless nonetheless once several few other another such \
         earlier later thus do does did is are was were has have had will would can could \
         should might must let please yes among amid against during without within \
         through across around near between behind beyond toward towards upon \
         asked speaking writing then tonight already often sometimes perhaps maybe always \
         usually";

/// Titles and roles written in front of a name.
pub(crate) const TITLES: WordClass = WordClass(1 << 4);
const TITLES_WORDS: &str = "president vice prime minister secretary chancellor senator sen. rep. representative \
         gov. governor mayor ambassador king queen prince princess pope general gen. col. \
         colonel lt. lieutenant major captain capt. admiral sergeant sgt. dr. dr mr. mr mrs. mrs \
         ms. ms miss sir dame lord lady chief executive director chairman chairwoman chair \
         spokesman spokeswoman spokesperson judge justice commissioner leader deputy foreign \
         defense defence interior finance attorney sheikh ayatollah archbishop bishop rev. \
         reverend professor prof. emir crown premier envoy councillor councilman congressman \
         congresswoman speaker coach manager officer head strongman ceo cfo founder editor \
         minister president-elect mp mep detective inspector superintendent constable \
         prosecutor councilwoman councilmember assemblyman assemblywoman assemblymember \
         alderman alderwoman rabbi imam pastor sheriff marshal cardinal comptroller treasurer \
         maj. brig. adm. cmdr. cpl. pvt. det. supt. insp. \
         sgt prof insp supt det rev revd cllr lt col capt maj brig cpl pte dci fr";

/// Nationality and party words that precede a name or title.
pub(crate) const NATIONAL: WordClass = WordClass(1 << 5);
const NATIONAL_WORDS: &str = "u.s. us uk u.k. u.n. american russian iraqi iranian syrian british french german \
         chinese israeli palestinian turkish saudi egyptian afghan pakistani indian japanese \
         korean ukrainian european brazilian mexican canadian australian italian spanish dutch \
         greek polish swedish irish scottish welsh english kurdish lebanese jordanian libyan \
         yemeni qatari emirati republican democratic democrat labour conservative tory \
         argentine argentinian peruvian bolivian venezuelan colombian chilean cuban nigerian \
         kenyan";

/// Words that make a capitalised run an organisation or place; a run is
/// also cut after one of them when more capitalised words follow.
pub(crate) const ORG: WordClass = WordClass(1 << 6);
const ORG_WORDS: &str = "nations states news times post journal assembly council ministry department party \
         union bank agency group company corporation corp. inc. ltd university college \
         institute committee commission court army forces force front state government \
         organization organisation association federation foundation fund office house senate \
         congress parliament guard police service press network radio television tv channel \
         magazine club league church hospital school centre center authority board county city \
         republic kingdom emirates coalition alliance brigade observatory reuters afp ap bbc cnn \
         cbs abc nbc fox minutes street airport station watch international";

/// Org words after which a run is cut when more capitalised words follow.
pub(crate) const ORG_END: WordClass = WordClass(1 << 7);
const ORG_END_WORDS: &str = "nations states news assembly council ministry department party union agency times \
         post journal committee commission court parliament senate congress office observatory \
         reuters afp ap bbc cnn";

/// First words that make a two-word run a place or body, not a person.
pub(crate) const NOT_FIRST: WordClass = WordClass(1 << 8);
const NOT_FIRST_WORDS: &str = "united new islamic north south east west saudi hong los san las wall white european \
         middle great sri human amnesty world international national federal royal central \
         greater upper lower old sunni shiite arab western eastern northern southern al-qaida \
         african asian latin gulf persian red black dead golden silicon downing capitol \
         pentagon kremlin";

/// Name particles (lower-case parts of names).
pub(crate) const PARTICLES: WordClass = WordClass(1 << 9);
const PARTICLES_WORDS: &str = "al bin ibn de da van von der den la le du del della di dos das ben";

/// Lower-case heads of a speaking group or body.
pub(crate) const GROUP_NOUNS: WordClass = WordClass(1 << 10);
const GROUP_NOUNS_WORDS: &str = "people officials official ministry spokesman spokeswoman spokesperson government police \
         analysts analyst experts expert sources source diplomats diplomat powers allies critics \
         report statement study survey researchers scientists residents witnesses activists \
         protesters authorities company firm group army military prosecutors prosecutor \
         lawyers lawyer observers leaders leader minister president campaigners commentators \
         economists investors bank agency department committee council court doctors \
         organisers organizers officers commander commanders regime rebels militants insurgents \
         opposition aides aide supporters opponents spokesmen members member teenager students \
         student document memo letter website newspaper reporters journalists family families \
         relatives parents union unions charity administration embassy regulator watchdog \
         airline hospital party team staff workers employees investigators detectives \
         rescuers locals villagers prosecution cabinet club organisation organization \
         negotiators teachers nurses farmers voters commission university board authority \
         league federation association coalition network city state county school district \
         province campaign media trust tribunal panel museum retailer insurer broadcaster \
         lender carmaker automaker supermarket inquiry inquest review investigation jury";

/// Lower-case words that may stand in front of a group noun.
pub(crate) const GROUP_ADJ: WordClass = WordClass(1 << 11);
const GROUP_ADJ_WORDS: &str = "senior top local western foreign military government police security other some many \
         several two three four five most few defence defense interior health justice state \
         federal regional official independent unnamed anonymous opposition rebel army \
         intelligence";

pub(crate) const DETS: WordClass = WordClass(1 << 12);
const DETS_WORDS: &str = "the a an its their his her our this these those one";

/// Auxiliaries and adverbs between a subject and its reporting verb.
pub(crate) const AUX: WordClass = WordClass(1 << 13);
const AUX_WORDS: &str = "has have had also later previously repeatedly again then reportedly recently once just \
         already earlier has since further publicly privately separately last often long \
         himself herself itself themselves however";

pub(crate) const PASSIVE: WordClass = WordClass(1 << 14);
const PASSIVE_WORDS: &str = "is are was were be been being am 's to";

pub(crate) const SUBORD: WordClass = WordClass(1 << 15);
const SUBORD_WORDS: &str = "and as when while but that because after before if although though since so where \
         then whereas once until yet";

pub(crate) const PREP: WordClass = WordClass(1 << 16);
const PREP_WORDS: &str = "with to of by for from at against on in into about between among under over \
         without met meet meets meeting counterpart than like toward towards via";

/// Words that introduce a title in quotation marks.
pub(crate) const TITLE_TRIGGERS: WordClass = WordClass(1 << 17);
const TITLE_TRIGGERS_WORDS: &str = "show programme program book film movie song album report titled entitled called \
         series novel play documentary newspaper magazine column podcast episode poem opera \
         musical single exhibition campaign study paper hit track memoir memoirs autobiography \
         biography";

/// `according` (of `according to`): on a table of its own so that a test
/// of a token's bits tells a cue word, as the attribution scan asks of
/// every token, without a string comparison.
pub(crate) const ACCORDING: WordClass = WordClass(1 << 20);
const ACCORDING_WORDS: &str = "according";

/// Lower-case nouns for a person by trade, role or relation: the head of a
/// description that stands for a speaker (`says the University of Warsaw
/// biologist`, `The scientist ... says`). A description whose head is on no
/// table is a thing or a body, never `he` or `she`.
pub(crate) const PERSON_NOUNS: WordClass = WordClass(1 << 21);
const PERSON_NOUNS_WORDS: &str = "scientist biologist ecologist zoologist geologist psychologist rival opponent \
         sociologist economist researcher professor academic expert analyst author writer \
         novelist poet journalist reporter editor photographer artist musician singer actor \
         actress director producer designer architect engineer doctor physician surgeon nurse \
         dentist vet teacher lecturer student pupil lawyer attorney barrister solicitor judge \
         officer detective policeman policewoman soldier farmer fisherman shepherd chef cook \
         owner founder co-founder entrepreneur businessman businesswoman manager boss worker \
         employee activist campaigner volunteer resident villager mother father mum dad wife \
         husband son daughter brother sister grandmother grandfather widow widower woman man \
         boy girl teenager priest imam rabbi pastor vicar monk nun historian archaeologist \
         curator ranger coach player athlete runner climber pilot driver spokesman \
         spokeswoman spokesperson minister president mayor governor senator chairman \
         chairwoman chief executive diplomat ambassador commander general prosecutor \
         presenter host star comedian filmmaker inventor developer consultant adviser \
         advisor psychiatrist therapist counsellor counselor scholar physicist chemist \
         mathematician astronomer astronaut explorer adventurer waiter waitress bartender \
         shopkeeper hairdresser cleaner builder carpenter plumber electrician mechanic \
         guard landlord landlady tenant neighbour neighbor survivor victim witness person \
         veteran nominee candidate politician lawmaker mp councillor blogger \
         illustrator lyricist composer guitarist drummer dancer choreographer biographer \
         retiree pensioner pioneer mate friend colleague girlfriend boyfriend fiance \
         fiancee cousin uncle aunt nephew niece grandson granddaughter classmate flatmate \
         roommate chancellor secretary premier envoy commissioner sheriff councilman \
         critic cleric medic paramedic \
         councilwoman congressman congresswoman legislator assemblyman assemblywoman \
         king queen prince princess pope emperor empress monarch duke duchess";

/// Verbs that frame a partial quote as their subject's words without
/// reporting a statement: `Smith called the deal “a disaster”`, `described
/// it as “...”`, `accused them of “...”`. They give a partial quote its
/// speaker, never a sentence its attribution.
pub(crate) const FRAMING: WordClass = WordClass(1 << 22);
const FRAMING_WORDS: &str = "called calls branded brands labelled labeled labels dubbed dubs \
         termed described describes hailed hails praised praises condemned condemns criticised \
         criticized criticises criticizes dismissed dismisses accused accuses denounced \
         denounces slammed slams blasted blasts lambasted lambasts decried decries \
         characterised characterized characterises characterizes welcomed welcomes mocked \
         mocks ridiculed ridicules derided derides";

/// Verbs of finding: what a study, an inquiry or a person found is theirs
/// to answer for, as what they said is, when a `that` clause says it (`A
/// UN report found that 828 million people went hungry`).
pub(crate) const FINDINGS: WordClass = WordClass(1 << 23);
/// (Not `rules`, `forecasts`, `estimates`: as often nouns before a
/// relative `that` (`EU rules that ban smoking`, `official estimates that
/// 3,000 died`), which no test of the subject tells from a verb's.)
const FINDINGS_WORDS: &str = "found finds showed shows ruled forecast estimated";

/// Verbs of speaking that report a quote right beside them (`“...,” he
/// joked`, `his mother pleaded: “...”`) but, on their own, as often report
/// no statement (`posted a loss`, `agreed to pay`, `texted a friend`):
/// cues of a direct quote, never of an attribution.
pub(crate) const QUOTE_CUES: WordClass = WordClass(1 << 24);
const QUOTE_CUES_WORDS: &str = "pleaded pleads begged begs posted posts lamented laments joked jokes \
         quipped quips agreed agrees texted emailed e-mailed retorted retorts snapped scoffed \
         mused muses sighed sighs gushed gushes interjected marvelled marveled wondered \
         wonders protested grumbled grumbles";

/// The tables of the words that may start an attribution: the cues, the
/// verbs of finding and `according` (to).
pub(crate) const CUE_LIKE: u32 = CUES.0 | ING_CUES.0 | ACCORDING.0 | FINDINGS.0;

/// Every word table with its words (the first names on several lists).
const TABLES: [(WordClass, &str); 39] = [
    (CUES, CUES_WORDS),
    (FINDINGS, FINDINGS_WORDS),
    (WEAK_CUES, WEAK_CUES_WORDS),
    (ING_CUES, ING_CUES_WORDS),
    (STOP, STOP_WORDS),
    (TITLES, TITLES_WORDS),
    (NATIONAL, NATIONAL_WORDS),
    (ORG, ORG_WORDS),
    (ORG_END, ORG_END_WORDS),
    (NOT_FIRST, NOT_FIRST_WORDS),
    (PARTICLES, PARTICLES_WORDS),
    (GROUP_NOUNS, GROUP_NOUNS_WORDS),
    (GROUP_ADJ, GROUP_ADJ_WORDS),
    (DETS, DETS_WORDS),
    (AUX, AUX_WORDS),
    (PASSIVE, PASSIVE_WORDS),
    (SUBORD, SUBORD_WORDS),
    (PREP, PREP_WORDS),
    (TITLE_TRIGGERS, TITLE_TRIGGERS_WORDS),
    (MALE_NAMES, MALE_NAMES_EN),
    (MALE_NAMES, MALE_NAMES_WESTERN),
    (MALE_NAMES, MALE_NAMES_IBERIAN),
    (MALE_NAMES, MALE_NAMES_EASTERN),
    (MALE_NAMES, MALE_NAMES_MIDDLE_EAST),
    (MALE_NAMES, MALE_NAMES_SOUTH_ASIAN),
    (MALE_NAMES, MALE_NAMES_AFRICAN),
    (MALE_NAMES, MALE_NAMES_EAST_ASIAN),
    (FEMALE_NAMES, FEMALE_NAMES_EN),
    (FEMALE_NAMES, FEMALE_NAMES_WESTERN),
    (FEMALE_NAMES, FEMALE_NAMES_IBERIAN),
    (FEMALE_NAMES, FEMALE_NAMES_EASTERN),
    (FEMALE_NAMES, FEMALE_NAMES_MIDDLE_EAST),
    (FEMALE_NAMES, FEMALE_NAMES_SOUTH_ASIAN),
    (FEMALE_NAMES, FEMALE_NAMES_AFRICAN),
    (FEMALE_NAMES, FEMALE_NAMES_EAST_ASIAN),
    (ACCORDING, ACCORDING_WORDS),
    (PERSON_NOUNS, PERSON_NOUNS_WORDS),
    (FRAMING, FRAMING_WORDS),
    (QUOTE_CUES, QUOTE_CUES_WORDS),
];

/// Every word of the tables with the tables it is on, as bits, in arrays
/// the compiler fills ([`WordBits::put`]): nothing is built at run time,
/// where the CLI would build them for every article (for a short article
/// that was as much work as finding its quotes and speakers).
static CLASSES: WordBits = WordBits {
    slots: &CLASS_SLOTS,
    shift: 64 - CLASS_SLOT_COUNT.trailing_zeros(),
    longest: CLASS_LONGEST,
    short: &CLASS_SHORT,
};

/// The words of [`TABLES`] (a word on several tables once for each), as
/// `str::split_ascii_whitespace` gives them (a word may have non-ASCII
/// letters, whose bytes are never ASCII white space), with the bits of
/// their table: an iterator the compiler can run.
struct ListWords {
    /// The table, and the byte of its list, the next word is looked for at.
    table: usize,
    at: usize,
}

impl ListWords {
    const fn new() -> Self {
        ListWords { table: 0, at: 0 }
    }

    const fn next(&mut self) -> Option<(&'static [u8], u32)> {
        while self.table < TABLES.len() {
            let (class, list) = TABLES[self.table];
            let b = list.as_bytes();
            while self.at < b.len() && b[self.at].is_ascii_whitespace() {
                self.at += 1;
            }
            let start = self.at;
            while self.at < b.len() && !b[self.at].is_ascii_whitespace() {
                self.at += 1;
            }
            if self.at > start {
                return Some((b.split_at(self.at).0.split_at(start).1, class.0));
            }
            self.table += 1;
            self.at = 0;
        }
        None
    }
}

/// How many words [`ListWords`] gives, and the longest one's length.
const CLASS_WORDS: (usize, usize) = {
    let (mut n, mut longest) = (0, 0);
    let mut words = ListWords::new();
    while let Some((w, _)) = words.next() {
        n += 1;
        if w.len() > longest {
            longest = w.len();
        }
    }
    assert!(
        longest <= PACKED,
        "a listed word longer than WordBits packs"
    );
    (n, longest)
};
const CLASS_LONGEST: usize = CLASS_WORDS.1;
/// [`WordBits::slots`] of the shipped tables: at most a third full, so that
/// probes stay short.
const CLASS_SLOT_COUNT: usize = slot_count(CLASS_WORDS.0);

/// The tables of [`CLASSES`], filled from [`ListWords`].
const CLASS_TABLES: ([Slot; CLASS_SLOT_COUNT], [ShortSlot; SHORT_SLOTS]) = {
    let mut slots = [EMPTY_SLOT; CLASS_SLOT_COUNT];
    let mut short = [(0, 0); SHORT_SLOTS];
    let mut short_words = 0;
    let mut words = ListWords::new();
    while let Some((w, v)) = words.next() {
        WordBits::put(&mut slots, &mut short, &mut short_words, w, v);
    }
    (slots, short)
};
static CLASS_SLOTS: [Slot; CLASS_SLOT_COUNT] = CLASS_TABLES.0;
static CLASS_SHORT: [ShortSlot; SHORT_SLOTS] = CLASS_TABLES.1;

/// The tables a lower-case word is on, as bits (a compound of titles is
/// a title, [`compound_title`]).
pub(crate) fn classes_of(word: &str) -> u32 {
    match CLASSES.get(word) {
        0 => compound_title(word),
        c => c,
    }
}

/// A slot of [`WordBits::slots`]: (packed word, its length, bits).
type Slot = ([u64; 2], u8, u32);
const EMPTY_SLOT: Slot = ([0, 0], 0, 0);
/// A slot of [`WordBits::short`]: (packed word, bits).
type ShortSlot = (u64, u32);

/// The size of [`WordBits::slots`] for `n` words: a power of two, at least
/// three times `n`.
const fn slot_count(n: usize) -> usize {
    let n = if n == 0 { 1 } else { n };
    (n * 3).next_power_of_two()
}

/// A fixed table from words to bits, for looking up every word of a text:
/// a word of up to sixteen bytes (every listed word) is packed into two
/// `u64`s and found in an open-addressed array after one multiplication.
/// The words of up to eight bytes are also in a second array keyed by one
/// `u64` alone, for the tokenizer's commonest lookup
/// ([`WordBits::get_packed8`]).
#[derive(Debug)]
pub(crate) struct WordBits {
    /// (packed word, its length, bits); length 0 marks an empty slot. A
    /// slot's bits carry [`FURTHER`] when a word whose search starts there
    /// lies further on. A power of two long.
    slots: &'static [Slot],
    /// 64 less the bits of a [`WordBits::slots`] index.
    shift: u32,
    /// The longest word's length (at most [`PACKED`]): longer words are on
    /// no table.
    longest: usize,
    /// (packed word, bits) of the words of one to eight bytes with no zero
    /// byte, open-addressed by [`short_slot`]; key 0 marks an empty slot.
    /// Zero-padding tells such words apart without their lengths (no byte
    /// of the word is zero, so the padding starts where the word ends), and
    /// the fixed size lets the probe index without a bounds check. A slot's
    /// bits carry [`FURTHER`] when a word whose search starts there lies
    /// further on.
    short: &'static [ShortSlot; SHORT_SLOTS],
}

/// The bit of a [`WordBits::short`] (or [`WordBits::slots`]) slot that says
/// a word whose search starts at that slot was put further on (the slot
/// was taken). Without it, a word not at its first slot is on no table:
/// one slot read tells, with no branch on what it holds. About half the
/// words a text looks up are listed, and which half is no pattern a branch
/// predictor learns; a probe loop that tested "found?" and then "empty?"
/// mispredicted about a third of its lookups, where this one goes on only
/// from a marked slot (250 of the 16384 short slots with the shipped tables).
/// In [`WordBits::get_packed8`] a word found at a marked slot is answered
/// there: `the`, the commonest word of all, sits on one, and three in four
/// of the lookups that went on were of words already found. (In
/// [`WordBits::find`], for longer words, such a word still goes on.)
const FURTHER: u32 = 1 << 31;

/// The size of [`WordBits::short`]: a power of two, more than five times
/// the number of short listed words (about 2,900, most of them first
/// names), so that a probe seldom goes past its first slot.
const SHORT_SLOTS: usize = 1 << SHORT_BITS;
const SHORT_BITS: u32 = 14;

/// The slot of [`WordBits::short`] where the search for `key` starts.
#[inline(always)]
const fn short_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_BITS)) as usize
}

/// The slot of a [`WordBits::slots`] array (its index `64 - shift` bits)
/// where the search for `key` starts.
#[inline(always)]
const fn full_slot(key: [u64; 2], shift: u32) -> usize {
    ((key[0] ^ key[1].rotate_left(23)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// The longest word [`WordBits`] packs.
const PACKED: usize = 16;

/// For each length up to [`PACKED`], the masks that keep that many bytes of
/// sixteen read as two little-endian numbers.
static KEEP_LEN: [[u64; 2]; PACKED + 1] = {
    let mut t = [[0u64; 2]; PACKED + 1];
    let mut n = 1;
    while n <= PACKED {
        t[n] = if n <= 8 {
            [u64::MAX >> (64 - 8 * n), 0]
        } else {
            [u64::MAX, u64::MAX >> (128 - 8 * n)]
        };
        n += 1;
    }
    t
};

impl WordBits {
    /// A table of `words` (each with its bits), built at run time (the
    /// shipped tables are built by the compiler) and never freed.
    #[cfg(test)]
    pub(crate) fn new(words: FxMap<&'static str, u32>) -> Self {
        let mut slots = vec![EMPTY_SLOT; slot_count(words.len())];
        let mut short: Box<[ShortSlot; SHORT_SLOTS]> = vec![(0, 0); SHORT_SLOTS]
            .into_boxed_slice()
            .try_into()
            .expect("SHORT_SLOTS slots");
        let (mut longest, mut short_words) = (0, 0);
        for (w, v) in words {
            assert!(w.len() <= PACKED, "a word longer than WordBits packs");
            longest = longest.max(w.len());
            WordBits::put(&mut slots, &mut short, &mut short_words, w.as_bytes(), v);
        }
        WordBits {
            shift: 64 - slots.len().trailing_zeros(),
            slots: Vec::leak(slots),
            longest,
            short: Box::leak(short),
        }
    }

    /// Put the word `w` (at most [`PACKED`] bytes) with the bits `v` in
    /// `slots` (a power of two long, at most a third full) and, if it has
    /// one to eight bytes and no zero byte, in `short`, which holds
    /// `short_words` words; a word put again (on another table) gets its
    /// bits or-ed with those it has. Run by the compiler for the shipped
    /// tables.
    const fn put(
        slots: &mut [Slot],
        short: &mut [ShortSlot; SHORT_SLOTS],
        short_words: &mut usize,
        w: &[u8],
        v: u32,
    ) {
        assert!(v & FURTHER == 0, "a table on the FURTHER bit");
        let mut zero = false;
        let mut k = 0;
        while k < w.len() {
            zero |= w[k] == 0;
            k += 1;
        }
        if !w.is_empty() && w.len() <= 8 && !zero {
            let key = pack8(w);
            let home = short_slot(key);
            let mut i = home;
            loop {
                if short[i].0 == 0 {
                    short[i] = (key, v);
                    *short_words += 1;
                    // Keeps slots free: every probe ends at one.
                    assert!(*short_words * 2 < SHORT_SLOTS, "too many short words");
                    if i != home {
                        short[home].1 |= FURTHER;
                    }
                    break;
                }
                if short[i].0 == key {
                    short[i].1 |= v;
                    break;
                }
                i = (i + 1) % SHORT_SLOTS;
            }
        }
        if !w.is_empty() && w.len() <= PACKED {
            let key = pack(w);
            let mask = slots.len() - 1;
            let home = full_slot(key, 64 - slots.len().trailing_zeros());
            let mut i = home;
            loop {
                if slots[i].1 == 0 {
                    slots[i] = (key, w.len() as u8, v);
                    if i != home {
                        slots[home].2 |= FURTHER;
                    }
                    break;
                }
                if slots[i].0[0] == key[0]
                    && slots[i].0[1] == key[1]
                    && slots[i].1 as usize == w.len()
                {
                    slots[i].2 |= v;
                    break;
                }
                i = (i + 1) & mask;
            }
        }
    }

    #[inline(always)]
    fn slot(&self, key: [u64; 2]) -> usize {
        full_slot(key, self.shift)
    }

    /// The bits of `word`, 0 if it is on no table.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> u32 {
        let b = word.as_bytes();
        // (No listed word is longer than `PACKED`: see `put`.)
        if b.is_empty() || b.len() > self.longest || b.len() > PACKED {
            return 0;
        }
        self.find(pack(b), b.len())
    }

    /// [`WordBits::get`] of the ASCII word `hay[at..at + len]`, packed
    /// straight from the sixteen bytes at `at` when `hay` has them. Inlined
    /// into the tokenizer, which calls it for every word.
    #[inline(always)]
    pub(crate) fn get_at(&self, hay: &[u8], at: usize, len: usize) -> u32 {
        if len == 0 || len > self.longest || len > PACKED {
            return 0;
        }
        let key = match hay.get(at..).and_then(|r| r.first_chunk::<16>()) {
            Some(w) => {
                // Keep the word's bytes, zero the rest (len is 1..=16).
                let [lo, hi] = KEEP_LEN[len];
                let w = u128::from_le_bytes(*w);
                [w as u64 & lo, (w >> 64) as u64 & hi]
            }
            None => match hay.get(at..at + len) {
                Some(w) => pack(w),
                None => return 0,
            },
        };
        self.find(key, len)
    }

    /// [`WordBits::get`] of the ASCII word of `len` bytes (1 to 8) that
    /// opens `head`, eight bytes read as a little-endian number.
    #[inline(always)]
    /// The word must have no zero byte (a word of letters, digits and
    /// joins has none).
    pub(crate) fn get_packed8(&self, head: u64, len: usize) -> u32 {
        let key = head & KEEP_LEN[len][0];
        let i = short_slot(key);
        let (k, v) = self.short[i];
        // The slot's bits without its mark if it holds the word, else only
        // its mark: the answer is selected, not branched to.
        let v = v & if k == key { !FURTHER } else { FURTHER };
        // Marked, and not the word: it may be further on.
        if v & FURTHER != 0 {
            return self.short_from(key, i);
        }
        v
    }

    /// [`WordBits::get_packed8`] of `key`, searched from slot `i` on.
    #[cold]
    #[inline(never)]
    fn short_from(&self, key: u64, mut i: usize) -> u32 {
        loop {
            let (k, v) = self.short[i];
            if k == key {
                return v & !FURTHER;
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) % SHORT_SLOTS;
        }
    }

    /// The bits of the word of `len` bytes packed as `key`.
    #[inline(always)]
    fn find(&self, key: [u64; 2], len: usize) -> u32 {
        let i = self.slot(key);
        let Some(&(k, l, v)) = self.slots.get(i) else {
            return 0;
        };
        // As in `get_packed8`: the slot's bits if it holds the word, else
        // its [`FURTHER`] mark alone, selected with no branch (`&`, not
        // `&&`); a marked slot sends the search on.
        let here = ((k[0] ^ key[0]) | (k[1] ^ key[1]) == 0) & (usize::from(l) == len);
        let v = if here { v } else { v & FURTHER };
        if v & FURTHER != 0 {
            return self.find_from(key, len, i);
        }
        v
    }

    /// [`WordBits::find`], searched from slot `i` on.
    #[cold]
    #[inline(never)]
    fn find_from(&self, key: [u64; 2], len: usize, mut i: usize) -> u32 {
        let mask = self.slots.len() - 1;
        loop {
            let Some(&(k, l, v)) = self.slots.get(i) else {
                return 0;
            };
            if l == 0 {
                return 0;
            }
            if k == key && usize::from(l) == len {
                return v & !FURTHER;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Up to sixteen bytes as two numbers (little-endian, zero-padded).
#[inline]
const fn pack(b: &[u8]) -> [u64; 2] {
    match b.len() {
        0 => [0, 0],
        1..=8 => [pack8(b), 0],
        _ => {
            let (lo, hi) = b.split_at(8);
            [pack8(lo), pack8(hi)]
        }
    }
}

/// One to eight bytes as one number (little-endian, zero-padded), read as
/// two overlapping halves (the bytes they share are the same in both).
/// (`as` widens: `u64::from` is not `const`.)
#[inline]
const fn pack8(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        lo as u64 | ((hi as u64) << (8 * (n - 4)))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([b[0], b[1]]);
        let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]);
        lo as u64 | ((hi as u64) << (8 * (n - 2)))
    } else {
        match b.first() {
            Some(&x) => x as u64,
            None => 0,
        }
    }
}

/// First names of men, on the lists below by the region they are most
/// used in (a name goes on one list only; a name in news text may be from
/// any). A name that men and women are both commonly given is on neither
/// list (`Jo`, `Kim`, `Lin`, `Sam`, `Robin`, `Jordan`; `Andrea`, male in
/// Italy; `Jean`, male in France and female in English), unless news text
/// gives it to one far more often (`Chris`, `Alex`, `Nicola`). Nor is a
/// name that is as often capitalised for something else: a word that opens
/// sentences (`Will`, `May`, `Hope`, `Grace`), a bill before a parliament,
/// a month, a place (`Florence`, `Georgia`, `Chester`, `Santiago`), a
/// people or a faith (`Christian`, `Roman`), a brand or a body (`Mercedes`,
/// `Heinz`, `Amal`). A word in small letters is not taken for a name by its
/// table bits ([`first_name`] is asked of capitalised words), so `mark`,
/// `frank` and `sue` may stay. Names with accents are listed as news text
/// writes them (`rené`, `zoë`, `łukasz`), lower-cased as [`lower`] does,
/// and also without their accents where English text often drops them
/// (`rene`).
pub(crate) const MALE_NAMES: WordClass = WordClass(1 << 18);

/// First names of men: English-speaking countries, and biblical.
const MALE_NAMES_EN: &str = "aaron abraham adam adrian aidan alan alasdair alastair albert alex alexander alfred \
         alistair alister allan alvin anas andrew andy angus anthony antony archie arnold arthur \
         barack barnaby barry bartho ben benedict benjamin bernard bernie beto billy bobby brad \
         bradley brandon brendan brent brett brian bruce bryan bryce caleb callum calvin cameron \
         carl charles charlie chris christopher chuck cian ciaran ciarán claude clement clint \
         clive colin colm connor conor conrad craig curtis cyril damian damien dan daniel danny \
         darragh darren dave david declan dennis derek dermot desmond diarmuid dominic donal \
         dónal donald doug douglas duncan dustin dwight dylan eamon eamonn ed eddie edmund \
         edward eli elias elijah elliot elliott elon elton enda eoin eric ernest ethan euan \
         eugene evan ewan ezra felix fionn francis frank fraser fred freddie frederick gareth \
         gary gavin geoff geoffrey george gerald gerard gerry gilbert glenn gordon graeme graham \
         greg gregory hakeem hamish harold harrison harry harvey hector henry howard hugh humza \
         iain ian isaac ivan jack jacob jake james jared jason jasper jay jeff jeffrey jenson \
         jeremy jerome jerry jim jimmy joe joel john johnny jon jonah jonathan joseph josh \
         joshua jude julian justin kareem karl keir keith ken kenneth kenny kevin kieran kirk \
         kyle lachlan lando larry lawrence lebron leo leon leonard lewis liam lionel lloyd louis \
         luke malcolm marcus mark martin marvin mathew matt matthew matthias maurice max merrick \
         michael micheal micheál mick mike mikel mitch mitchell morris narendra nathan nathaniel \
         neil nelson neville newt niall nicholas nick nigel noah noel norman oisin oisín oliver \
         ollie oscar owen padraig pádraig patrick paul pete peter phil philip phillip piers \
         quentin rafa ralph randy raymond reuben rhys richard rick ricky rishi rob robbie robert \
         roger roland ron ronald ronnie rory ross roy rupert russell ryan samuel saul scott \
         seamus sean sebastian seth shane shaun shawn sidney simon spencer stanley stephen steve \
         steven stewart stuart ted terence theo theodore thomas tim timothy tobias toby todd tom \
         tommy tony travis trevor tristan troy tyler usain victor vincent virgil wallace walter \
         warren wayne wes wesley william winston xi zachary";

/// First names of men: French, German, Dutch, Scandinavian and Italian.
const MALE_NAMES_WESTERN: &str = "adrien alain alberto alessandro alessio alexandre alfredo anders andre andré andreas \
         angelo antoine antonio armin arnaud arne arsene arsène arturo axel baptiste bart benoit \
         benoît bernd bernhard bertrand bjorn björn bruno carlo christoph christophe claudio \
         claus clément cristiano daniele dario davide didier dieter dirk domenico edouard \
         édouard emanuele emmanuel enrico enzo éric erich erik erling ernst erwin etienne \
         étienne fabian fabio fabrice fabrizio federico filippo florian francesco franck franco \
         francois françois franz frederic frédéric frederik fredrik friedrich fritz gabriel \
         geert georg georges gérald gérard gerd gerhard gerrit giacomo gianluca gianni gilles \
         giorgio giovanni giulio giuseppe gregoire grégoire gregor grégory guido guillaume \
         gunnar günter gustav gustave hans harald heinrich helmut hendrik henk henrik hermann \
         herve hervé holger horst hugo jacques jean-baptiste jean-claude jean-francois \
         jean-françois jean-jacques jean-luc jean-marc jean-marie jean-michel jean-paul \
         jean-pierre jean-yves jens jeroen jérôme jesper joachim joël joerg johan johann \
         johannes jonas jorg jörg juergen jules julien jurgen jürgen karl-heinz kimi klaus \
         konrad kurt kylian lars laurent léon leonardo lorenzo luc luca lucas luciano luigi \
         lukas maarten magnus manfred manuel marc marcel marcello marco mario marius markus \
         massimiliano massimo mathias mathieu mats matteo matthieu maurizio maxime michel mikael \
         moise moïse moritz morten nicolas niels nils noël norbert olaf olav ole olivier oskar \
         otto paolo pascal patrice philipp philippe pierre piet pieter pietro rainer ralf \
         raphael raphaël rasmus reiner reinhard rene rené riccardo roberto rolf romain romano \
         rudolf ruud salvatore sander sandro sauli sebastien sébastien serge sergio sigmar \
         silvio soren stefan stefano stephane stéphane sven sylvain søren thierry thorsten \
         ulrich umberto valentin valtteri vincenzo vittorio volker werner wilhelm willem \
         wolfgang xavier yann yves zinedine";

/// First names of men: Spanish, Portuguese and Latin American.
const MALE_NAMES_IBERIAN: &str = "agustin agustín alejandro alfonso alvaro álvaro andres andrés ángel antónio armando \
         augusto bernardo carlos cesar césar cristian cristobal cristóbal diego eduardo emilio \
         enrique esteban evo felipe fernando fidel francisco geraldo gerardo gonzalo guillermo \
         gustavo héctor henrique ignacio jaime jair javier jesús joao joão joaquin joaquín jorge \
         jose josé juan julián julio luis luís luiz lula marcelo marcos mário mateo mauricio \
         miguel neymar nicolás nuno óscar pablo paulo pedro rafael ramon ramón raul raúl ricardo \
         rodrigo ruben rubén rui sebastián sérgio thiago tiago tomas tomás unai vicente víctor";

/// First names of men: Central and Eastern European, Balkan and Greek.
const MALE_NAMES_EASTERN: &str = "albin aleksander aleksandr aleksei alexei alexey andrei andrej andrey andrzej anton \
         antoni artem artur attila bartosz bogdan boris dariusz denis dmitri dmitry dmytro \
         dragan dusan dušan evgeny ferenc gabor gábor georgy giorgi goran grzegorz igor ilya \
         istvan istván jacek jakub janos jános janusz jaroslaw jarosław jerzy jiri jiří jozef \
         józef józsef kamil karol krzysztof laszlo lászló leonid luka lukasz maciej marcin marek \
         mateusz maxim michał mikhail milos miloš mykola nikita nikol nikola nikolai nikolay \
         novak oleg oleksandr oleksiy pavel pawel paweł péter petr petro piotr sergei sergey \
         slobodan stanislav szymon tomáš tomasz vaclav václav viktor vladimir volodymyr witold \
         wojciech yevgeny yuri yuriy zoltan zoltán zoran łukasz";

/// First names of men: Arabic, Persian, Turkish and Hebrew.
const MALE_NAMES_MIDDLE_EAST: &str = "abbas abdel abdul abdullah abu adel ahmad ahmed ahmet akbar ali amin amir amos anwar \
         ashraf avi avigdor ayman aziz babak bahram bashar bashir benny bilal binyamin burak \
         devlet ebrahim ehsan ehud eitan ekrem emre fahd faisal farhad farid fatih gideon gilad \
         habib hadi haider hakim hamad hamid hamza hassan hosni hossein hussain hussein ibrahim \
         ilan ismail issa jamal jamil javad kamal kamran karim kaveh kemal khaled khalid khalil \
         mahdi mahmoud malik mansour marwan masoud massoud mazloum mehdi mehmet menachem mesut \
         mohamed mohammad mohammed mohsen mojtaba morteza moshe moussa muhammad murat mustafa \
         nabil naftali nasser nechirvan nir nouri omar omer ömer omid oren orhan osama osman \
         ozgur özgür parviz qassem rami ramin rashid recep reza saad saddam saeed salah saleh \
         salim salman samir shahram sharif shimon suleiman süleyman taha tamim tariq tayyip uri \
         vahid waleed walid yahya yair yasser yigal yitzhak yoav yonatan yossi yusuf zalmay";

/// First names of men: South Asian.
const MALE_NAMES_SOUTH_ASIAN: &str = "aditya ajay ajit akash akhilesh akshay amit amitabh amjid anand anil anura anurag arjun \
         arun arvind asad ashish ashok asif bilawal deepak devendra dinesh gautam gopal gotabaya \
         harish imran jaishankar karan kunal kwasi mahendra mahesh mahinda manish manmohan manoj \
         mohan mukesh nadeem nadhim naveen nawaz nikhil nitin nitish pankaj piyush pradeep \
         prakash pranab pratap rahul rajesh rajiv rajnath rakesh ramesh ranil ravi rohan rohit \
         sachin sadiq sajid sajith sanjay sanjeev sanjiv santosh satish satya shahbaz shahid \
         shashi shehbaz siddharth subhash sundar sunil suresh usman varun vijay vikas vikram \
         vinod virat vishal vivek";

/// First names of men: African (Nigerian, Kenyan, South African, Ghanaian ...).
const MALE_NAMES_AFRICAN: &str = "abdoulaye abiy abubakar adebayo alassane aliyu amadou atiku babatunde bassirou bobi \
         chukwuemeka eliud emeka emmerson femi godwin goodluck haile jomo julius kalonzo \
         kenenisa kofi kwame macky mamadou mangosuthu meles mmusi moses muhammadu musa nnamdi \
         olusegun ousmane raila rigathi sadio segun siya tedros thabo tunde uhuru yakubu yoweri";

/// First names of men: Japanese and South-East Asian.
const MALE_NAMES_EAST_ASIAN: &str = "akira ban ferdinand fumio hiroshi joko kenji mahathir manny najib prabowo prayut \
         shigeru shintaro shinzo susilo takeshi taro thaksin yoshihide yukio";

/// First names of women, on lists by region as [`MALE_NAMES`]'s.
pub(crate) const FEMALE_NAMES: WordClass = WordClass(1 << 19);

/// First names of women: English-speaking countries, and biblical.
const FEMALE_NAMES_EN: &str = "abby abigail ada adele agatha agnes aileen ailsa aimee aisling alana alanna alexandra \
         alice alicia alison allison alyssa amanda amelia amy anastasia angela angelina angharad \
         angie anita ann anna annabel annabelle anne anneliese annette annie antonia aoife \
         apsana ariana arianna audrey ava ayanna barbara beatrice becky belinda bernadette beryl \
         beth bethan bethany betty beverley beverly bianca bonnie brenda brid bríd bridget \
         brooke caitlin camila camilla candace caoimhe cara carla carly carol carole caroline \
         carolyn carys cassandra cassie catherine cathy catriona cecilia celia cerys charlene \
         charlotte cheryl chloe christina christine chrystia ciara cindy claire clara claudia \
         clodagh coco colleen condoleezza connie constance courtney cressida cynthia danielle \
         daphne davina debbie deborah debra deirdre deli delia denise diana diane dianne dolores \
         donna doris dorothy edith edna eileen eimear eithne elaine eleanor elena elise elissa \
         eliza elizabeth ella ellen ellie eloise elsa elsie eluned emilia emily emma erica erin \
         esme esther ethel eugenia eugenie eunice eva evelyn faye felicity ffion fiona fionnuala \
         frances francesca freya gabriella gabrielle gail gemma georgina geraldine gertrude \
         gillian gina ginny gladys glenda gloria grainne gráinne greta gretchen gwen gwendolyn \
         gwenllian gwyneth hannah harriet hayley heather heidi helen helena henrietta hillary \
         ida ilhan imogen ingrid irene isabel isabella isabelle isla ivanka jacinda jacqueline \
         jane janet janice jasmine jeanette jeanne jemima jen jenna jennifer jenny jess jessica \
         jill joan joanna joanne jocelyn jodie joni josephine joyce judith judy julia julie \
         juliet justine kamala karen karine kate katherine kathleen kathryn kathy katie katrina \
         kayla kayleigh keira kellyanne kemi ketanji kimberly kirsteen kirsty kristen kristi \
         kristin kristina kyrsten laura lauren layla leah leanne lena lesley letitia lilibet \
         lillian linda lisa liz liza lois lola lori lorna lorraine louisa louise lucia lucy \
         lydia lynne mabel madeleine madeline maeve maggie mairead máiréad mandy marcia margaret \
         margot maria marian marianne marie marilyn marion marjorie marsha martha martina mary \
         maureen maxine mazie megan meghan melania melanie melinda melissa meredith meryl mhairi \
         mia michelle mildred millie miranda miriam moira molly monica morag muriel myra nadia \
         nadine nancie nancy naomi natalie natasha nell nellie nia niamh nicola nicole nikki \
         nina nora norah norma nuala olivia oprah orla órla paige pam pamela patricia patsy \
         patty paula pauline peggy penelope philippa phoebe phyllis pippa polly priscilla priti \
         rachael rachel rashida rebecca rhiannon rhonda rita roberta robyn roisin róisín rosa \
         rosalind rosemary rosie rowena rushanara ruth sabrina sally samantha sandra saoirse \
         sara sarah scarlett selina seren serena shabana shannon sharon sheila shirley sian \
         sinead sinéad siobhan siobhán sonia sonya sophia sophie sorcha stacey stella stephanie \
         sue suella susan susanna susannah suzanne sylvia tamara tammy tanya tara teresa tess \
         tessa thelma theresa therese tiffany tina tracey tracy trudy tulsi ursula valerie \
         vanessa vera veronica vickie vicky victoria vivienne wanda wendy winifred yvette yvonne \
         zara zarah zoe zoë";

/// First names of women: French, German, Dutch, Scandinavian and Italian.
const FEMALE_NAMES_WESTERN: &str = "adèle agathe agnès agnetha aino alessandra alessia amélie anaïs anja anke annalena \
         anne-claire anne-marie anne-sophie anneli annemarie annick anouk antje antonella \
         arlette astrid aurelie aurélie beate béatrice benedetta bettina birgit birgitta \
         brigitte britt capucine carola caterina cecile cécile cecilie celine céline chantal \
         chiara chloé christa christelle christiane claudine clemence clémence colette coralie \
         corinne cornelia cristina dagmar daniela delphine donatella édith elfriede elin \
         elisabeth élisabeth elisabetta élise elke elodie élodie emmanuelle erna estelle \
         fabienne federica femke francoise françoise franziska frauke frederique frédérique \
         frida friederike genevieve geneviève gerda gertrud ghislaine giorgia giovanna gisela \
         giulia giuliana gudrun hanna hanne hannelore heike helene hélène helga helle hildegard \
         ilaria ilse ina inge ingeborg inger ingvild irène irmgard jana joelle joëlle josiane \
         juliette jutta kajsa karin katharina katja katrin katrín kerstin kirsten laetitia laure \
         liesje liliane linnea lotte lucie luisa magdalena malin manon manuela marcella \
         margarete margaux margherita margrethe marguerite marie-christine marie-claire \
         marie-france marie-hélène marie-laure marie-louise marieke marine marit marlene marlène \
         martine mathilde mette michela michele michèle micheline mieke mireille monika monique \
         mylène nathalie nicoletta noemie noémie odile ornella paola pascale patrizia paulette \
         pernille petra pirkko rachida raffaella renate renee renée ricarda riikka rosanna \
         sabine sahra sanna saskia segolene ségolène sigrid silke silvia simona simone sofia \
         solène solveig sonja stefania stefanie steffi stina susanne svenja sylvie tanja tarja \
         thérèse tove ulla ulrika ulrike ute valentina valeria valérie verena veronique \
         véronique vigdis virginie vittoria waltraud wiebke zoé";

/// First names of women: Spanish, Portuguese and Latin American.
const FEMALE_NAMES_IBERIAN: &str = "adriana alejandra ana ángela anielle beatriz blanca bruna carmen catalina damares dilma \
         elisa esperanza fernanda gabriela garbiñe gleisi graciela ines inés itziar janja joana \
         josefina juana juliana larissa leticia lorena lucía luciana luiza marcela maría mariana \
         marielle marília marisol marta mónica natalia natália nuria paloma pilar rafaela raquel \
         renata rocio rocío rosângela sofía soraya susana tatiana tereza thais verónica ximena \
         yolanda";

/// First names of women: Central and Eastern European, Balkan and Greek.
const FEMALE_NAMES_EASTERN: &str = "agata agnieszka aikaterini aleksandra alicja alina alisa alla andreea aryna beata \
         biljana bozena bożena dalia danuta daria darya despina dora dorota dragana ekaterina \
         eleni elzbieta elżbieta erzsébet evgenia ewa ewelina galina gordana grazyna grażyna \
         halina halyna hana iga ildiko ildikó iliana ilona ingrida inna ioana ioanna irena irina \
         iryna ivana iwona izabela jadranka jadwiga jasna jelena jolanta judit justyna kaja \
         karolina katalin katarzyna katerina kateryna khrystyna klára kolinda kristalina \
         krystyna ksenia kseniya larisa lidiya liudmyla ljiljana lyudmila maja malgorzata mariia \
         marija márta maryna małgorzata mihaela milica mirjana nadezhda nataliya natalya natasa \
         nataša oksana olena olga olha polina raisa ruslana salome sanja snezana snežana \
         svetlana sviatlana sylwia tatyana tetiana urszula věra veronika vesna viktoria \
         viktoriia viorica vjosa weronika yekaterina yelena yevgenia yulia yuliya zhanna zofia \
         zorana zoya zsuzsanna zuzana";

/// First names of women: Arabic, Persian, Turkish and Hebrew.
const FEMALE_NAMES_MIDDLE_EAST: &str = "aisha amina asma ayelet ayesha aylin ayse ayşe azadeh bushra canan dina ebru elif eman \
         emine esra farideh fatemeh fatima fatma ghada golda hala hanan hatice huda iman jamila \
         khadija ladan laila leila limor lina lubna maha mahsa manal mariam marjan maryam meral \
         merav merve mona naima narges nasrin nawal noa orit ozlem özlem parisa randa rania \
         rasha reem rima roya salma samia samira shaima shira shirin suad suha sumaya tamar \
         taraneh tzipi yael yasmeen yasmin yasmine zahra zainab zeina zeinab zeynep";

/// First names of women: South Asian.
const FEMALE_NAMES_SOUTH_ASIAN: &str = "aarti aditi aishwarya ananya anjali anushka archana arundhati benazir bhavna deepa \
         deepika divya geeta gita hasina hema hina indira jayalalithaa kangana kavita khaleda \
         lakshmi lata madhuri mamata maneka mayawati meena meera mehbooba nandini neha nirmala \
         nita nusrat pooja poonam pratibha preeti priya priyanka radhika reham rekha ritu \
         sangeeta sanjana sarita seema shilpa shobha shweta smriti sneha sunita supriya sushma \
         swati uma usha vandana vidya";

/// First names of women: African (Nigerian, Kenyan, South African, Ghanaian ...).
const FEMALE_NAMES_AFRICAN: &str = "abena achieng adaeze adjoa afua akosua busisiwe chiamaka chidinma chimamanda chinwe \
         chioma efua ekua folake funke funmilayo graca graça ifeoma ijeoma leymah lindiwe lupita \
         naledi ngozi njeri nkechi nkosazana nomsa nomvula palesa thandeka thandi thuli wangari \
         wanjiru winnie yetunde zanele";

/// First names of women: Japanese and South-East Asian.
const FEMALE_NAMES_EAST_ASIAN: &str = "akiko ayumi corazon emi etsuko fumiko haruka imelda keiko kumiko kyoko leni mariko \
         masako mayumi megawati megumi michiko midori miho naoko noriko paetongtarn puan reiko \
         retno sachiko sanae sayaka tomoko yingluck yoko yoshiko yukiko yuko yumi yuriko";
/// The gender a first name with the table bits `class` tells: `Some(true)`
/// for a man's, `Some(false)` for a woman's.
#[inline]
pub(crate) fn first_name(class: u32) -> Option<bool> {
    if class & FEMALE_NAMES.0 != 0 {
        Some(false)
    } else if class & MALE_NAMES.0 != 0 {
        Some(true)
    } else {
        None
    }
}

/// `word` lower-cased, borrowed where possible: from `text` itself when
/// lower-casing leaves it as it is, from `lowered` (the same text with ASCII
/// letters lower-cased, so at the same offsets) when it is ASCII.
fn lower<'t>(text: &'t str, lowered: &'t str, span: Span) -> Cow<'t, str> {
    let word = span.slice(text);
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(span.slice(lowered))
        } else {
            Cow::Borrowed(word)
        }
    } else if word.chars().all(lowers_to_itself) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// [`lower`], kept out of the tokenizer's loop: only words with a
/// non-ASCII char come here.
#[cold]
#[inline(never)]
fn lower_cold<'t>(text: &'t str, lowered: &'t str, span: Span) -> Cow<'t, str> {
    lower(text, lowered, span)
}

/// Whether `c` lower-cases to itself alone, whatever surrounds it (only
/// `Σ` depends on its neighbours, and it does not lower-case to itself).
fn lowers_to_itself(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    let mut l = c.to_lowercase();
    l.next() == Some(c) && l.next().is_none()
}

/// Token kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tk {
    Word,
    /// A possessive `'s` / `’s` split off its word.
    Poss,
    Punct,
}

/// A token. Its lower-case text ([`Tok::low`]) is not kept on it: nearly
/// always it is the same bytes of the ASCII-lowered text, and a slice of a
/// `str` made for every token (its two char-boundary checks, sixteen bytes
/// more to push) cost more than the few tokens whose form is asked for.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: Tk,
    /// The word's lower-case form is not in the ASCII-lowered text (a
    /// non-ASCII capital: `Élysée`) but in the [`Lows`] of its tokenizing.
    pub own_low: bool,
    /// First char upper-case, or a particle-prefixed capital (`al-Abadi`).
    pub cap: bool,
    /// A word that may be part of a name: capitalised, on no stop list, not
    /// a contraction of a stop word (`It's`).
    pub name: bool,
    /// The word tables [`Tok::low`] is on ([`classes_of`]).
    pub class: u32,
}

/// Where tokens find their lower-case forms: the text with its ASCII
/// letters lower-cased (`str::to_ascii_lowercase` of the text tokenized),
/// and the [`Lows`] its tokenizing filled.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lower<'t> {
    pub lowered: &'t str,
    lows: &'t Lows,
}

impl<'t> Lower<'t> {
    pub(crate) fn new(lowered: &'t str, lows: &'t Lows) -> Self {
        Lower { lowered, lows }
    }
}

impl Tok {
    pub fn word(&self) -> bool {
        self.kind == Tk::Word
    }

    /// Lower-case text (words only; punctuation keeps its chars, which
    /// ASCII lower-casing leaves as they are): the token's bytes of
    /// `lw.lowered` (an ASCII word, or one whose chars lower-case to
    /// themselves: the same bytes as in the text), `'s` for a possessive,
    /// or its form in `lw`'s [`Lows`].
    #[inline]
    pub fn low<'t>(&self, lw: Lower<'t>) -> &'t str {
        if self.kind == Tk::Poss {
            "'s"
        } else if self.own_low {
            lw.lows.get(self.span)
        } else {
            lw.lowered
                .get(self.span.start..self.span.end)
                .unwrap_or_default()
        }
    }

    /// Whether [`Tok::low`] is `w` (a word or a punctuation mark), told by
    /// the lengths first and then the bytes, without making a `str`: the
    /// commonest question asked of a token's text.
    #[inline]
    pub fn low_is(&self, lw: Lower, w: &str) -> bool {
        if self.kind == Tk::Poss || self.own_low {
            return self.low(lw) == w;
        }
        self.span.len() == w.len()
            && lw.lowered.as_bytes().get(self.span.start..self.span.end) == Some(w.as_bytes())
    }

    /// Whether the token's lower-case text is on the table `table`.
    pub fn is(&self, table: WordClass) -> bool {
        self.class & table.0 != 0
    }

    /// Whether the token is one of the few that the passes after the
    /// tokenizer look for among all of a sentence's tokens: a name word
    /// (where a capitalised run may start) or a word that may start an
    /// attribution ([`CUE_LIKE`]). The tokenizer lists them as it goes, so
    /// those passes visit them alone, not every token.
    #[inline(always)]
    pub fn marked(&self) -> bool {
        self.name || self.class & CUE_LIKE != 0
    }
}

/// The longest word on [`ABBREV`], in bytes: a longer word is not looked up.
const ABBREV_LONGEST: usize = 4;

static ABBREV: LazyLock<WordSet> = LazyLock::new(|| {
    set(
        "mr mrs ms dr st jr sr gen sen rep gov lt col capt prof rev sgt mt no vs corp inc maj brig \
         adm cmdr cpl pvt det supt insp",
    )
});

/// Whether the word over `ws..j` of `bytes` is the initial of a name,
/// with its dot at `j`: one capital letter, its dot, one space and a
/// capital (`George W. Bush`, `E. Jean Carroll`). Within a sentence (the
/// tokenizer sees one at a time, and the segmenter has cut at the stops)
/// such a dot ends no sentence: it is the initial's.
#[inline]
fn initial_dot(bytes: &[u8], ws: usize, j: usize) -> bool {
    j == ws + 1
        && bytes[ws].is_ascii_uppercase()
        && bytes.get(j) == Some(&b'.')
        && bytes.get(j + 1) == Some(&b' ')
        && bytes.get(j + 2).is_some_and(u8::is_ascii_uppercase)
}

fn cap_word(w: &str) -> bool {
    // ASCII first: a capital is one; a small letter is one only before a
    // hyphen or apostrophe within its first four bytes (`al-`, `d'`).
    match w.as_bytes() {
        [b, ..] if b.is_ascii_uppercase() => return true,
        [b, rest @ ..] if b.is_ascii_lowercase() => {
            let head = &rest[..rest.len().min(3)];
            if !head.iter().any(|&x| matches!(x, b'-' | b'\'' | 0xE2)) {
                return false;
            }
        }
        [b, ..] if b.is_ascii() => return false,
        _ => {}
    }
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_lowercase() => {
            // al-Abadi, el-Sisi, d'Estaing
            if let Some(idx) = w.find(['-', '\'', '’']) {
                let head = &w[..idx];
                let rest = &w[idx..];
                let next = rest.chars().nth(1);
                head.len() <= 3 && next.is_some_and(|c| c.is_uppercase())
            } else {
                false
            }
        }
        _ => false,
    }
}

/// `char::is_alphanumeric`, without the Unicode tables for General
/// Punctuation (curly quotes, dashes, ellipses: common in news text, and
/// never letters or digits).
fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// Which bytes are ASCII letters or digits, for the inner loop of
/// [`tokenize`].
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Split `range` of `text` into words and punctuation. `lowered` is `text`
/// with its ASCII letters lower-cased (`str::to_ascii_lowercase`); `lows`
/// keeps the lower-case forms found in neither (the tokens' forms are then
/// read with [`Lower::new`] of the two).
pub(crate) fn tokenize(text: &str, lowered: &str, range: Span, lows: &mut Lows) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_into(text, lowered, range, &mut out, &mut Vec::new(), lows);
    out
}

/// The lower-case forms of words that are neither in the text nor in its
/// ASCII-lowered copy (words with a non-ASCII capital: `Élysée`), one after
/// the other, found by the word's span. Tokens stay plain values: no token
/// owns a string, none has to be freed.
#[derive(Debug, Default)]
pub(crate) struct Lows {
    buf: String,
    /// A word's span -> its form's range in `buf`. (The same span always
    /// has the same form: it is worked out from the span's text alone.)
    at: FxMap<(usize, usize), (usize, usize)>,
}

impl Lows {
    /// Note `low` as the lower-case form of the word over `span`.
    #[cold]
    fn defer(&mut self, span: Span, low: &str) {
        let start = self.buf.len();
        self.buf.push_str(low);
        self.at
            .insert((span.start, span.end), (start, self.buf.len()));
    }

    /// The form noted for the word over `span` ("" if none).
    #[cold]
    fn get(&self, span: Span) -> &str {
        self.at
            .get(&(span.start, span.end))
            .and_then(|&(start, end)| self.buf.get(start..end))
            .unwrap_or_default()
    }
}

/// What a byte is to the tokenizer.
const B_SPACE: u8 = 0;
const B_ALNUM: u8 = 1;
const B_PUNCT: u8 = 2;
/// Part of a non-ASCII char.
const B_HIGH: u8 = 3;

/// [`B_SPACE`] for ASCII white space, [`B_ALNUM`] for ASCII letters and
/// digits, [`B_PUNCT`] for the rest of ASCII, [`B_HIGH`] above.
static BYTE_KIND: [u8; 256] = {
    let mut t = [B_PUNCT; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        t[b] = if x >= 0x80 {
            B_HIGH
        } else if x.is_ascii_alphanumeric() {
            B_ALNUM
        } else if matches!(x, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            B_SPACE
        } else {
            B_PUNCT
        };
        b += 1;
    }
    t
};

/// The bytes after a run of letters and digits that may go on with the
/// word: the joins `-`, `'`, `.`, `&` (before a letter or digit) and a
/// non-ASCII char's lead byte (a letter, or `’`). Any other ends it: one
/// test for the common case.
static MAY_JOIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = b >= 0x80 || matches!(b as u8, b'-' | b'\'' | b'.' | b'&');
        b += 1;
    }
    t
};

/// Where the run of ASCII letters and digits of `bytes` at `from` ends.
#[inline(always)]
fn alnum_end(bytes: &[u8], mut from: usize) -> usize {
    while bytes
        .get(from)
        .is_some_and(|&b| BYTE_KIND[usize::from(b)] == B_ALNUM)
    {
        from += 1;
    }
    from
}

/// Bit 7 of every byte.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// How many of the eight bytes of `w` (read little-endian: the first byte
/// lowest), from the first, are ASCII letters or digits, where `w` is read
/// from text with its ASCII letters lower-cased (as the tokenizer reads
/// words): no byte is a capital, and small letters and digits are all the
/// letters and digits there are (testing for capitals too cost three
/// instructions a word).
///
/// Each byte is tested on its own lane: with bit 7 cleared a byte plus at
/// most `0x80` stays below `0x100`, so no sum carries into the next byte,
/// and bit 7 of `byte + (0x80 - lo)` tells whether `byte >= lo`.
#[inline(always)]
fn alnum_prefix(w: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least = |x: u64, lo: u8| x.wrapping_add(ONES * u64::from(0x80 - lo));
    let low7 = w & !HIGH_BITS;
    let digit = at_least(low7, b'0') & !at_least(low7, b'9' + 1);
    let letter = at_least(low7, b'a') & !at_least(low7, b'z' + 1);
    // Bytes with bit 7 set are not ASCII.
    let alnum = (digit | letter) & !w & HIGH_BITS;
    ((!alnum & HIGH_BITS).trailing_zeros() / 8) as usize
}

/// One sentence being tokenized.
struct Scan<'t, 'o> {
    text: &'t str,
    lowered: &'t str,
    /// The sentence, and the same range of `lowered`.
    s: &'t str,
    lows: &'t str,
    /// The sentence's offset in `text`.
    base: usize,
    /// Where ASCII words are read and looked up: `lowered` from the
    /// sentence's start on, to the end of the text, so that a word's offset
    /// in the sentence is its offset here and eight-byte reads near the
    /// sentence's end still have their bytes.
    hay: &'t [u8],
    classes: &'static WordBits,
    out: &'o mut Vec<Tok>,
    marked: &'o mut Vec<usize>,
    lows_kept: &'o mut Lows,
}

/// [`tokenize`], appending to `out`: the tokens' lower-case forms are read
/// with a [`Lower`] of `lowered` and `lows_kept` once the tokenizing is
/// done (one [`Lows`] may serve many calls). The indices in `out` of the
/// tokens that are [`Tok::marked`] are appended to `marked`, in order.
pub(crate) fn tokenize_into<'t>(
    text: &'t str,
    lowered: &'t str,
    range: Span,
    out: &mut Vec<Tok>,
    marked: &mut Vec<usize>,
    lows_kept: &mut Lows,
) {
    let Some(s) = text.get(range.start..range.end) else {
        return;
    };
    // The same range of `lowered` (ASCII lower-casing keeps every char
    // boundary where it is).
    let Some((lows, hay)) = lowered
        .get(range.start..range.end)
        .zip(lowered.as_bytes().get(range.start..))
    else {
        // A `lowered` that does not fit `text` (no caller passes one): words
        // are read from lower-cased bytes ([`alnum_prefix`]), so tokenize
        // against the text lower-cased here.
        let lowered = text.to_ascii_lowercase();
        return tokenize_into(text, &lowered, range, out, marked, lows_kept);
    };
    out.reserve(s.len() / 4);
    let (first_tok, first_marked) = (out.len(), marked.len());
    let mut sc = Scan {
        text,
        lowered,
        s,
        lows,
        base: range.start,
        hay,
        classes: &CLASSES,
        out,
        marked,
        lows_kept,
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match BYTE_KIND[usize::from(b)] {
            B_SPACE => i += 1,
            B_PUNCT => {
                sc.punct(i, i + 1);
                i += 1;
            }
            B_ALNUM => i = sc.ascii_word(i),
            _ => {
                let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                    break;
                };
                let after = i + c.len_utf8();
                if c.is_whitespace() {
                    i = after;
                } else if !is_alnum(c) {
                    sc.punct(i, after);
                    i = after;
                } else {
                    i = sc.word(i);
                }
            }
        }
    }
    // A stop word written in capitals ([`is_acronym`]) is a name on no
    // table (`WHO said`, `WHO chief Tom Smith`), whose lower-case form is
    // kept as written so that no test of a word (`who`) takes it. (Titles
    // and roles in capitals, `MP`, `CEO`, `DR`, stay titles.) Looked for
    // here, in one pass over the sentence's tokens, rather than in the
    // tokenizer's loop, where the test cost every word.
    for k in first_tok..out.len() {
        let t = &out[k];
        if t.cap
            && t.class & STOP.0 != 0
            && t.span.len() >= 2
            && !t.own_low
            && out.get(k + 1).is_none_or(|n| n.kind != Tk::Poss)
            && is_acronym(bytes, t.span.start - range.start, t.span.end - range.start)
        {
            let span = t.span;
            lows_kept.defer(span, &text[span.start..span.end]);
            out[k] = Tok {
                span,
                kind: Tk::Word,
                own_low: true,
                cap: true,
                name: true,
                class: 0,
            };
            let at = marked[first_marked..].partition_point(|&m| m < k) + first_marked;
            marked.insert(at, k);
        }
    }
    // Punctuation is on no table: every listed word has a letter.
    // A verb of saying capitalised inside the sentence after a first name
    // is a surname: `Nadia Said, a nurse, was angry`, `Omar Says`.
    for &k in &marked[first_marked..] {
        if k > first_tok
            && out[k].cap
            && out[k].class & CUES.0 != 0
            && out[k - 1].name
            && first_name(out[k - 1].class).is_some()
        {
            out[k].name = true;
            out[k].class = 0;
        }
    }
}

/// Whether the ASCII word over `ws..we` of `s` is written in capitals, of
/// two letters or more, between words that are not (`WHO said`, `US
/// officials`, not the `SO` and `IT` of a line in capitals): an acronym
/// when the word is also a stop word.
fn is_acronym(s: &[u8], ws: usize, we: usize) -> bool {
    let word = &s[ws..we];
    let capitals = |w: &[u8]| w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase);
    let before = s[..ws].trim_ascii_end();
    let after = s[we..].trim_ascii_start();
    capitals(word)
        && !capitals(&before[before.len().saturating_sub(2)..])
        && !capitals(&after[..after.len().min(2)])
}

impl<'t> Scan<'t, '_> {
    fn punct(&mut self, i: usize, after: usize) {
        self.out.push(Tok {
            span: Span::new(self.base + i, self.base + after),
            kind: Tk::Punct,
            own_low: false,
            cap: false,
            name: false,
            class: 0,
        });
    }

    /// Whether the char at byte `pos` is a letter or digit.
    fn alnum_at(&self, pos: usize) -> bool {
        match self.s.as_bytes().get(pos) {
            Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => self
                .s
                .get(pos..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_alnum),
            None => false,
        }
    }

    /// The word starting with the ASCII letter or digit at `ws`, for as
    /// long as it stays ASCII (the common case); [`Scan::word`] otherwise.
    /// Returns where the word ends, or after the space that follows it.
    #[inline]
    fn ascii_word(&mut self, ws: usize) -> usize {
        let bytes = self.s.as_bytes();
        // Most words are one run of letters and digits of at most eight
        // bytes: one eight-byte read of `hay` (where ASCII letters and
        // digits are where they are in the sentence) finds its end without
        // a branch per byte, and is the word's key for the lookup below.
        let head = self
            .hay
            .get(ws..)
            .and_then(|r| r.first_chunk::<8>())
            .map(|w| u64::from_le_bytes(*w));
        let n = head.map(alnum_prefix);
        // The commonest word of all: fewer than eight letters and digits,
        // then (still in the sentence) a byte that cannot go on with it (a
        // space, most punctuation). That byte is in `head` already (`hay`
        // has the sentence's bytes but for the case of ASCII letters), and
        // the word is plain: no join, no abbreviation dot, no possessive.
        if let (Some(w), Some(n)) = (head, n)
            && n < 8
            && ws + n < bytes.len()
        {
            let after = (w >> (8 * n)) as u8;
            let we = ws + n;
            if !MAY_JOIN[usize::from(after)] {
                self.plain(ws, we, self.classes.get_packed8(w, n));
                return we + usize::from(after == b' ');
            }
            // The next commonest: a word that ends a sentence or a quote.
            if self.ends_at_mark(ws, we) {
                self.plain(ws, we, self.classes.get_packed8(w, n));
                return we;
            }
        }
        // A longer word (up to fifteen bytes), likewise from the eight
        // bytes after the first eight.
        if let (Some(w), Some(8)) = (head, n)
            && let Some(w2) = self
                .hay
                .get(ws + 8..)
                .and_then(|r| r.first_chunk::<8>())
                .map(|r| u64::from_le_bytes(*r))
        {
            let n2 = alnum_prefix(w2);
            let after = (w2 >> (8 * n2 % 64)) as u8;
            if n2 < 8 && ws + 8 + n2 < bytes.len() && !MAY_JOIN[usize::from(after)] {
                let we = ws + 8 + n2;
                let class = match n2 {
                    0 => self.classes.get_packed8(w, 8),
                    _ => self.classes.find([w, w2 & KEEP_LEN[n2][0]], 8 + n2),
                };
                self.plain(ws, we, class);
                return we + usize::from(after == b' ');
            }
        }
        let j = match n {
            Some(n) if n < 8 => (ws + n).min(bytes.len()),
            // A longer run, or too near the end of the text to read eight.
            Some(_) => alnum_end(bytes, (ws + 8).min(bytes.len())),
            None => alnum_end(bytes, ws + 1),
        };
        self.joined_word(ws, j)
    }

    /// Whether the plain ASCII word over `ws..we` ends at `we`, where a
    /// byte that may go on with a word stands, as [`Scan::joined_word`]
    /// (and [`Scan::word`], for a non-ASCII char after a dot) finds: at a
    /// dot before no letter or digit (an ASCII byte, a General Punctuation
    /// mark such as `”`, or the sentence's end) that does not make it an
    /// abbreviation, or at a General Punctuation mark other than `’` (`”`,
    /// `—`): the word before most sentence ends and closing quotes, one in
    /// thirty, which went the long way round the joins.
    #[inline(always)]
    fn ends_at_mark(&self, ws: usize, we: usize) -> bool {
        match self.s.as_bytes().get(we..) {
            Some([b'.', rest @ ..]) => {
                let no_join = match rest {
                    [] | [0xE2, 0x80, ..] => true,
                    [b, ..] => b.is_ascii() && !b.is_ascii_alphanumeric(),
                };
                no_join
                    && (we - ws > ABBREV_LONGEST
                        || !self.lows.get(ws..we).is_some_and(|w| ABBREV.contains(w)))
                    && !initial_dot(self.s.as_bytes(), ws, we)
            }
            Some([0xE2, 0x80, c, ..]) => *c != 0x99,
            _ => false,
        }
    }

    /// The word starting with the ASCII letter or digit at `ws` whose first
    /// run of letters and digits ends at `j`, when [`Scan::ascii_word`]'s
    /// fast paths do not take it: joins, an abbreviation dot, non-ASCII.
    /// Out of line, so that the fast paths keep their values in registers
    /// (about one word in twenty comes here).
    #[inline(never)]
    fn joined_word(&mut self, ws: usize, mut j: usize) -> usize {
        let bytes = self.s.as_bytes();
        // The joins (`al-Abadi`, `U.S`).
        let mut has_dot = false;
        let mut joined = false;
        while let Some(&c) = bytes.get(j) {
            if !MAY_JOIN[usize::from(c)] {
                break;
            }
            if c.is_ascii() {
                if matches!(c, b'-' | b'\'' | b'.' | b'&') {
                    match bytes.get(j + 1) {
                        Some(&nb) if BYTE_KIND[usize::from(nb)] == B_ALNUM => {
                            has_dot |= c == b'.';
                            joined |= matches!(c, b'-' | b'\'');
                            j = alnum_end(bytes, j + 2);
                            continue;
                        }
                        Some(&nb) if !nb.is_ascii() => return self.word(ws),
                        _ => {}
                    }
                }
                break;
            }
            // `’` and ASCII letters or digits that end the word (`Trump’s`,
            // `don’t`: most non-ASCII next to a word in news text). The word
            // is ASCII but for the `’`, which lower-cases to itself: its
            // lower-case form is its bytes of `lows`, as an ASCII word's,
            // and `finish` splits off a possessive, without `word`'s
            // decoding of every char from the word's start.
            if bytes.get(j..j + 3) == Some("’".as_bytes()) {
                let k = alnum_end(bytes, j + 3);
                if k > j + 3 && bytes.get(k).is_none_or(|&b| !MAY_JOIN[usize::from(b)]) {
                    return self.finish(ws, k, has_dot, true, true);
                }
            }
            // A non-ASCII char: a letter goes on with the word, and so does
            // `’` before one; anything else ends it.
            let cj = self
                .s
                .get(j..)
                .and_then(|r| r.chars().next())
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            if is_alnum(cj) || (cj == '’' && self.alnum_at(j + cj.len_utf8())) {
                return self.word(ws);
            }
            break;
        }
        if joined {
            // A possessive or a contraction to work out.
            return self.finish(ws, j, has_dot, joined, true);
        }
        let mut we = j;
        // Trailing abbreviation dot: U.S. / Mr. / the initial of `George
        // W. Bush`.
        if bytes.get(j) == Some(&b'.')
            && (has_dot
                || (j - ws <= ABBREV_LONGEST && ABBREV.contains(&self.lows[ws..j]))
                || initial_dot(bytes, ws, j))
        {
            we = j + 1;
        }
        self.plain(ws, we, self.classes.get_at(self.hay, ws, we - ws));
        // Most words are followed by one space: stepped over here rather
        // than by another turn of the caller's loop.
        we + usize::from(bytes.get(we) == Some(&b' '))
    }

    /// Push the plain ASCII word over `ws..we` (no hyphen or apostrophe),
    /// on the tables `class`: its lower-case form is the same bytes of
    /// `lows`.
    #[inline(always)]
    fn plain(&mut self, ws: usize, we: usize, class: u32) {
        let cap = self.s.as_bytes()[ws].is_ascii_uppercase();
        self.push_word(Tok {
            span: Span::new(self.base + ws, self.base + we),
            kind: Tk::Word,
            own_low: false,
            cap,
            name: cap && class & STOP.0 == 0,
            class,
        });
    }

    /// Push the word or possessive `tok`, its index noted in `marked` if
    /// it is [`Tok::marked`] (punctuation never is: it is on no table and
    /// no name).
    #[inline(always)]
    fn push_word(&mut self, tok: Tok) {
        if tok.marked() {
            self.marked.push(self.out.len());
        }
        self.out.push(tok);
    }

    /// The word starting with the letter or digit at `ws`, whatever its
    /// chars. Returns where the word ends.
    #[cold]
    #[inline(never)]
    fn word(&mut self, ws: usize) -> usize {
        let s = self.s;
        let bytes = s.as_bytes();
        let at = |pos: usize| -> Option<char> {
            match bytes.get(pos) {
                Some(&b) if b.is_ascii() => Some(char::from(b)),
                Some(_) => s.get(pos..).and_then(|r| r.chars().next()),
                None => None,
            }
        };
        let c0 = at(ws).unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut j = ws + c0.len_utf8();
        let mut has_dot = false;
        // A hyphen or an apostrophe inside: only then can a word in small
        // letters count as capitalised (`al-Abadi`) or end in `'s`.
        let mut joined = false;
        let mut ascii = c0.is_ascii();
        while j < bytes.len() {
            let bj = bytes[j];
            if ASCII_ALNUM[usize::from(bj)] {
                j += 1;
                continue;
            }
            let Some(cj) = at(j) else { break };
            let next = j + cj.len_utf8();
            if !cj.is_ascii() && is_alnum(cj) {
                ascii = false;
                j = next;
            } else if matches!(cj, '-' | '\'' | '’' | '.' | '&') && self.alnum_at(next) {
                if cj == '.' {
                    has_dot = true;
                }
                joined |= matches!(cj, '-' | '\'' | '’');
                ascii &= cj.is_ascii();
                let nb = bytes[next];
                ascii &= nb.is_ascii();
                j = next + at(next).map_or(1, char::len_utf8);
            } else {
                break;
            }
        }
        self.finish(ws, j, has_dot, joined, ascii)
    }

    /// The word's lower-case form: borrowed from `lowered` or `text` when
    /// the word is ASCII (known from the scan), worked out otherwise.
    #[inline]
    fn low(&self, start: usize, end: usize, ascii: bool) -> Cow<'t, str> {
        if ascii {
            Cow::Borrowed(&self.lows[start..end])
        } else {
            lower_cold(
                self.text,
                self.lowered,
                Span::new(self.base + start, self.base + end),
            )
        }
    }

    /// The tables of the word over `start..end` with lower-case form `low`.
    #[inline]
    fn class(&self, start: usize, end: usize, ascii: bool, low: &str) -> u32 {
        if ascii {
            self.classes.get_at(self.hay, start, end - start)
        } else {
            self.classes.get(low)
        }
    }

    /// Push the word scanned over `ws..j` (a trailing abbreviation dot and
    /// a possessive `'s` worked out here); returns where it ends.
    #[inline(never)]
    fn finish(&mut self, ws: usize, j: usize, has_dot: bool, joined: bool, ascii: bool) -> usize {
        let s = self.s;
        let bytes = s.as_bytes();
        let mut we = j;
        // Trailing abbreviation dot: U.S. / Mr. / an initial.
        // (An ASCII word is as long as its lower-case form.)
        if bytes.get(j) == Some(&b'.')
            && (has_dot
                || initial_dot(bytes, ws, j)
                || ((!ascii || j - ws <= ABBREV_LONGEST)
                    && ABBREV.contains(&*self.low(ws, j, ascii))))
        {
            we = j + 1;
        }
        let word = &s[ws..we];
        let b = bytes[ws];
        // As `cap_word`: a word that opens with a small ASCII letter and
        // has no hyphen or apostrophe is not capitalised.
        let cap = |w: &str| b.is_ascii_uppercase() || ((!b.is_ascii() || joined) && cap_word(w));
        // Possessive split.
        let poss = if joined {
            ["'s", "’s"].iter().find_map(|p| {
                (word.len() > p.len() + 1 && word.ends_with(p)).then(|| word.len() - p.len())
            })
        } else {
            None
        };
        // Only a word with an apostrophe can be a contraction.
        let plain = ascii && !joined;
        let (base, end) = (self.base, poss.map_or(we, |cut| ws + cut));
        let l = self.low(ws, end, ascii);
        let mut class = self.class(ws, end, ascii, &l);
        if joined && class == 0 {
            class = compound_title(&l);
        }
        let cap = cap(&s[ws..end]);
        let span = Span::new(base + ws, base + end);
        let name = cap && class & STOP.0 == 0 && (plain || !stop_contraction(&l));
        let own_low = match l {
            Cow::Borrowed(_) => false,
            Cow::Owned(l) => {
                self.lows_kept.defer(span, &l);
                true
            }
        };
        self.push_word(Tok {
            span,
            kind: Tk::Word,
            own_low,
            cap,
            name,
            class,
        });
        if poss.is_some() {
            self.push_word(Tok {
                span: Span::new(base + end, base + we),
                kind: Tk::Poss,
                own_low: false,
                cap: false,
                name: false,
                class: *POSS_CLASS,
            });
        }
        we
    }
}

/// A hyphenated title made of titles (`Secretary-General`,
/// `Attorney-General`, `Vice-Chancellor`, `Lieutenant-Colonel`) is a title
/// too, so that it is stripped in front of a name like its parts written
/// apart; the compound may be longer than any word on the tables.
pub(crate) fn compound_title(low: &str) -> u32 {
    if !low.contains('-') {
        return 0;
    }
    let all_titles = low
        .split('-')
        .all(|part| !part.is_empty() && CLASSES.get(part) & TITLES.0 != 0);
    if all_titles { TITLES.0 } else { 0 }
}

/// The tables `'s` is on.
static POSS_CLASS: LazyLock<u32> = LazyLock::new(|| CLASSES.get("'s"));

/// `I’ve`, `We’re`, `It’s`: a function word with a contraction, never a
/// name (unlike `O’Brien`, `D’Souza`).
pub(crate) fn stop_contraction(low: &str) -> bool {
    // `’` is the only char with an apostrophe's lead byte that counts
    if !low.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    low.find(['\'', '’'])
        .is_some_and(|at| at > 0 && classes_of(&low[..at]) & STOP.0 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer looks up no word longer than [`ABBREV_LONGEST`].
    #[test]
    fn abbrev_longest_is_the_longest() {
        assert!(ABBREV.iter().all(|w| w.len() <= ABBREV_LONGEST));
    }

    /// A token as the old tokenizer made it (its lower-case form a `Cow`).
    #[derive(Debug, Clone)]
    struct RefTok<'t> {
        span: Span,
        kind: Tk,
        low: Cow<'t, str>,
        cap: bool,
        name: bool,
        class: u32,
    }

    impl RefTok<'_> {
        fn word(&self) -> bool {
            self.kind == Tk::Word
        }

        fn is(&self, table: WordClass) -> bool {
            self.class & table.0 != 0
        }
    }

    /// The tokenizer as it was before the ASCII fast path, to check the
    /// new one against.
    /// [`tokenize`], appending to `out`.
    fn tokenize_ref<'t>(text: &'t str, lowered: &'t str, range: Span, out: &mut Vec<RefTok<'t>>) {
        let Some(s) = text.get(range.start..range.end) else {
            return;
        };
        // The same range of `lowered` (ASCII lower-casing keeps every char
        // boundary where it is).
        let lows = lowered.get(range.start..range.end).unwrap_or(s);
        let classes = &CLASSES;
        out.reserve(s.len() / 4);
        let base = range.start;
        let bytes = s.as_bytes();
        // The char at byte `pos` of `s` (always a char boundary here); ASCII
        // without decoding.
        let at = |pos: usize| -> Option<char> {
            match bytes.get(pos) {
                Some(&b) if b.is_ascii() => Some(char::from(b)),
                Some(_) => s.get(pos..).and_then(|r| r.chars().next()),
                None => None,
            }
        };
        let alnum_at = |pos: usize| match bytes.get(pos) {
            Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => at(pos).is_some_and(is_alnum),
            None => false,
        };
        // The word's lower-case form: borrowed from `lowered` or `text` when the
        // word is ASCII (known from the scan), worked out otherwise.
        let low = |start: usize, end: usize, ascii: bool| -> Cow<'t, str> {
            if ascii {
                Cow::Borrowed(&lows[start..end])
            } else {
                lower_cold(text, lowered, Span::new(base + start, base + end))
            }
        };
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // The commonest byte first.
            if b == b' ' {
                i += 1;
                continue;
            }
            let (alphanumeric, whitespace, after) = if b.is_ascii() {
                (
                    b.is_ascii_alphanumeric(),
                    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'),
                    i + 1,
                )
            } else {
                let c = at(i).unwrap_or(char::REPLACEMENT_CHARACTER);
                (is_alnum(c), c.is_whitespace(), i + c.len_utf8())
            };
            if whitespace {
                i = after;
                continue;
            }
            if !alphanumeric {
                out.push(RefTok {
                    span: Span::new(base + i, base + after),
                    kind: Tk::Punct,
                    low: Cow::Borrowed(&s[i..after]),
                    cap: false,
                    name: false,
                    class: 0,
                });
                i = after;
                continue;
            }
            let ws = i;
            let mut j = after;
            let mut has_dot = false;
            // A hyphen or an apostrophe inside: only then can a word in small
            // letters count as capitalised (`al-Abadi`) or end in `'s`.
            let mut joined = false;
            let mut ascii = b.is_ascii();
            while j < bytes.len() {
                let bj = bytes[j];
                if ASCII_ALNUM[usize::from(bj)] {
                    j += 1;
                    continue;
                }
                let Some(cj) = at(j) else { break };
                let next = j + cj.len_utf8();
                if !cj.is_ascii() && is_alnum(cj) {
                    ascii = false;
                    j = next;
                } else if matches!(cj, '-' | '\'' | '’' | '.' | '&') && alnum_at(next) {
                    if cj == '.' {
                        has_dot = true;
                    }
                    joined |= matches!(cj, '-' | '\'' | '’');
                    ascii &= cj.is_ascii();
                    let nb = bytes[next];
                    ascii &= nb.is_ascii();
                    j = next + at(next).map_or(1, char::len_utf8);
                } else {
                    break;
                }
            }
            let mut we = j;
            // Trailing abbreviation dot: U.S. / Mr. / an initial.
            if bytes.get(j) == Some(&b'.')
                && (has_dot || ABBREV.contains(&*low(ws, j, ascii)) || initial_dot(bytes, ws, j))
            {
                we = j + 1;
            }
            let word = &s[ws..we];
            // As `cap_word`: a word that opens with a small ASCII letter and
            // has no hyphen or apostrophe is not capitalised.
            let cap =
                |w: &str| b.is_ascii_uppercase() || ((!b.is_ascii() || joined) && cap_word(w));
            // Possessive split.
            let poss = if joined {
                ["'s", "’s"].iter().find_map(|p| {
                    (word.len() > p.len() + 1 && word.ends_with(p)).then(|| word.len() - p.len())
                })
            } else {
                None
            };
            match poss {
                Some(cut) => {
                    let l = low(ws, ws + cut, ascii);
                    out.push(RefTok {
                        span: Span::new(base + ws, base + ws + cut),
                        kind: Tk::Word,
                        class: match classes.get(&l) {
                            0 => compound_title(&l),
                            c => c,
                        },
                        low: l,
                        cap: cap(&word[..cut]),
                        name: false,
                    });
                    out.push(RefTok {
                        span: Span::new(base + ws + cut, base + we),
                        kind: Tk::Poss,
                        low: Cow::Borrowed("'s"),
                        cap: false,
                        name: false,
                        class: classes.get("'s"),
                    });
                }
                None => {
                    let l = low(ws, we, ascii);
                    let class = match classes.get(&l) {
                        0 => compound_title(&l),
                        c => c,
                    };
                    // An acronym spelled like a stop word (`WHO`).
                    let acronym =
                        ascii && !joined && class & STOP.0 != 0 && is_acronym(bytes, ws, we);
                    out.push(RefTok {
                        span: Span::new(base + ws, base + we),
                        kind: Tk::Word,
                        class: if acronym { 0 } else { class },
                        low: if acronym { Cow::Borrowed(word) } else { l },
                        cap: cap(word),
                        name: false,
                    });
                }
            }
            i = we;
        }
        // Punctuation is on no table: every listed word has a letter.
    }

    #[test]
    fn word_bits_find_every_listed_word_and_no_other() {
        let mut map = FxMap::default();
        for (class, words) in TABLES {
            for w in words.split_whitespace() {
                *map.entry(w).or_insert(0) |= class.0;
            }
        }
        let table = WordBits::new(map.clone());
        for (w, v) in &map {
            assert_eq!(table.get(w), *v, "{w}");
            let longer = format!("{w}x");
            assert_eq!(table.get(&longer), map.get(&*longer).copied().unwrap_or(0));
        }
        for w in [
            "",
            "a\0",
            "zzzzzzzz",
            "internationally",
            "saiD",
            "president-elec",
            "president-elect",
            "president-electx",
        ] {
            assert_eq!(table.get(w), map.get(w).copied().unwrap_or(0), "{w:?}");
        }
    }

    /// Every field of every token, as the old tokenizer gives them (the
    /// name flag as the name finder used to work it out).
    fn same_as_ref(t: &str) {
        let low = t.to_ascii_lowercase();
        for range in [Span::new(0, t.len()), Span::new(1, t.len())] {
            let mut lows = Lows::default();
            let new = tokenize(t, &low, range, &mut lows);
            let lw = Lower::new(&low, &lows);
            // `low_is` tells what comparing `low` would.
            for k in &new {
                for w in [k.low(lw), "of", ",", "'s", "’s", "é", "the"] {
                    assert_eq!(k.low_is(lw, w), k.low(lw) == w, "{t:?} {k:?} {w:?}");
                }
            }
            let mut old = Vec::new();
            tokenize_ref(t, &low, range, &mut old);
            for k in &mut old {
                k.name = k.word() && k.cap && !k.is(STOP) && !stop_contraction(&k.low);
            }
            let show_new = new
                .iter()
                .map(|k| format!("{:?}", (k.span, k.kind, k.low(lw), k.cap, k.name, k.class)))
                .collect::<Vec<_>>();
            let show_old = old
                .iter()
                .map(|k| format!("{:?}", (k.span, k.kind, &*k.low, k.cap, k.name, k.class)))
                .collect::<Vec<_>>();
            assert_eq!(show_new, show_old, "{t:?} {range:?}");
            // Appended after other tokens, the marked tokens' indices are
            // listed, and no others (the note already in `marked` kept).
            let mut out = new.clone();
            let mut marked = vec![usize::MAX];
            tokenize_into(t, &low, range, &mut out, &mut marked, &mut Lows::default());
            let want: Vec<usize> = std::iter::once(usize::MAX)
                .chain((new.len()..out.len()).filter(|&i| out[i].marked()))
                .collect();
            assert_eq!(marked, want, "{t:?} {range:?}");
        }
    }

    #[test]
    fn fast_tokenizer_matches_the_old_one() {
        let pieces = [
            "a",
            "B",
            "z",
            "Q",
            "7",
            "mr",
            "Mr",
            "U",
            "S",
            ".",
            "-",
            "'",
            "’",
            "‘",
            "“",
            "”",
            "&",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{b}",
            "\u{a0}",
            "\u{2009}",
            "é",
            "É",
            "ß",
            "İ",
            "Σ",
            "ﬁ",
            "—",
            "…",
            ",",
            "s",
            "'s",
            "’s",
            "al-",
            "O'",
            "It",
            "it's",
            "It’s",
            "We’re",
            "said",
            "The",
            "president",
            "president-elect",
            "internationally",
            "U.S.",
            "u.k.",
            "no.",
            "ΑΒΓ",
            "日本",
            "0",
            "x\u{301}",
            "\u{0}",
        ];
        // A fixed xorshift stream: the same cases every run.
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            let mut t = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = (x % 12) as usize;
            for _ in 0..n {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                t.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            same_as_ref(&t);
        }
        crate::text::speakers::each_real_text(same_as_ref);
    }

    /// [`alnum_prefix`] as a byte loop would count it: every byte value
    /// but a capital (it reads lower-cased text), at every position, after
    /// letters and before a mix of the rest.
    #[test]
    fn alnum_prefix_counts_like_a_byte_loop() {
        let count = |w: [u8; 8]| w.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        for pos in 0..8 {
            for b in (0..=255u8).filter(|b| !b.is_ascii_uppercase()) {
                for fill in [b'a', b'z', b'7', b' ', 0xC3, 0x80, b'@', b'{'] {
                    let mut w = [fill; 8];
                    w[..pos].fill(b'q');
                    w[pos] = b;
                    assert_eq!(alnum_prefix(u64::from_le_bytes(w)), count(w), "{w:?}");
                }
            }
        }
    }

    /// The short-word array against the full table: every listed word of
    /// up to eight bytes, each cut short, each with a byte changed and each
    /// with a byte more, and some others; read from eight bytes with
    /// garbage after the word.
    #[test]
    fn packed8_lookup_matches_get() {
        let mut words: Vec<String> = [
            "said", "the", "a", "mr.", "u.s.", "saidx", "zzzzzzzz", "ministry", "tells", "0",
            "9.5", "at&t", "a.b", "z",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for (_, list) in TABLES {
            // (A word with a non-ASCII letter is looked up whole, by `get`.)
            for w in list.split_whitespace().filter(|w| w.is_ascii()) {
                for n in 1..=w.len().min(8) {
                    words.push(w[..n].to_string());
                    let mut changed = w.as_bytes()[..n].to_vec();
                    changed[n - 1] = if changed[n - 1] == b'z' { b'a' } else { b'z' };
                    words.push(String::from_utf8(changed).unwrap());
                }
                if w.len() < 8 {
                    words.push(format!("{w}s"));
                }
            }
        }
        let mut hits = 0;
        for w in &words {
            if w.len() > 8 || !w.is_ascii() {
                continue;
            }
            for fill in [b'#', b'e', 0xFF] {
                let mut buf = [fill; 8];
                buf[..w.len()].copy_from_slice(w.as_bytes());
                let head = u64::from_le_bytes(buf);
                let want = CLASSES.get(w);
                hits += usize::from(want != 0);
                assert_eq!(CLASSES.get_packed8(head, w.len()), want, "{w}");
            }
        }
        // The listed words were found (the test looks at real hits).
        assert!(hits > 3 * 700, "{hits}");
    }

    /// The short-word array nearly full (nearly half as many words as its
    /// slots: long runs of taken slots, many words past their first slot),
    /// and the full table a third full, against a map: every word found
    /// with its bits, after a [`FURTHER`] mark or not, and words not in it
    /// found on no table.
    #[test]
    fn lookups_find_words_put_further_on() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut long = false;
        let mut word = || -> &'static str {
            let r = next();
            // Every other word four to seven bytes longer (up to fifteen).
            long = !long;
            let len = 1 + (r % 8) as usize + if long { 4 + (r % 4) as usize } else { 0 };
            let w: String = (0..len)
                .map(|k| char::from(b'a' + (r.rotate_right(8 + 5 * k as u32) % 26) as u8))
                .collect();
            Box::leak(w.into_boxed_str())
        };
        let mut map: FxMap<&'static str, u32> = FxMap::default();
        let mut short = 0;
        while short < SHORT_SLOTS * 15 / 32 {
            let w = word();
            let e = map.entry(w).or_insert(0);
            short += usize::from(*e == 0 && w.len() <= 8);
            *e |= 1 << (w.len() % 21);
        }
        let absent: Vec<&str> = (0..20_000)
            .map(|_| word())
            .filter(|w| !map.contains_key(w))
            .collect();
        let table = WordBits::new(map.clone());
        let further = table.short.iter().filter(|s| s.1 & FURTHER != 0).count();
        assert!(further > 100, "{further}");
        let further = table.slots.iter().filter(|s| s.2 & FURTHER != 0).count();
        assert!(further > 100, "{further}");
        let get8 = |w: &str| {
            let mut buf = [b'#'; 8];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            table.get_packed8(u64::from_le_bytes(buf), w.len())
        };
        for (w, v) in &map {
            assert_eq!(table.get(w), *v, "{w}");
            if w.len() <= 8 {
                assert_eq!(get8(w), *v, "{w}");
            }
        }
        assert!(absent.len() > 1000);
        for w in absent {
            assert_eq!(table.get(w), 0, "{w}");
            if w.len() <= 8 {
                assert_eq!(get8(w), 0, "{w}");
            }
        }
    }

    /// The shipped tables put few words past their first slot: the
    /// lookup seldom goes on past it.
    #[test]
    fn few_slots_are_marked_further() {
        let further = CLASSES.short.iter().filter(|s| s.1 & FURTHER != 0).count();
        assert!(further * 20 < SHORT_SLOTS, "{further}");
        let further = CLASSES.slots.iter().filter(|s| s.2 & FURTHER != 0).count();
        assert!(further * 20 < CLASSES.slots.len(), "{further}");
    }

    #[test]
    fn pack_is_little_endian_zero_padded() {
        for n in 0..=16 {
            let b: Vec<u8> = (1..=n as u8).collect();
            let mut buf = [0u8; 16];
            buf[..n].copy_from_slice(&b);
            let want = [
                u64::from_le_bytes(buf[..8].try_into().unwrap()),
                u64::from_le_bytes(buf[8..].try_into().unwrap()),
            ];
            assert_eq!(pack(&b), want, "{n}");
        }
    }

    fn words(t: &str) -> Vec<String> {
        tokenize(
            t,
            &t.to_ascii_lowercase(),
            Span::new(0, t.len()),
            &mut Lows::default(),
        )
        .iter()
        .map(|k| k.span.slice(t).to_string())
        .collect()
    }

    /// A first name with a non-ASCII letter, capitalised or not, is found
    /// on its table as the tokenizer lower-cases it (and a hyphenated one
    /// whole); its form with the accents dropped too.
    #[test]
    fn accented_first_names_are_found() {
        let gender = |t: &str| {
            let toks = tokenize(
                t,
                &t.to_ascii_lowercase(),
                Span::new(0, t.len()),
                &mut Lows::default(),
            );
            toks.first().and_then(|k| first_name(k.class))
        };
        // (Some(true): a man's first name; Some(false): a woman's; None: on
        // neither list.)
        let (man, woman) = (Some(true), Some(false));
        for (t, want) in [
            ("René said", man),
            ("Rene said", man),
            ("RENÉ said", man),
            ("Jürgen Klopp", man),
            ("Łukasz said", man),
            ("Søren Kierkegaard", man),
            ("Jean-Claude Juncker", man),
            ("Sébastien", man),
            ("Zoë Ball", woman),
            ("Chloé said", woman),
            ("Hélène Carrère", woman),
            ("Renée Fleming", woman),
            ("Małgorzata said", woman),
            ("Jean Carroll", None),
            ("Will Smith", None),
            ("Christian groups", None),
            ("Mercedes said", None),
        ] {
            assert_eq!(gender(t), want, "{t}");
        }
        assert_eq!(classes_of("rené") & MALE_NAMES.0, MALE_NAMES.0);
    }

    #[test]
    fn tokens() {
        assert_eq!(
            words("Putin's U.S. al-Abadi don't, Mr. X."),
            [
                "Putin", "'s", "U.S.", "al-Abadi", "don't", ",", "Mr.", "X", "."
            ]
        );
        assert_eq!(words("U..N"), ["U", ".", ".", "N"]);
        assert!(tokenize("é’s", "é’s", Span::new(0, 4), &mut Lows::default()).len() <= 2);
        assert!(tokenize("abc", "abc", Span::new(1, 9), &mut Lows::default()).is_empty());
    }
}
