// Small helpers; every page works without them.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // Controls that need JavaScript are hidden in the markup and shown here.
  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
  // The letter's print button (no inline handlers: the CSP forbids them).
  document.querySelectorAll("button.print").forEach(function (b) {
    b.addEventListener("click", function () { window.print(); });
  });
  // "Select all on this page" for bulk assignment.
  document.querySelectorAll("input.select-all").forEach(function (box) {
    box.hidden = false;
    box.addEventListener("change", function () {
      var form = box.closest("form");
      form.querySelectorAll('input[type=checkbox][name=file_no]').forEach(function (c) { c.checked = box.checked; });
    });
  });
  // Filter selects apply at once (search forms only: a form that records something waits for its button).
  document.querySelectorAll("form.filters[method=get] select").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
  // The report pages' print button.
  document.querySelectorAll("button.js-print").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
  // Text limits visible while typing: "123 / 4000" under every long text field (the server
  // refuses, never cuts, what is longer).
  document.querySelectorAll("textarea[maxlength], input[maxlength]").forEach(function (field) {
    var max = parseInt(field.getAttribute("maxlength"), 10);
    if (!(max >= 100)) { return; }
    var counter = document.createElement("small");
    counter.className = "counter";
    counter.setAttribute("aria-live", "polite");
    var update = function () { counter.textContent = field.value.length + " / " + max; };
    field.insertAdjacentElement("afterend", counter);
    field.addEventListener("input", update);
    update();
  });
  // Warn before leaving a changed facts form unsaved.
  document.querySelectorAll("form.stacked[action$='/facts']").forEach(function (form) {
    var dirty = false;
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (e) { if (dirty) { e.preventDefault(); e.returnValue = ""; } });
  });
})();
