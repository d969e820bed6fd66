// Esc closes the open language list and puts focus back on its button. The list says so with
// `data-escape-closes`, so the quick exit, which hears the same key first, stands back while it is open.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" && event.key !== "Esc") return;
  const open = document.querySelector("details[data-escape-closes][open]");
  if (!open) return;
  open.removeAttribute("open");
  const summary = open.querySelector("summary");
  if (summary) summary.focus();
});
