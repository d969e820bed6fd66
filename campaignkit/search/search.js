"use strict";
// Search in the page's own language. Nothing is fetched until the reader opens search: then the
// theme's search worker (lunr) starts and this language's index is loaded into it.

const root = document.querySelector("[data-ck-search-index]");
const toggle = document.getElementById("__search");
const settings = document.getElementById("__config");
const config = settings ? JSON.parse(settings.textContent) : {};

// The theme's worker messages (Material for MkDocs 9.x).
const SETUP = 0;
const READY = 1;
const QUERY = 2;
const RESULT = 3;
const SNIPPET = 300;

if (root && toggle && config.search) {
  document.documentElement.classList.add("ck-search");
  const input = root.querySelector("[data-md-component=search-query]");
  const output = root.querySelector("[data-md-component=search-result]");
  const meta = output.querySelector(".md-search-result__meta");
  const list = output.querySelector(".md-search-result__list");
  const words = config.translations || {};
  const base = new URL(config.base || ".", location.href);
  let worker = null;
  let ready = false;

  const count = (n) => (n === 0 ? words["search.result.none"] : n === 1 ? words["search.result.one"]
    : words["search.result.other"].replace("#", String(n)));

  function start() {
    if (worker) return;
    worker = new Worker(new URL(config.search, location.href));
    worker.addEventListener("message", ({ data }) => {
      if (data.type === READY) {
        ready = true;
        search();
      } else if (data.type === RESULT) {
        render(data.data.items || []);
      }
    });
    fetch(new URL(root.getAttribute("data-ck-search-index"), location.href))
      .then((response) => response.json())
      .then((index) => worker.postMessage({ type: SETUP, data: { ...index, options: { suggest: false } } }));
  }

  function search() {
    const query = input.value.trim();
    if (!ready) return;
    if (!query) {
      meta.textContent = words["search.result.placeholder"];
      list.replaceChildren();
      return;
    }
    worker.postMessage({ type: QUERY, data: query });
  }

  function snippet(html, tag) {
    const element = document.createElement(tag);
    element.innerHTML = html;
    if (element.textContent.length > SNIPPET) element.textContent = element.textContent.slice(0, SNIPPET) + "…";
    return element;
  }

  function article(item, heading) {
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(item.location, base).href;
    const body = document.createElement("article");
    body.className = "md-search-result__article md-typeset";
    body.append(snippet(item.title, heading));
    if (item.text && item.score > 0) body.append(snippet(item.text, "p"));
    link.append(body);
    return link;
  }

  function render(groups) {
    meta.textContent = count(groups.length);
    list.replaceChildren(...groups.slice(0, 10).map((group) => {
      const entry = document.createElement("li");
      entry.className = "md-search-result__item";
      const [page, ...sections] = group;
      entry.append(article(page, "h1"), ...sections.filter((item) => item.score > 0).slice(0, 3)
        .map((item) => article(item, "h2")));
      return entry;
    }));
  }

  function open() {
    if (!toggle.checked) toggle.checked = true;
    start();
  }

  toggle.addEventListener("change", () => {
    if (toggle.checked) {
      start();
      input.focus();
    }
  });
  // Esc closes search. The quick exit hears the same key press and stands back while search is
  // open, so search closes only after it has looked.
  window.addEventListener("keydown", (event) => {
    if ((event.key === "Escape" || event.key === "Esc") && toggle.checked) {
      setTimeout(() => {
        toggle.checked = false;
        input.blur();
      });
    }
  });
  // Tabbing out of search closes it, so its dimmed overlay never covers the part of the page the keyboard is in.
  root.addEventListener("focusout", (event) => {
    if (toggle.checked && event.relatedTarget && !root.contains(event.relatedTarget)) toggle.checked = false;
  });
  input.addEventListener("focus", open);
  input.addEventListener("input", search);
  input.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) first.click();
  });
}
