//! Every live widget on the page, by id: its leptos handle (which owns the reactive graph, its
//! listeners and timers), its element and its shadow root; and how widgets leave.
//!
//! Dropping a leptos handle unmounts its view, so handles live here rather than with the host:
//! a host that drops its JS handle must not make the widget vanish. A widget leaves when it is
//! unmounted by id, when its element, having been in the document, has been out of it for two
//! calls of [`release_detached`], or all at once. It must not decide *when* to sweep (the loader does).

use std::any::Any;
use std::cell::RefCell;
use std::collections::BTreeMap;

use web_sys::{HtmlElement, ShadowRoot};

use super::{FITTED, MOUNTED};

struct Live {
    /// The leptos unmount handle, type-erased.
    _handle: Box<dyn Any>,
    host: HtmlElement,
    shadow: ShadowRoot,
    /// Out of the document at the last sweep: released at the next one if still out.
    detached: bool,
    /// In the document at mounting or some sweep since. A host may mount into an element it
    /// has not attached yet (or keeps aside): that widget is not released until it has been in
    /// the page and left it.
    was_in_page: bool,
}

thread_local! {
    static LIVE: RefCell<Registry> = const { RefCell::new(Registry { next: 1, live: BTreeMap::new() }) };
}

struct Registry {
    /// Ids start at 1 and are never reused in a page's life, so a stale handle cannot remove
    /// another widget.
    next: u32,
    live: BTreeMap<u32, Live>,
}

/// Keeps a new widget alive, marks its element as holding one (`release` takes the mark off),
/// and returns its id. A widget still waiting for its data (`data-src`) is inserted with `()`
/// as its handle and [`fill`]ed when the data arrives.
pub(super) fn insert(handle: impl Any, host: HtmlElement, shadow: ShadowRoot) -> u32 {
    // `setAttribute` throws only for a name that is not a valid attribute name; ours is one.
    let _ = host.set_attribute(MOUNTED, "");
    LIVE.with(|r| {
        let mut r = r.borrow_mut();
        let id = r.next;
        r.next = r.next.wrapping_add(1).max(1);
        let was_in_page = host.is_connected();
        r.live.insert(
            id,
            Live {
                _handle: Box::new(handle),
                host,
                shadow,
                detached: false,
                was_in_page,
            },
        );
        id
    })
}

/// Gives the waiting widget `id` its leptos handle; false (and the handle is dropped) if the
/// widget has left meanwhile.
pub(super) fn fill(id: u32, handle: impl Any) -> bool {
    let mut handle: Box<dyn Any> = Box::new(handle);
    let filled = LIVE.with(|r| match r.borrow_mut().live.get_mut(&id) {
        Some(live) => {
            std::mem::swap(&mut live._handle, &mut handle);
            true
        }
        None => false,
    });
    // The placeholder `()`, or the handle nobody wants: dropped outside the borrow, as in
    // `remove`, because dropping a handle runs the widget's cleanups.
    drop(handle);
    filled
}

/// Whether the widget `id` is still on the page (not unmounted or released).
pub(super) fn is_live(id: u32) -> bool {
    LIVE.with(|r| r.borrow().live.contains_key(&id))
}

/// Whether a live widget is in `host`.
pub(super) fn holds(host: &HtmlElement) -> bool {
    LIVE.with(|r| r.borrow().live.values().any(|l| &l.host == host))
}

/// Removes the widget `id`; false if there is none.
pub(super) fn remove(id: u32) -> bool {
    // Taken out of the registry first, and dropped after the borrow ends: dropping a handle runs
    // the widget's cleanups, which must be free to use the registry themselves.
    let gone = LIVE.with(|r| r.borrow_mut().live.remove(&id));
    gone.map(release).is_some()
}

/// See `embed::release_detached`.
pub(super) fn release_detached() -> u32 {
    let (gone, waiting) = LIVE.with(|r| {
        let mut r = r.borrow_mut();
        let mut gone = Vec::new();
        let mut waiting = 0;
        let ids: Vec<u32> = r.live.keys().copied().collect();
        for id in ids {
            let Some(live) = r.live.get_mut(&id) else {
                continue;
            };
            if live.host.is_connected() {
                live.detached = false;
                live.was_in_page = true;
            } else if !live.was_in_page {
                // Never in the page: the host's to attach or unmount.
            } else if live.detached {
                gone.extend(r.live.remove(&id));
            } else {
                live.detached = true;
                waiting += 1;
            }
        }
        (gone, waiting)
    });
    gone.into_iter().for_each(release);
    waiting
}

/// Removes every widget; returns how many there were.
pub(super) fn remove_all() -> u32 {
    let all = LIVE.with(|r| std::mem::take(&mut r.borrow_mut().live));
    let count = all.len();
    all.into_values().for_each(release);
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Unmounts one widget: its view, reactive owner, listeners and timers go with the handle, and
/// the element shows its own content again through a bare `<slot>`.
fn release(live: Live) {
    let Live {
        _handle,
        host,
        shadow,
        ..
    } = live;
    drop(_handle);
    super::empty(&shadow);
    super::show_own_content(&shadow);
    let _ = host.remove_attribute(MOUNTED);
    // The placeholder's own content is back: so is the space reserved for a widget.
    let _ = host.remove_attribute(FITTED);
}
