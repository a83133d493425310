// NewsIndex page enhancements. Everything works without this file: these only add
// dragging across histogram bars and filtering a long facet list as you type.
"use strict";

// Drag across bars to choose a range; the URL then carries from/to like a click on one bar does.
function setUpHistogram(svg) {
  const bars = Array.from(svg.querySelectorAll("a.bar"));
  let start = -1, end = -1, dragging = false;
  const index = (target) => bars.indexOf(target.closest("a.bar"));
  const paint = () => {
    const lo = Math.min(start, end), hi = Math.max(start, end);
    bars.forEach((b, i) => b.classList.toggle("drag", dragging && i >= lo && i <= hi));
  };
  svg.addEventListener("pointerdown", (e) => {
    const i = index(e.target);
    if (i < 0) return;
    e.preventDefault();
    start = end = i; dragging = true; paint();
  });
  svg.addEventListener("pointermove", (e) => {
    if (!dragging) return;
    const box = svg.getBoundingClientRect();
    const i = Math.floor((e.clientX - box.left) / box.width * bars.length);
    end = Math.max(0, Math.min(bars.length - 1, i)); paint();
  });
  const finish = (e) => {
    if (!dragging) return;
    dragging = false;
    const lo = Math.min(start, end), hi = Math.max(start, end);
    paint();
    if (lo === hi) { window.location.href = bars[lo].getAttribute("href"); return; }
    e.preventDefault();
    const base = svg.getAttribute("data-base");
    const url = new URL(base, window.location.href);
    url.searchParams.set(svg.getAttribute("data-from"), bars[lo].getAttribute("data-bucket"));
    url.searchParams.set(svg.getAttribute("data-to"), bars[hi].getAttribute("data-bucket"));
    window.location.href = url.pathname + url.search;
  };
  svg.addEventListener("pointerup", finish);
  svg.addEventListener("pointerleave", (e) => { if (dragging) finish(e); });
  // The drag decides where to go; a plain click on the link would fire as well.
  bars.forEach((b) => b.addEventListener("click", (e) => e.preventDefault()));
}

// Type-ahead: hide the values of a facet list that do not contain what was typed.
function setUpTypeahead(input) {
  const list = input.parentElement.querySelector(".values");
  input.hidden = false;
  input.addEventListener("input", () => {
    const needle = input.value.trim().toLowerCase();
    list.querySelectorAll("li").forEach((li) => {
      const label = li.textContent.toLowerCase() + " " + (li.firstElementChild.getAttribute("data-value") || "").toLowerCase();
      li.hidden = needle !== "" && !label.includes(needle);
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("svg.bars").forEach(setUpHistogram);
  document.querySelectorAll("input.typeahead").forEach(setUpTypeahead);
});
