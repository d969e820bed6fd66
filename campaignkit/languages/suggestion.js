"use strict";
// "This page is also available in …": shown, in that language, when the reader's browser prefers
// one of the site's other languages. Never a redirect, and nothing is stored.

const box = document.querySelector("[data-ck-suggestion]");

/** The site language (as written on the page) that best matches one browser language tag, if any. */
function match(tag, site) {
  const wanted = tag.toLowerCase();
  const exact = site.find((code) => code.toLowerCase() === wanted);
  if (exact) return exact;
  const [primary, ...rest] = wanted.split("-");
  if (primary === "zh") {
    const traditional = rest.some((part) => ["hant", "tw", "hk", "mo"].includes(part));
    const script = site.find((code) => code.toLowerCase() === (traditional ? "zh-hant" : "zh-hans"));
    if (script) return script;
  }
  return site.find((code) => code.toLowerCase().split("-")[0] === primary) || null;
}

if (box) {
  const page = box.getAttribute("data-ck-page-language");
  const items = Array.from(box.querySelectorAll("[data-ck-language]"));
  const site = [page, ...items.map((item) => item.getAttribute("data-ck-language"))];
  const browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  let preferred = null;
  for (const tag of browser) {
    preferred = tag ? match(tag, site) : null;
    if (preferred) break;
  }
  const item = items.find((candidate) => candidate.getAttribute("data-ck-language") === preferred);
  if (preferred && preferred !== page && item) {
    item.hidden = false;
    box.hidden = false;
  }
}
