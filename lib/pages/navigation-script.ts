// A MuPDF script (run by `mutool run`, ES5) that prints one page's links and the outline as JSON.
// Written for both the older (`new Document`, `bound()`) and newer (`Document.openDocument`,
// `getBounds()`) MuPDF script APIs, since the Debian release decides which one is installed.
export const NAVIGATION_SCRIPT = String.raw`
var doc = typeof Document.openDocument === "function" ? Document.openDocument(scriptArgs[0]) : new Document(scriptArgs[0]);
var n = parseInt(scriptArgs[1], 10);
var count = doc.countPages();
function pageOf(uri) {
  if (!uri) return null;
  try {
    var loc = doc.resolveLink(uri);
    var index = typeof loc === "number" ? loc : loc && typeof loc.page === "number" ? loc.page : -1;
    return index >= 0 ? index + 1 : null;
  } catch (e) { return null; }
}
function rectOf(x) { return typeof x.getBounds === "function" ? x.getBounds() : typeof x.bound === "function" ? x.bound() : x.bounds; }
function outline(items) {
  var out = [];
  if (!items) return out;
  for (var i = 0; i < items.length; i++) {
    var it = items[i];
    out.push({ title: String(it.title || ""), page: pageOf(it.uri), children: outline(it.down) });
  }
  return out;
}
var links = [];
var size = { width: 0, height: 0 };
if (n >= 1 && n <= count) {
  var page = doc.loadPage(n - 1);
  var b = rectOf(page);
  size = { width: b[2] - b[0], height: b[3] - b[1] };
  var raw = page.getLinks();
  for (var i = 0; i < raw.length; i++) {
    var l = raw[i];
    var uri = typeof l.getURI === "function" ? l.getURI() : l.uri;
    var r = rectOf(l);
    var external = uri && !/^#/.test(uri);
    links.push({ rect: [r[0] - b[0], r[1] - b[1], r[2] - b[0], r[3] - b[1]], page: external ? null : pageOf(uri), uri: external ? uri : null });
  }
}
print(JSON.stringify({ pageCount: count, size: size, links: links, outline: outline(doc.loadOutline()) }));
`;
