/* The copy-feed-URL buttons and the filter form's fold on narrow screens: the only script of the site.
   Served as a file so the Content-Security-Policy can forbid inline scripts. Without JavaScript the
   buttons stay hidden, the feed links still work and the filter form stays open. */
"use strict";

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  return new Promise(function (resolve, reject) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "vh";
    document.body.appendChild(area);
    area.select();
    var ok = document.execCommand("copy");
    document.body.removeChild(area);
    if (ok) { resolve(); } else { reject(new Error("copy refused")); }
  });
}

function setUpCopyButton(button) {
  var status = button.parentElement.querySelector(".copy-status");
  button.hidden = false;
  button.addEventListener("click", function () {
    var url = button.getAttribute("data-copy");
    copyText(url).then(function () {
      button.classList.add("copied");
      if (status) { status.textContent = "Copied: paste it into your feed reader."; }
    }, function () {
      if (status) { status.textContent = "Could not copy; the address is " + url; }
    });
  });
}

function setUpFilterToggle(button) {
  var panel = button.closest(".filter-panel");
  var shown = button.textContent;
  function set(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    panel.classList.toggle("folded", !open);
    button.textContent = open ? "Hide filters" : shown;
  }
  button.hidden = false;
  set(false);
  button.addEventListener("click", function () {
    set(button.getAttribute("aria-expanded") !== "true");
  });
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button[data-copy]").forEach(setUpCopyButton);
  document.querySelectorAll("button.filter-toggle").forEach(setUpFilterToggle);
});
