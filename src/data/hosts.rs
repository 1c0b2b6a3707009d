//! Link hosts that are never a source: copies, mirrors, aggregators, archives and forums, and
//! staging and content-delivery hosts. A news desk links to the original publisher's page or a
//! primary source (`data/README.md`, "What a good source is"); `check` refuses a source whose
//! link is on one of these, so the widget, `check-dispute` and the editor's page all do.
//!
//! It owns the one list and the rule that matches a host against it; it must not know the
//! file's format. It holds only hosts that are copies by nature: a law firm's blog or a party's
//! page is a poor source too, but no host name says so.

use self::Refused::{Aggregator, Archive, Cdn, Forum, Mirror, Scraper};

/// Why a host is refused, as the check's message says it ("“x” is {kind}, not a source").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Refused {
    /// An app or portal that re-hosts its partners' articles.
    Aggregator,
    /// A site that copies other publishers' articles wholesale (a content farm).
    Scraper,
    /// A site that re-presents what a government, Parliament or a union published.
    Mirror,
    /// A web archive's stored copy of a page.
    Archive,
    Forum,
    /// A first label `uat`, `staging`, `stage`, `dev`, `test` or `preview` (see [`STAGING`]).
    Staging,
    /// A content-delivery network's own name for a site, not the publisher's address.
    Cdn,
}

impl Refused {
    pub(super) fn what(self) -> &'static str {
        match self {
            Refused::Aggregator => "an aggregator that re-hosts other publishers' articles",
            Refused::Scraper => "a site that copies other publishers' articles",
            Refused::Mirror => "a mirror of what others published",
            Refused::Archive => "a web archive's copy",
            Refused::Forum => "a forum",
            Refused::Staging => "a staging or test host",
            Refused::Cdn => "a bare content-delivery host",
        }
    }
}

/// Refused hosts, each with all its subdomains (`yahoo.com` refuses `uk.news.yahoo.com`); an
/// entry naming a subdomain refuses that one only, not its parent.
const HOSTS: &[(&str, Refused)] = &[
    // Axel Springer's news app: PA and partners' stories on its own pages.
    ("upday.com", Aggregator),
    // Re-hosts whole articles of paywalled newspapers (The Guardian, regional titles).
    ("inkl.com", Aggregator),
    // Yahoo's news, finance and sports sites (uk.news., uk.finance., ca.sports.) run partners'
    // stories (PA, The Telegraph) under their own addresses.
    ("yahoo.com", Aggregator),
    // Microsoft's news portal: partners' articles re-hosted.
    ("msn.com", Aggregator),
    // Links through to publishers, with no text of its own to cite.
    ("news.google.com", Aggregator),
    // Digital replicas of newspapers' print editions.
    ("pressreader.com", Aggregator),
    // The Evening Standard app's re-host of its articles; standard.co.uk itself is the
    // publisher and passes.
    ("article-swipe.standard.co.uk", Aggregator),
    // Google's AMP cache (www-bbc-co-uk.cdn.ampproject.org): a copy of the publisher's page.
    ("cdn.ampproject.org", Aggregator),
    // Content farms seen carrying BBC, Daily Mail, Observer, WalesOnline and Socialist Worker
    // stories word for word.
    ("homeofscience.net", Scraper),
    ("wcrynews.com", Scraper),
    ("exbulletin.com", Scraper),
    ("dailyleftnews.com", Scraper),
    ("linkflow.cc", Scraper),
    // Reposts government and union press releases: cite gov.uk or the union.
    ("parliamenttoday.com", Mirror),
    // Re-presents Hansard, written statements and questions: cite parliament.uk.
    ("parallelparliament.co.uk", Mirror),
    // Stored copies of pages; the publisher's own page is the source.
    ("web.archive.org", Archive),
    ("archive.ph", Archive),
    ("archive.today", Archive),
    ("archive.is", Archive),
    // Anyone's posts: what they say needs a source of its own.
    ("mumsnet.com", Forum),
    ("reddit.com", Forum),
    ("community.tes.com", Forum),
    // Content-delivery networks' names for a site (d33gy59ovltp76.cloudfront.net); the
    // publisher's page has the publisher's address.
    ("cloudfront.net", Cdn),
    ("amazonaws.com", Cdn),
    ("azureedge.net", Cdn),
    ("blob.core.windows.net", Cdn),
    ("akamaized.net", Cdn),
    ("fastly.net", Cdn),
    ("googleusercontent.com", Cdn),
];

/// First labels that mark a site's staging or test copy (`uat.sec-ed.co.uk`), refused on any
/// host of three labels or more (`dev.to`, a domain of its own, passes).
const STAGING: &[&str] = &["uat", "staging", "stage", "dev", "test", "preview"];

/// Why `host` (lower case, without user, port or trailing dot) is refused, if it is.
pub(super) fn refused(host: &str) -> Option<Refused> {
    let listed = HOSTS.iter().find(|(entry, _)| {
        host.strip_suffix(entry)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
    });
    if let Some(&(_, why)) = listed {
        return Some(why);
    }
    let mut labels = host.split('.');
    let first = labels.next().unwrap_or_default();
    (STAGING.contains(&first) && labels.count() >= 2).then_some(Refused::Staging)
}
