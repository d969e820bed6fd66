/*
 * Quick exit: leave this site in an instant.
 *
 * In the page's head, before the stylesheet (head.html), so it runs before the
 * first paint with no request to wait for. No dependencies. A returning reader
 * is sent away earlier still, by the inline return check (return-check.js).
 *
 * Storage: one sessionStorage key, "quick-exit", for this tab only (the browser
 * deletes it when the tab closes). "exited" after an exit, so any return to the
 * site in this tab leaves again; "explained" once the reader hides the
 * explanation. Nothing else is written.
 */
(function () {
  "use strict";

  var KEY = "quick-exit";
  var SHIFT_WINDOW_MS = 5000;
  var script = document.currentScript;
  var data = (script && script.dataset) || {};
  var exitUrl = data.url || "https://www.bbc.co.uk/weather";
  var shortcuts = (data.shortcuts || "").split(" ");
  var root = document.documentElement;
  var leaving = false;

  function read() {
    try { return window.sessionStorage.getItem(KEY); } catch (error) { return null; }
  }

  function write(value) {
    try { window.sessionStorage.setItem(KEY, value); } catch (error) { /* storage blocked: exit still works */ }
  }

  /* Hide everything at once. Inline CSSOM styles work before any stylesheet arrives. */
  function hide() {
    root.classList.add("ck-quick-exit--leaving");
    root.style.setProperty("visibility", "hidden", "important");
    root.style.setProperty("background", "Canvas", "important");
    if (document.body) { document.body.style.setProperty("display", "none", "important"); }
  }

  /* The tab's icon goes blank too: the force's logo would otherwise stay in the tab while it leaves. */
  function unhide() {
    root.classList.remove("ck-quick-exit--leaving");
    root.style.removeProperty("visibility");
    root.style.removeProperty("background");
    if (document.body) { document.body.style.removeProperty("display"); }
  }

  function blankIcon() {
    var icons = document.querySelectorAll('link[rel~="icon"]');
    for (var i = 0; i < icons.length; i += 1) { icons[i].setAttribute("href", "data:,"); }
  }

  /* A plain overlay in the system's own colours, so there is no light or dark flash. Its words are
     set once it is in the page, so screen readers announce the alert. */
  function overlay() {
    var cover = document.createElement("div");
    cover.setAttribute("role", "alert");
    var style = cover.style;
    style.setProperty("visibility", "visible", "important");
    style.setProperty("position", "fixed", "important");
    style.setProperty("inset", "0", "important");
    style.setProperty("z-index", "2147483647", "important");
    style.setProperty("display", "flex", "important");
    style.setProperty("align-items", "center", "important");
    style.setProperty("justify-content", "center", "important");
    style.setProperty("background", "Canvas", "important");
    style.setProperty("color", "CanvasText", "important");
    style.setProperty("font", "1.25rem system-ui, sans-serif", "important");
    root.appendChild(cover);
    cover.textContent = data.leaving || "";
  }

  function leave() {
    if (leaving) { return; }
    leaving = true;
    write("exited");
    hide();
    document.title = data.leaving || "";
    blankIcon();
    overlay();
    /* Stop parsing and loading first: no late <title>, image or script, and no other request. */
    if (window.stop) { window.stop(); }
    window.location.replace(exitUrl);
  }

  /* Coming back to the site in this tab after an exit is handled before this script loads, by the
     inline return check in the head (return-check.js), so that no engine paints the site first. */
  root.classList.add("ck-quick-exit--ready");
  if (read() === "explained") { root.classList.add("ck-quick-exit--explained"); }

  /* Firefox gives a page restored from the back-forward cache the tab's storage as it was when the page
     went in, so Back to it after an exit made on another page of the site would show the site (seen in
     Firefox 153). An unload listener keeps pages out of that cache in Firefox and Chromium: Back then
     loads the page afresh and the return check sees the exit. Where a browser caches the page anyway
     (WebKit does), it went in hidden and the pageshow check below decides. */
  window.addEventListener("unload", function () {});
  /* Into the back-forward cache hidden; out of it, shown only if the reader did not exit meanwhile. */
  window.addEventListener("pagehide", function (event) {
    if (event.persisted) { hide(); }
  });
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) { return; }
    if (read() === "exited") { leaving = false; leave(); } else { unhide(); }
  });

  /* Clicks anywhere on a quick-exit control, whenever the page's markup arrives. */
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) { return; }
    if (target.closest("[data-quick-exit]")) {
      event.preventDefault();
      leave();
    } else if (target.closest("[data-quick-exit-hide]")) {
      write("explained");
      root.classList.add("ck-quick-exit--explained");
    }
  }, true);

  /* Screen readers hear the Shift count through a polite live region in the page's language. */
  function announce(text) {
    var region = document.querySelector("[data-quick-exit-status]");
    if (region && text) { region.textContent = text; }
  }

  /* Escape gives way to whatever uses it, as each says while it is open: the site's search (its toggle
     is checked), a list marked data-escape-closes, a dialog or popover, full screen, an input method. */
  function popoverOpen() {
    try { return Boolean(document.querySelector(":popover-open")); } catch (error) { return false; }
  }

  function escapeIsBusy(event) {
    if (event.defaultPrevented || event.isComposing || event.repeat) { return true; }
    var search = document.querySelector('[data-md-toggle="search"]');
    if (search && search.checked) { return true; }
    return Boolean(document.fullscreenElement || popoverOpen() ||
      document.querySelector('dialog[open], [aria-modal="true"], [data-escape-closes][open]'));
  }

  /* Shift three times: only a lone Shift counts (never one used for a capital, a click, a scroll or a
     keyboard selection), each within 5 s. Both Shift keys pressed together count once, when the last is let go;
     left and right one after the other count one each. */
  var presses = 0;
  var lastPress = 0;
  var shiftUsed = false;
  var expiry = null;
  var held = {};
  var heldCount = 0;

  function shiftHeld() { return heldCount > 0; }

  /* Shift held while clicking (which also extends a selection) or scrolling is not a Shift press;
     selecting with the keyboard uses other keys, which already cancel the press. */
  ["pointerdown", "wheel"].forEach(function (type) {
    window.addEventListener(type, function () { if (shiftHeld()) { shiftUsed = true; } }, true);
  });
  /* A key let go in another window never reaches this one: start afresh when the window loses focus. */
  window.addEventListener("blur", function () {
    held = {};
    heldCount = 0;
  });

  function resetShift() {
    presses = 0;
    window.clearTimeout(expiry);
  }

  function countShift() {
    var now = Date.now();
    if (now - lastPress > SHIFT_WINDOW_MS) { presses = 0; }
    presses += 1;
    lastPress = now;
    window.clearTimeout(expiry);
    if (presses >= 3) {
      resetShift();
      leave();
      return;
    }
    announce(presses === 1 ? data.shiftTwoMore : data.shiftOneMore);
    expiry = window.setTimeout(function () {
      if (presses > 0) {
        presses = 0;
        announce(data.shiftTimedOut);
        /* The "time ran out" message does not stay for the next reader of the page. */
        expiry = window.setTimeout(function () {
          var region = document.querySelector("[data-quick-exit-status]");
          if (region) { region.textContent = ""; }
        }, SHIFT_WINDOW_MS);
      }
    }, SHIFT_WINDOW_MS);
  }

  window.addEventListener("keydown", function (event) {
    var key = event.key;
    /* Escape is also the browser's stop-loading key: once leaving, no key may stop the neutral page
       from loading and leave the reader on the overlay at this site's address. */
    if (leaving) {
      event.preventDefault();
      return;
    }
    if (key === "Shift") {
      if (!event.repeat && !held[event.code]) {
        if (!shiftHeld()) { shiftUsed = event.ctrlKey || event.altKey || event.metaKey; }
        held[event.code] = true;
        heldCount += 1;
      }
      return;
    }
    shiftUsed = true;
    if (presses) { resetShift(); }
    if ((key === "Escape" || key === "Esc") && shortcuts.indexOf("escape") !== -1 && !escapeIsBusy(event)) {
      event.preventDefault();
      leave();
    }
  }, true);

  window.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { return; }
    if (held[event.code]) {
      delete held[event.code];
      heldCount -= 1;
    }
    if (shiftHeld() || shortcuts.indexOf("shift") === -1) { return; }  /* the other Shift is still down */
    if (shiftUsed) {
      shiftUsed = false;
      return;
    }
    countShift();
  }, true);
}());
