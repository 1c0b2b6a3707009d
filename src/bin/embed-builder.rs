//! The embed builder as a command, for newsrooms that script their CMS (issue #22 item 3): the
//! same three snippets as the demo's builder page (`embed.html`), from the same
//! `snippets::write`, with the static facts rendered natively (`components::static_facts_html`).
//! `cargo run --bin embed-builder -- --help` says how to use it.
//!
//! It reads its arguments and, for `--src`, a local copy of the data file; it checks every option
//! against the dispute as the widget does (`snippets::check_choice`, over `options::resolve`) and
//! must not hold a rule of its own. Exit 2 on bad use, 1 on a data file that cannot be read or
//! has problems.

use std::{env, fs, process::ExitCode};

#[cfg(not(target_arch = "wasm32"))]
use strike_explainer::components;
use strike_explainer::data;
use strike_explainer::lang::Lang;
use strike_explainer::model::{Date, Dispute};
use strike_explainer::options::Theme;
#[cfg(not(target_arch = "wasm32"))]
use strike_explainer::options::{self, RawOptions};
use strike_explainer::snippets::{self, Data, Embed};
use strike_explainer::{strings, uk_time};

const HELP: &str = "embed-builder: writes the snippets that embed the Strike Explainer widget.

usage: cargo run --bin embed-builder -- --base URL [options]

  --base URL        where the bundle (pkg/) is served: https://cdn.example.org/strike-explainer/
                    or a path such as /strike-explainer/ (ending in /; AMP needs https)
  --dispute ID      a bundled dispute: neu-2023 (the default) or ni-2023
  --src URL         or the whole http(s) address of a data file of your own; this command
                    cannot fetch it, so give a local copy with --data FILE as well (for the
                    static facts, and to check the options against it)
  --data FILE       the local copy of --src's file
  --region ID       the area to start with (e.g. london)
  --council GSS     the reader's council, as its GSS code (e.g. S12000047)
  --role ID         who the reader is to start with (e.g. parent)
  --lang en|cy      the widget's language (default en)
  --theme auto|light|dark   (default auto: the reader's own)
  --as-of DATE      YYYY-MM-DD: the date the static facts are as of (default: today in the UK).
  --share URL       the article's https address: shared links from inside the iframe and AMP
                    frames open it (the script snippet's widget is in the article already).
                    The widget itself is given no date: readers see their own today.
  --print WHAT      script, iframe, amp, static (the facts' HTML alone) or all (the default)
  --help            this text

The script snippet carries the static facts inside its placeholder, for readers without
JavaScript (RSS, syndication, CMSs that strip scripts); the iframe snippet is for CMSs that
take no script in an article; the AMP snippet for AMP pages. Exit 2 on bad use, 1 when the
data file cannot be read or has problems.";

/// What to print.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Print {
    Script,
    Iframe,
    Amp,
    Static,
    All,
}

#[derive(Default)]
struct Args {
    base: Option<String>,
    dispute: Option<String>,
    src: Option<String>,
    data: Option<String>,
    region: Option<String>,
    council: Option<String>,
    role: Option<String>,
    lang: Option<String>,
    theme: Option<String>,
    as_of: Option<String>,
    share: Option<String>,
    print: Option<String>,
}

/// Bad use: the message, then a pointer to `--help`.
fn usage(message: &str) -> ExitCode {
    eprintln!("embed-builder: {message}\n(see --help)");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args = Args::default();
    let mut given = env::args().skip(1);
    while let Some(arg) = given.next() {
        if arg == "--help" || arg == "-h" {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        let slot = match arg.as_str() {
            "--base" => &mut args.base,
            "--dispute" => &mut args.dispute,
            "--src" => &mut args.src,
            "--data" => &mut args.data,
            "--region" => &mut args.region,
            "--council" => &mut args.council,
            "--role" => &mut args.role,
            "--lang" => &mut args.lang,
            "--theme" => &mut args.theme,
            "--as-of" => &mut args.as_of,
            "--share" => &mut args.share,
            "--print" => &mut args.print,
            _ => return usage(&format!("unknown argument \"{arg}\"")),
        };
        match given.next() {
            Some(v) if slot.is_none() => *slot = Some(v),
            Some(_) => return usage(&format!("{arg} is given twice")),
            None => return usage(&format!("{arg} needs a value")),
        }
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

fn run(args: &Args) -> Result<(), ExitCode> {
    let Some(base) = args.base.as_deref() else {
        return Err(usage(
            "--base is needed: where the bundle (pkg/) is served, e.g. --base https://cdn.example.org/strike-explainer/",
        ));
    };
    let print = match args.print.as_deref().unwrap_or("all") {
        "script" => Print::Script,
        "iframe" => Print::Iframe,
        "amp" => Print::Amp,
        "static" => Print::Static,
        "all" => Print::All,
        other => {
            return Err(usage(&format!(
                "--print \"{other}\": expected script, iframe, amp, static or all"
            )));
        }
    };
    let lang: Lang = match args.lang.as_deref() {
        None => Lang::default(),
        Some(v) => v
            .parse()
            .map_err(|_| usage(&format!("--lang \"{v}\": expected en or cy")))?,
    };
    let theme: Theme = match args.theme.as_deref() {
        None => Theme::default(),
        Some(v) => v
            .parse()
            .map_err(|()| usage(&format!("--theme \"{v}\": expected auto, light or dark")))?,
    };
    let as_of: Date = match args.as_of.as_deref() {
        None => uk_today(),
        Some(v) => v.parse().map_err(|e| usage(&format!("--as-of: {e}")))?,
    };
    let (source, dispute) = dispute(args)?;
    let problems = snippets::check_choice(
        &dispute,
        args.region.as_deref(),
        args.council.as_deref(),
        args.role.as_deref(),
    );
    if !problems.is_empty() {
        return Err(usage(&format!("--{}", problems.join("\n--"))));
    }
    // Held for the command's life, as a page holds a widget's dispute.
    let dispute: &'static Dispute = Box::leak(Box::new(dispute));
    let facts = static_facts(dispute, args, lang, as_of);
    if print == Print::Static {
        println!("{facts}");
        return Ok(());
    }
    let title = dispute.title.get(lang);
    let embed = Embed {
        base,
        data: source,
        region: args.region.as_deref(),
        council: args.council.as_deref(),
        role: args.role.as_deref(),
        lang,
        theme,
        as_of,
        title,
        more: strings::words(lang).show_whole(),
        facts: &facts,
        share: args.share.as_deref(),
    };
    let written = snippets::write(&embed).map_err(|p| usage(&format!("--{}", p.join("\n--"))))?;
    match print {
        Print::Script => print!("{}", written.script),
        Print::Iframe => print!("{}", written.iframe),
        Print::Amp => match written.amp {
            Ok(amp) => print!("{amp}"),
            Err(why) => return Err(usage(&format!("--print amp: {why}"))),
        },
        Print::Static => {}
        Print::All => {
            println!(
                "==== script: in the article (the stylesheet link in the page's <head>) ====\n{}",
                written.script
            );
            println!(
                "==== iframe: where a CMS takes no script in an article ====\n{}",
                written.iframe
            );
            match written.amp {
                Ok(amp) => println!("==== amp: on AMP pages ====\n{amp}"),
                Err(why) => eprintln!("embed-builder: no AMP snippet: {why}"),
            }
        }
    }
    Ok(())
}

/// Where the widget's dispute comes from, and the dispute itself (bundled, or `--data`'s file).
fn dispute(args: &Args) -> Result<(Data<'_>, Dispute), ExitCode> {
    match (&args.dispute, &args.src, &args.data) {
        (Some(_), Some(_), _) => Err(usage("give --dispute or --src, not both")),
        (_, None, Some(_)) => Err(usage(
            "--data is the local copy of --src's file: give --src with it",
        )),
        (_, Some(_), None) => Err(usage(
            "--src needs --data FILE, a local copy of the file: this command cannot fetch it",
        )),
        (_, Some(src), Some(file)) => {
            let text = fs::read_to_string(file).map_err(|e| {
                eprintln!("embed-builder: --data {file}: cannot be read: {e}");
                ExitCode::FAILURE
            })?;
            let d = data::parse(&text).map_err(|e| {
                eprintln!("embed-builder: --data {file}: {e}");
                ExitCode::FAILURE
            })?;
            Ok((Data::At(src), d))
        }
        (id, None, None) => {
            let id = id.as_deref().unwrap_or(data::DISPUTES[0].0);
            let Some((key, text)) = data::DISPUTES.iter().find(|(key, _)| *key == id) else {
                let ids: Vec<&str> = data::DISPUTES.iter().map(|(k, _)| *k).collect();
                return Err(usage(&format!(
                    "--dispute \"{id}\": expected one of {}",
                    ids.join(", ")
                )));
            };
            let d = data::parse(text).map_err(|e| {
                eprintln!("embed-builder: bundled dispute {key}: {e}");
                ExitCode::FAILURE
            })?;
            Ok((Data::Bundled(key), d))
        }
    }
}

/// Today's date in the UK (the default "as of").
fn uk_today() -> Date {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    uk_time::uk_date_at(now)
}

/// The static facts for the chosen reader (if any) as of `as_of`: the widget's own components,
/// written natively. The choice is read as the widget reads it (`options::resolve`); its
/// problems were refused already (`snippets::check_choice`).
#[cfg(not(target_arch = "wasm32"))]
fn static_facts(d: &'static Dispute, args: &Args, lang: Lang, as_of: Date) -> String {
    let raw = RawOptions {
        region: args.region.clone(),
        council: args.council.clone(),
        role: args.role.clone(),
        ..RawOptions::default()
    };
    let (chosen, _) = options::resolve(&raw, d);
    components::static_facts_html(d, chosen.at, chosen.role, lang, as_of)
}

/// Trunk builds every target of the package for the demo's wasm, this command too, though it is
/// never run there: Leptos's server renderer, which writes the static facts, is native only.
#[cfg(target_arch = "wasm32")]
fn static_facts(_: &'static Dispute, _: &Args, _: Lang, _: Date) -> String {
    String::new()
}
