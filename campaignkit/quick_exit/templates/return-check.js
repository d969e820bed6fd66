(function (script) {
  try {
    if (sessionStorage.getItem("quick-exit") !== "exited") { return; }
  } catch (error) { return; }
  var root = document.documentElement;
  root.style.setProperty("visibility", "hidden", "important");
  root.classList.add("ck-quick-exit--leaving");
  document.querySelectorAll('link[rel~="icon"]').forEach(function (icon) { icon.href = "data:,"; });
  addEventListener("keydown", function (event) { event.preventDefault(); }, true);
  stop();
  location.replace(script.dataset.url);
}(document.currentScript));
