/* Live guideline check in the Wagtail page editor: posts the form (debounced) and lists findings. */
(function () {
  "use strict";
  var script = document.currentScript;
  var endpoint = script && script.getAttribute("data-guidelines-endpoint");
  var DELAY = 700;

  function target() {
    var edit = location.pathname.match(/\/pages\/(\d+)\/edit\/?$/);
    if (edit) return { guidelines_page: edit[1] };
    var add = location.pathname.match(/\/pages\/add\/(\w+)\/(\w+)\/\d+\/?$/);
    if (add) return { guidelines_model: add[1] + "." + add[2] };
    return null;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function render(region, list, data) {
    var status = region.querySelector(".guidelines-live__status");
    list.textContent = "";
    var findings = data.findings || [];
    status.textContent = findings.length
      ? findings.length + " " + region.getAttribute("data-label-findings") +
        (data.blocking ? " (" + data.blocking + " " + region.getAttribute("data-label-blocking") + ")" : "")
      : region.getAttribute("data-label-none");
    findings.forEach(function (f) {
      var item = el("li", "guidelines-live__finding guidelines-live__finding--" + f.severity);
      var head = el("p", "guidelines-live__head");
      head.appendChild(el("strong", "guidelines-live__severity", f.severity));
      head.appendChild(document.createTextNode(" " + f.field + (f.block ? " / " + f.block : "") + " (" + f.language + "): "));
      head.appendChild(el("mark", null, f.matched_text || "\u2014"));
      item.appendChild(head);
      item.appendChild(el("p", "guidelines-live__rule", f.rule_name + ": " + f.message));
      item.appendChild(el("p", "guidelines-live__reason", f.reason));
      if (f.suggestions && f.suggestions.length) {
        item.appendChild(el("p", "guidelines-live__suggestions", "\u2192 " + f.suggestions.join(" \u00B7 ")));
      }
      list.appendChild(item);
    });
  }

  function start() {
    var form = document.querySelector("form#page-edit-form");
    var what = target();
    if (!form || !endpoint || !what) return;
    var region = el("aside", "guidelines-live");
    region.setAttribute("aria-labelledby", "guidelines-live-heading");
    ["findings", "none", "blocking"].forEach(function (name) {
      region.setAttribute("data-label-" + name, script.getAttribute("data-label-" + name) || "");
    });
    region.appendChild(el("h2", "guidelines-live__heading", script.getAttribute("data-label-heading"))).id =
      "guidelines-live-heading";
    var status = el("p", "guidelines-live__status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    region.appendChild(status);
    var list = el("ul", "guidelines-live__list");
    region.appendChild(list);
    form.parentNode.insertBefore(region, form);

    var timer = null;
    var running = null;
    function check() {
      var body = new FormData(form);
      Object.keys(what).forEach(function (key) { body.append(key, what[key]); });
      if (running) running.abort();
      running = new AbortController();
      fetch(endpoint, { method: "POST", body: body, credentials: "same-origin", signal: running.signal })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data) render(region, list, data); })
        .catch(function () {});
    }
    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(check, DELAY);
    }
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    check();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
