/*
 * Chart embed resizer for parent pages. No dependencies.
 *
 * Paste with an embed code. It finds the site's iframes (iframe[data-chart-embed])
 * and placeholders (<div data-chart-embed="https://…/embed/chart-id/" data-title="…">),
 * creating a titled iframe for each placeholder whose address is https: or on the
 * site's own origin (never javascript: or data:), and keeps each iframe as tall as
 * its chart. It trusts a height message only when it comes from that iframe's own
 * window and from the iframe's origin, clamps the height, and never writes message
 * data into the page's HTML.
 */
(function () {
  "use strict";
  if (window.chartEmbed) return; // pasted twice: one listener is enough
  var MIN = 120;
  var MAX = 10000;
  var frames = [];

  // The origin this script came from: the site whose embed pages it frames.
  var scriptOrigin = document.currentScript && document.currentScript.src ? originOf(document.currentScript.src) : null;

  function originOf(src) {
    try {
      return new URL(src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  // A placeholder's address becomes an iframe only if it is an https: page, or one on this
  // script's (or this page's) own origin: never javascript:, data: or any other scheme,
  // which would run in the host page.
  function safeSource(src) {
    var url;
    try {
      url = new URL(src, location.href);
    } catch (e) {
      return false;
    }
    if (url.protocol === "https:") return true;
    if (url.protocol !== "http:") return false;
    return url.origin === location.origin || url.origin === scriptOrigin;
  }

  function track(iframe) {
    if (iframe.getAttribute("data-chart-embed-tracked")) return;
    iframe.setAttribute("data-chart-embed-tracked", "1");
    iframe.setAttribute("scrolling", "no");
    iframe.style.overflow = "hidden";
    frames.push({iframe: iframe, origin: originOf(iframe.src)});
  }

  function create(placeholder) {
    var src = placeholder.getAttribute("data-chart-embed");
    if (!src || !safeSource(src)) return;
    var iframe = document.createElement("iframe");
    iframe.src = src;
    iframe.title = placeholder.getAttribute("data-title") || "Chart";
    iframe.setAttribute("data-chart-embed", "");
    iframe.setAttribute("loading", "lazy");
    iframe.style.cssText = "border:0;width:100%;height:" + MIN * 4 + "px";
    placeholder.textContent = "";
    placeholder.appendChild(iframe);
    track(iframe);
  }

  function scan() {
    var i;
    var iframes = document.querySelectorAll("iframe[data-chart-embed]");
    for (i = 0; i < iframes.length; i++) track(iframes[i]);
    var placeholders = document.querySelectorAll("div[data-chart-embed]");
    for (i = 0; i < placeholders.length; i++) create(placeholders[i]);
  }

  function heightFrom(data) {
    if (data && typeof data === "object" && data.type === "chart-embed:height") return Number(data.height);
    return NaN;
  }

  window.addEventListener("message", function (event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.iframe.contentWindow || event.origin !== frame.origin) continue;
      var height = heightFrom(event.data);
      if (!isFinite(height)) return;
      frame.iframe.style.height = Math.min(MAX, Math.max(MIN, Math.round(height))) + "px";
      return;
    }
  });

  window.chartEmbed = {scan: scan};
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
