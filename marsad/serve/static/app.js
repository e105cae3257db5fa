// marsad web app: small progressive enhancements only; every page works without JavaScript.
"use strict";
document.addEventListener("keydown", (ev) => {
  // "/" focuses the search box, as in many reading tools.
  if (ev.key === "/" && !(ev.target instanceof HTMLInputElement)) {
    const box = document.querySelector("header .qs input");
    if (box) { ev.preventDefault(); box.focus(); }
  }
});
document.addEventListener("change", (ev) => {
  // Document page: the "show layers" checkboxes toggle mark styles without a reload.
  const box = ev.target;
  if (box instanceof HTMLInputElement && box.dataset.layer) {
    document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
  }
});
