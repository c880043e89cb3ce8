/* unspun report: layer toggles, technique popups, JSON download. Uses textContent only. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("unspun-data").textContent);
  var techniques = data.techniques || [];
  var popup = document.getElementById("popup");
  var body = popup.querySelector(".popup-body");
  var title = popup.querySelector("#popup-title");
  var opener = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function fmt(x) { return typeof x === "number" ? x.toFixed(2) : "not measured"; }

  function closePopup() {
    if (popup.hidden) return;
    popup.hidden = true;
    if (opener) opener.focus();
    opener = null;
  }

  function openPopup(target) {
    var items = [];
    for (var node = target; node && node !== document.body; node = node.parentElement) {
      if (node.classList && node.classList.contains("tech") && node.dataset.t !== undefined) {
        items.push(techniques[Number(node.dataset.t)]);
      }
    }
    if (!items.length) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    title.textContent = items.length > 1 ? items.length + " overlapping techniques" : items[0].label;
    items.forEach(function (t) {
      var box = el("div", "item");
      if (items.length > 1) box.appendChild(el("h3", "name", t.label));
      box.appendChild(el("div", "family", "Family: " + t.family));
      box.appendChild(el("p", "definition", t.definition || "No definition available for this technique."));
      if (t.example) box.appendChild(el("p", "example", "Invented example: \u201c" + t.example + "\u201d"));
      var dl = el("dl");
      dl.appendChild(el("dt", null, "Whose words")); dl.appendChild(el("dd", "quoted-from",
        t.quoted_from ? "In a quote: " + t.quoted_from + "\u2019s words, not the article\u2019s" :
        (t.whose_words_known === false ? "Not known: quotes were not looked for in this article" : "The article\u2019s own words")));
      dl.appendChild(el("dt", null, "Confidence")); dl.appendChild(el("dd", "confidence", fmt(t.confidence)));
      dl.appendChild(el("dt", null, "Dev " + (t.dev_metric || "score"))); dl.appendChild(el("dd", "dev-score", fmt(t.dev_score)));
      dl.appendChild(el("dt", null, "Text")); dl.appendChild(el("dd", "span-text", "\u201c" + t.text + "\u201d"));
      box.appendChild(dl);
      box.appendChild(el("p", "caveat", "Found automatically, and often wrong. Confidence is the model\u2019s own " +
        "probability (0 to 1), not a measured accuracy; the dev score says how well this technique\u2019s spans " +
        "matched human annotators on held-out articles (1 = always)."));
      body.appendChild(box);
    });
    var rect = target.getBoundingClientRect();
    popup.hidden = false;
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 8));
    popup.style.left = left + "px";
    popup.style.top = (rect.bottom + window.scrollY + 8) + "px";
    opener = target;
    popup.querySelector(".close").focus();
  }

  document.getElementById("article").addEventListener("click", function (ev) {
    var tech = ev.target.closest ? ev.target.closest(".tech") : null;
    if (tech && !document.body.classList.contains("hide-techniques")) { ev.stopPropagation(); openPopup(tech); }
  });
  document.getElementById("article").addEventListener("keydown", function (ev) {
    var tech = ev.target.closest ? ev.target.closest(".tech") : null;
    if (tech && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); openPopup(tech); }
  });
  popup.querySelector(".close").addEventListener("click", closePopup);
  // Tab out of the popup closes it and returns to the highlight it came from (the next Tab moves on),
  // rather than leaving it open while focus wanders to the page.
  popup.addEventListener("keydown", function (ev) { if (ev.key === "Tab") { ev.preventDefault(); closePopup(); } });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closePopup(); });
  document.addEventListener("click", function (ev) { if (!popup.contains(ev.target)) closePopup(); });

  Array.prototype.forEach.call(document.querySelectorAll("input[data-layer]"), function (box) {
    box.addEventListener("change", function () {
      var layer = box.dataset.layer;
      document.body.classList.toggle("hide-" + layer, !box.checked);
      var cls = { techniques: ".tech", quotes: ".quote", claims: ".claim" }[layer];
      if (!cls) return;
      Array.prototype.forEach.call(document.querySelectorAll(cls + "[tabindex]"), function (m) {
        m.tabIndex = box.checked ? 0 : -1;
      });
    });
  });

  var download = document.getElementById("download-json");
  download.addEventListener("click", function () {
    var text = JSON.stringify(data.analysis, null, 2);
    var url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    var a = el("a");
    a.href = url;
    a.download = (data.filename || "analysis") + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });
})();
