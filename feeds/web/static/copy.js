/* The copy-feed-URL buttons: the only script of the site. Served as a file so the Content-Security-Policy
   can forbid inline scripts. Buttons stay hidden without JavaScript; the feed links still work. */
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

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button[data-copy]").forEach(setUpCopyButton);
});
