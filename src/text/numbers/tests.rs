use super::*;

fn show(text: &str) -> Vec<String> {
    find_quantities(text)
        .iter()
        .map(|q| {
            format!(
                "{:?} {:?} v={:?} lo={:?} hi={:?} u={:?} q={:?} d={:?}",
                q.span.slice(text),
                q.kind,
                q.value,
                q.low,
                q.high,
                q.unit,
                q.qualifier,
                q.date
            )
        })
        .collect()
}

#[test]
fn dump_seed() {
    let text = include_str!("../../../tests/fixtures/seed/putin-syria-gambit.v2.txt");
    for l in show(text) {
        println!("{l}");
    }
}

#[test]
fn dump_misc() {
    for t in [
        "the 240,000 deaths in",
        "in 2003 and",
        "As few as 4 or 5 people actually",
    ] {
        let mut toks = Vec::new();
        tok::tokenize(t, 0, t.len(), &mut toks);
        println!("{toks:?}");
        println!("{:?}", show(t));
    }
}

#[test]
fn dump_steps() {
    let t = "the 240,000 deaths in";
    let mut toks = Vec::new();
    tok::tokenize(t, 0, t.len(), &mut toks);
    let p = Parser { text: t, t: &toks };
    println!("date {:?}", p.date_at_num(1));
    println!("junk {:?}", p.junk_number(1));
    match p.figure(1, 0) {
        Step::Emit(f) => println!("emit {f:?}"),
        Step::Skip(j) => println!("skip {j}"),
        Step::No => println!("no"),
    }
}
