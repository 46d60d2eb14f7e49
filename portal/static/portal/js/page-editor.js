// Kreisnetz page editor (portal/page_editor_views.py).
// 1. No lost work: a save or publish pressed while autosave is still sending the form waits for
//    autosave, then goes where autosave moved the form (from "new page" to the page's edit URL);
//    once the form is really sent, autosave stops, so no late autosave follows it.
// 2. A lighter editor: the language picker loads a language whose fields are not rendered, and
//    shows the fields of the language asked for.
(() => {
  const form = document.querySelector("form[data-edit-form]");
  if (!form) return;

  let autosaving = false;
  form.addEventListener("w-autosave:save", () => {
    autosaving = true;
  });
  const autosaved = () => {
    autosaving = false;
  };
  form.addEventListener("w-autosave:success", autosaved);
  form.addEventListener("w-autosave:error", autosaved);

  let waiting = false;
  form.addEventListener(
    "submit",
    (event) => {
      if (!autosaving) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (waiting) return;
      waiting = true;
      const submitter = event.submitter;
      const send = () => {
        form.removeEventListener("w-autosave:success", send);
        form.removeEventListener("w-autosave:error", send);
        form.setAttribute("data-w-autosave-active-value", "false");
        if (submitter && submitter.name) {
          const input = document.createElement("input");
          input.type = "hidden";
          input.name = submitter.name;
          input.value = submitter.value;
          form.appendChild(input);
        }
        HTMLFormElement.prototype.submit.call(form);
      };
      form.addEventListener("w-autosave:success", send);
      form.addEventListener("w-autosave:error", send);
    },
    true,
  );
  window.addEventListener("submit", (event) => {
    if (event.target === form && !event.defaultPrevented) {
      form.setAttribute("data-w-autosave-active-value", "false");
    }
  });

  const marker = document.querySelector("[data-kn-editing-languages]");
  if (!marker) return;
  const rendered = marker.dataset.knEditingLanguages.split(" ");
  const param = marker.dataset.knEditingLanguageParam;
  const codeOf = (toggle) => toggle.textContent.trim();
  // A user who may edit only some languages (a translation reviewer) is offered only those and
  // German (read-only); the server ignores every other field they send.
  const editable = marker.dataset.knEditableLanguages ? marker.dataset.knEditableLanguages.split(" ") : null;
  const offered = (toggle) => !editable || rendered.includes(codeOf(toggle)) || editable.includes(codeOf(toggle));

  document.addEventListener(
    "click",
    (event) => {
      const toggle = event.target.closest("button.locale-toggle");
      if (!toggle || rendered.includes(codeOf(toggle)) || !offered(toggle)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const url = new URL(window.location.href);
      url.searchParams.set(param, codeOf(toggle));
      window.location.assign(url.toString());
    },
    true,
  );

  let tries = 0;
  const showRendered = () => {
    const toggles = document.querySelectorAll("button.locale-toggle");
    if (!toggles.length) {
      if (tries++ < 50) window.setTimeout(showRendered, 100);
      return;
    }
    toggles.forEach((toggle) => {
      if (!offered(toggle)) toggle.hidden = true;
      if (rendered.includes(codeOf(toggle)) && !toggle.classList.contains("showing-locale")) toggle.click();
    });
  };
  showRendered();
})();
