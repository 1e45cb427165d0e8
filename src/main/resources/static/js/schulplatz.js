// Progressive enhancement only: every page works without this script.
"use strict";

// Reloads a part of the page (data-refresh = its URL) every 2 s while it reports a run going on
// (data-active="true"), and for a while after a start, until the new run shows up.
function keepFresh(section) {
  let pollsAfterStart = section.dataset.justStarted === "true" ? 15 : 0;
  let sawActive = false;
  const refresh = async () => {
    try {
      const response = await fetch(section.dataset.refresh, {headers: {"Accept": "text/html"}});
      if (response.redirected) {
        // The session ended (login page instead of the fragment): reload shows the login.
        window.location.reload();
        return;
      }
      if (!response.ok) {
        return;
      }
      const holder = document.createElement("div");
      holder.innerHTML = await response.text();
      const fresh = holder.firstElementChild;
      // Not while the user is on a button of the section (e.g. "Anhalten"): it would vanish under the click.
      const focused = document.activeElement;
      if (!(focused && focused.tagName === "BUTTON" && section.contains(focused))) {
        section.replaceChildren(...fresh.childNodes);
      }
      sawActive = sawActive || section.dataset.active === "true" || fresh.dataset.active === "true";
      section.dataset.active = fresh.dataset.active;
      if (fresh.dataset.active !== "true" && (sawActive || pollsAfterStart <= 1)) {
        // The run has ended (or never showed up): the notice that it started is no longer true.
        document.querySelectorAll("[data-run-started]").forEach(notice => notice.remove());
      }
      const announcement = document.getElementById("lauf-ansage");
      if (announcement && fresh.dataset.announce && fresh.dataset.announce !== section.dataset.announce) {
        announcement.textContent = fresh.dataset.announce;
      }
      section.dataset.announce = fresh.dataset.announce;
    } finally {
      pollsAfterStart = Math.max(0, pollsAfterStart - 1);
      if (section.dataset.active === "true" || pollsAfterStart > 0) {
        setTimeout(refresh, 2000);
      }
    }
  };
  if (section.dataset.active === "true" || pollsAfterStart > 0) {
    setTimeout(refresh, 2000);
  }
}

// Filters apply as they are chosen: a changed choice submits its form (the button stays for keyboards
// and for pages without this script).
function applyOnChange(form) {
  form.querySelectorAll("select").forEach(select => select.addEventListener("change", () => form.requestSubmit()));
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-refresh]").forEach(keepFresh);
  document.querySelectorAll("form[data-auto-submit]").forEach(applyOnChange);
});
