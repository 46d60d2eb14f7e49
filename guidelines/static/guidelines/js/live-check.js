/* Live guideline check in Wagtail's page editor.
 *
 * Posts the form (debounced) to the check endpoint and shows the findings in the side panel
 * "Guidelines" (guidelines/side_panel.py), grouped by field and language; the number of findings
 * stands on the panel's toggle. A click on a finding shows its field (switching tab, language
 * and collapsed panel when needed), focuses it and selects the text found.
 */
(function () {
  "use strict";
  var DELAY = 300;
  var FLASH_MS = 2000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, "\\$&");
  }

  // Showing a field: language toggles, tabs and collapsed panels -----------------------------

  function showLanguage(node, language) {
    if (!node.closest(".l10n-hidden")) return;
    document.querySelectorAll(".locale-picker .locale-toggle").forEach(function (toggle) {
      if (toggle.textContent.trim().toLowerCase() === language && !toggle.classList.contains("showing-locale")) {
        toggle.click();
      }
    });
  }

  function showHiddenAncestors(node) {
    // Tabs and collapsed panels hide their content; the control that opens it names it.
    var hidden = [];
    for (var current = node; current && current !== document.body; current = current.parentElement) {
      if (current.hidden && current.id) hidden.unshift(current);
    }
    var opened = false;
    hidden.forEach(function (container) {
      var id = cssEscape(container.id);
      // Collapsed panels name their content (aria-controls); Wagtail's tabs link to it (href).
      var control = document.querySelector('[aria-controls="' + id + '"], [role="tab"][href="#' + id + '"]');
      if (control && container.hidden) {
        control.click();
        opened = true;
      }
    });
    return opened;
  }

  function streamInput(form, input, block) {
    var parts = block.split("/");
    var id = form.querySelector(
      'input[name^="' + cssEscape(input) + '-"][name$="-id"][value="' + cssEscape(parts[0]) + '"]'
    );
    var prefix = id ? id.name.slice(0, -3) : /^\d+$/.test(parts[0]) ? input + "-" + parts[0] : null;
    if (!prefix) return null;
    var child = parts[1] && !/^link\d+$/.test(parts[1]) ? form.querySelector('[name="' + cssEscape(prefix + "-value-" + parts[1]) + '"]') : null;
    return child || form.querySelector('[name="' + cssEscape(prefix + "-value") + '"]') || id;
  }

  function fieldElement(form, group, finding) {
    var node = null;
    if (finding.block) node = streamInput(form, group.input, finding.block);
    if (!node) node = form.querySelector('[name="' + cssEscape(group.input) + '"]');
    if (!node) node = form.querySelector('[data-contentpath="' + cssEscape(group.input) + '"]');
    return node;
  }

  function editable(node) {
    // Rich text: the hidden input stands beside Draftail's editable area.
    if (node.type !== "hidden" && node.getAttribute("contenteditable") !== "true" && node.matches("input, textarea, select, [tabindex]")) {
      return node;
    }
    var wrapper = node.closest(".w-field__input, .w-field, [data-contentpath]") || node.parentElement;
    return (wrapper && wrapper.querySelector('[contenteditable="true"], textarea, input:not([type=hidden]), select')) || node;
  }

  function selectInEditable(area, finding) {
    var wanted = finding.matched_text;
    if (!wanted) return;
    var walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (var text = walker.nextNode(); text; text = walker.nextNode()) {
      var at = text.data.indexOf(wanted);
      if (at >= 0) {
        var range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + wanted.length);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
  }

  function selectInText(field, finding) {
    var value = field.value || "";
    var start = finding.start;
    var end = finding.end;
    if (value.slice(start, end) !== finding.matched_text) {
      start = finding.matched_text ? value.indexOf(finding.matched_text) : -1;
      end = start + (finding.matched_text || "").length;
    }
    if (start >= 0 && end > start && field.setSelectionRange) {
      try {
        field.setSelectionRange(start, end);
      } catch (error) {
        /* inputs without a selection (e.g. email): focus alone */
      }
    }
  }

  function showFinding(form, group, finding) {
    var node = fieldElement(form, group, finding);
    if (!node) return;
    showLanguage(node, group.language);
    if (showHiddenAncestors(node)) {
      // Wagtail's tabs move the focus to the tab they select: focus the field after that.
      setTimeout(function () {
        focusField(node, finding);
      }, 100);
    } else {
      focusField(node, finding);
    }
  }

  function focusField(node, finding) {
    var target = editable(node);
    var wrapper = target.closest(".w-field, [data-contentpath]") || target;
    wrapper.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
    if (target.isContentEditable) selectInEditable(target, finding);
    else if (typeof target.value === "string") selectInText(target, finding);
    wrapper.classList.add("guidelines-flash");
    setTimeout(function () {
      wrapper.classList.remove("guidelines-flash");
    }, FLASH_MS);
  }

  // The panel -------------------------------------------------------------------------------

  function findingItem(panel, form, group, finding) {
    var item = el("li", "guidelines-finding guidelines-finding--" + finding.severity);
    var show = el("button", "guidelines-finding__show");
    show.type = "button";
    show.appendChild(el("span", "guidelines-finding__severity", finding.severity_label));
    if (finding.matched_text) {
      var mark = el("mark", "guidelines-finding__match", finding.matched_text);
      mark.setAttribute("lang", finding.language);
      mark.setAttribute("dir", group.direction);
      show.appendChild(document.createTextNode(" "));
      show.appendChild(mark);
    }
    show.appendChild(el("span", "w-sr-only", " " + panel.dataset.labelShow));
    show.addEventListener("click", function () {
      showFinding(form, group, finding);
    });
    item.appendChild(show);
    // The county writes its rules in German: the message keeps its own direction in Arabic.
    var message = el("p", "guidelines-finding__message", finding.rule_name + ": " + finding.message);
    message.setAttribute("dir", "auto");
    item.appendChild(message);
    if (finding.suggestions && finding.suggestions.length) {
      var better = el("p", "guidelines-finding__suggestions");
      better.appendChild(el("strong", null, panel.dataset.labelBetter));
      var options = el("span", null, " " + finding.suggestions.join(" \u00B7 "));
      options.setAttribute("lang", finding.language);
      options.setAttribute("dir", group.direction);
      better.appendChild(options);
      item.appendChild(better);
    }
    if (finding.reason) {
      var details = el("details", "guidelines-finding__reason");
      details.appendChild(el("summary", null, panel.dataset.labelWhy));
      var reason = el("p", null, finding.reason);
      reason.setAttribute("dir", "auto");
      details.appendChild(reason);
      item.appendChild(details);
    }
    return item;
  }

  function updateToggle(panel, data) {
    var toggle = document.querySelector('[data-side-panel-toggle="guidelines"]');
    if (!toggle) return;
    var counter = toggle.querySelector("[data-side-panel-toggle-counter]");
    if (counter) {
      counter.textContent = String(data.count);
      counter.hidden = !data.count;
      counter.classList.toggle("guidelines-counter--blocking", !!data.blocking);
    }
    var label = panel.dataset.labelTitle + ": " + data.summary;
    toggle.setAttribute("aria-label", label);
  }

  function render(panel, form, data) {
    var status = panel.querySelector("[data-guidelines-status]");
    var blocking = panel.querySelector("[data-guidelines-blocking]");
    var list = panel.querySelector("[data-guidelines-groups]");
    status.textContent = data.summary;
    blocking.textContent = data.blocking_note || "";
    blocking.hidden = !data.blocking_note;
    list.textContent = "";
    (data.groups || []).forEach(function (group, index) {
      var section = el("section", "guidelines-group");
      var heading = el("h3", "guidelines-group__heading", group.label);
      heading.id = "guidelines-group-" + index;
      section.setAttribute("aria-labelledby", heading.id);
      section.appendChild(heading);
      var items = el("ul", "guidelines-group__findings");
      group.findings.forEach(function (finding) {
        items.appendChild(findingItem(panel, form, group, finding));
      });
      section.appendChild(items);
      list.appendChild(section);
    });
    updateToggle(panel, data);
    panel.setAttribute("data-checked", "");
  }

  function start() {
    var panel = document.querySelector("[data-guidelines-panel]");
    var form = document.querySelector("form[data-edit-form]") || document.querySelector("form#page-edit-form");
    if (!panel || !form) return;
    var timer = null;
    var running = null;
    function check() {
      var body = new FormData(form);
      body.append(panel.dataset.targetName, panel.dataset.targetValue);
      if (running) running.abort();
      running = new AbortController();
      fetch(panel.dataset.endpoint, { method: "POST", body: body, credentials: "same-origin", signal: running.signal })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (data) {
          render(panel, form, data);
        })
        .catch(function (error) {
          if (error && error.name === "AbortError") return;
          panel.querySelector("[data-guidelines-status]").textContent = panel.dataset.labelFailed;
        });
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
