// Search over the prebuilt index (zoekindex.js): every word of a query must begin a word of an
// occupation (prefix match), compared without case or diacritics, so "clienten" finds "cliënten".
// Plain script, no framework, no request: it works from file:// and offline.
(function () {
  "use strict";
  var form = document.querySelector("[data-search]");
  var index = window.beroepsbeeldIndex;
  if (!form || !index) return;
  form.hidden = false;
  var input = form.querySelector("input");
  var root = input.getAttribute("data-root") || "";
  var cards = document.querySelector("[data-cards]");
  var counter = document.getElementById("aantal");
  var initialCount = counter ? counter.textContent : "";
  var english = document.documentElement.lang === "en";

  // The same folding as the index: decompose, drop combining marks, lowercase, letters and digits only.
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  function hasPrefix(words, term) {
    return (" " + words).indexOf(" " + term) !== -1;
  }
  // The slugs that match, best first: all terms in the title, then elsewhere.
  function search(query) {
    var terms = fold(query).split(" ").filter(function (term) { return term.length > 0; });
    if (terms.length === 0) return null;
    var inTitle = [], elsewhere = [];
    index.forEach(function (entry) {
      var all = entry.t + " " + entry.w;
      if (!terms.every(function (term) { return hasPrefix(all, term); })) return;
      (terms.every(function (term) { return hasPrefix(entry.t, term); }) ? inTitle : elsewhere).push(entry.s);
    });
    return inTitle.concat(elsewhere);
  }
  function describe(count) {
    if (english) return count === 1 ? "1 occupation found" : count + " occupations found";
    return count === 1 ? "1 beroep gevonden" : count + " beroepen gevonden";
  }
  // On a page with cards: show only the matches, in ranked order.
  function filterCards(query) {
    var found = search(query);
    var items = Array.prototype.slice.call(cards.children);
    if (found === null) {
      items.forEach(function (card) { card.hidden = false; });
      if (counter) counter.textContent = initialCount;
      return;
    }
    var rank = {};
    found.forEach(function (slug, position) { rank[slug] = position; });
    items.forEach(function (card) { card.hidden = !(card.getAttribute("data-slug") in rank); });
    items.filter(function (card) { return !card.hidden; })
      .sort(function (a, b) { return rank[a.getAttribute("data-slug")] - rank[b.getAttribute("data-slug")]; })
      .forEach(function (card) { cards.appendChild(card); });
    if (counter) counter.textContent = describe(found.length);
  }
  if (cards) {
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; filterCards(query); }
    input.addEventListener("input", function () { filterCards(input.value); });
    form.addEventListener("submit", function (event) { event.preventDefault(); filterCards(input.value); });
  } else {
    form.setAttribute("action", root + "index.html");
  }
})();
