#ifndef NEWSGRAPH_HTML_DOM_H_
#define NEWSGRAPH_HTML_DOM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::html {

// Tags the extractor reasons about; everything else is kOther (its name is
// kept for matching end tags). Order is irrelevant.
#define NEWSGRAPH_HTML_TAGS(X)                                                          \
  X(a) X(abbr) X(address) X(area) X(article) X(aside) X(audio) X(b) X(base) X(big)      \
  X(blockquote) X(body) X(br) X(button) X(canvas) X(caption) X(center) X(cite) X(code)  \
  X(col) X(colgroup) X(dd) X(del) X(details) X(dialog) X(dir) X(div) X(dl) X(dt) X(em)  \
  X(embed) X(fieldset) X(figcaption) X(figure) X(font) X(footer) X(form) X(frame)       \
  X(frameset) X(h1) X(h2) X(h3) X(h4) X(h5) X(h6) X(head) X(header) X(hgroup) X(hr)     \
  X(html) X(i) X(iframe) X(img) X(input) X(ins) X(kbd) X(label) X(legend) X(li) X(link) \
  X(main) X(mark) X(math) X(menu) X(meta) X(nav) X(noembed) X(noframes) X(noscript)     \
  X(object) X(ol) X(optgroup) X(option) X(p) X(param) X(picture) X(pre) X(q) X(s)       \
  X(samp) X(script) X(section) X(select) X(small) X(source) X(span) X(strike) X(strong) \
  X(style) X(sub) X(summary) X(sup) X(svg) X(table) X(tbody) X(td) X(template)          \
  X(textarea) X(tfoot) X(th) X(thead) X(time) X(title) X(tr) X(track) X(tt) X(u) X(ul)  \
  X(var) X(video) X(wbr) X(xmp) X(keygen)

enum class Tag : uint8_t {
  kOther = 0,
#define NEWSGRAPH_TAG_ENUM(name) k_##name,
  NEWSGRAPH_HTML_TAGS(NEWSGRAPH_TAG_ENUM)
#undef NEWSGRAPH_TAG_ENUM
      kText,  // a text node
  kRoot,      // the document
};

// The tag for a lower-cased element name.
Tag TagFromName(std::string_view name);

// True for elements that start a new block of text (p, div, li, h1, ...).
bool IsBlockTag(Tag tag);

struct Node {
  static constexpr uint32_t kNone = UINT32_MAX;
  Tag tag = Tag::kOther;
  uint32_t parent = kNone;
  uint32_t first_child = kNone;
  uint32_t last_child = kNone;
  uint32_t next_sibling = kNone;
  uint32_t depth = 0;
  uint32_t end = 0;  // one past the last descendant: the subtree is [index, end)
  // Element: [attr_begin, attr_end) into Dom::attrs. Text: [text_begin,
  // text_begin + text_size) into the text arena.
  uint32_t attr_begin = 0, attr_end = 0;
  uint32_t text_begin = 0, text_size = 0;
  uint32_t name = 0;  // kOther: interned name id
};

struct ParseOptions {
  // Elements nested deeper than this are attached to the deepest open
  // element instead, so depth (and every walk over it) stays bounded.
  uint32_t max_depth = 256;
  // Input past this many bytes is ignored.
  size_t max_bytes = size_t{64} << 20;
  // Keep every attribute; by default only those extraction reads (class,
  // id, style, role, itemprop, rel, href, content, name, property, lang,
  // datetime, type, hidden, title, alt, ...) are stored, which halves parsing time on
  // pages heavy with data-* and srcset attributes.
  bool all_attributes = false;
  // Keep the text of <script> and <style>; by default only scripts whose
  // type names JSON (JSON-LD metadata) keep their text.
  bool keep_scripts = false;
  // Let text and attribute values that need no decoding point into `html`
  // instead of copying them: faster, but the page must then outlive the
  // tree (and must not move).
  bool borrow_input = false;
};

// The attributes extraction reads, each a small number so that a look-up
// compares one byte instead of a name. kOther: any other attribute (kept
// only with ParseOptions::all_attributes; its name is in the arena).
#define NEWSGRAPH_HTML_ATTRS(X)                                                        \
  X(id, "id") X(name, "name") X(lang, "lang") X(role, "role") X(href, "href")          \
  X(type, "type") X(rel, "rel") X(alt, "alt") X(class, "class") X(style, "style")      \
  X(title, "title") X(hidden, "hidden") X(content, "content") X(charset, "charset")    \
  X(pubdate, "pubdate") X(itemprop, "itemprop") X(property, "property")                \
  X(datetime, "datetime") X(itemtype, "itemtype") X(xml_lang, "xml:lang")              \
  X(http_equiv, "http-equiv") X(aria_hidden, "aria-hidden")

enum class AttrKey : uint8_t {
  kOther = 0,
#define NEWSGRAPH_ATTR_ENUM(id, name) k_##id,
  NEWSGRAPH_HTML_ATTRS(NEWSGRAPH_ATTR_ENUM)
#undef NEWSGRAPH_ATTR_ENUM
};

// The key of a lower-cased attribute name; kOther for names not listed.
AttrKey AttrKeyFromName(std::string_view name);

struct DomAttribute {
  uint32_t value_begin, value_size;  // into the arena
  uint32_t name_begin, name_size;    // into the arena, kOther only
  AttrKey key;
};

// A light document tree: nodes in document order (a node's descendants
// follow it contiguously, so a reverse scan visits children before parents),
// node 0 the root. Built by ParseHtml; immutable afterwards.
class Dom {
 public:
  const std::vector<Node>& nodes() const { return nodes_; }
  const Node& node(uint32_t i) const { return nodes_[i]; }
  // Text of a text node.
  std::string_view text(const Node& n) const { return Slice(n.text_begin, n.text_size); }
  // Value of attribute `name` (lower-case) on an element, or empty.
  std::string_view Attr(const Node& n, std::string_view name) const;
  bool HasAttr(const Node& n, std::string_view name) const;
  // The same by key: one byte compared per attribute.
  std::string_view Attr(const Node& n, AttrKey key) const {
    for (uint32_t k = n.attr_begin; k < n.attr_end; ++k) {
      const DomAttribute& a = attrs_[k];
      if (a.key == key) return Slice(a.value_begin, a.value_size);
    }
    return {};
  }
  bool HasAttr(const Node& n, AttrKey key) const {
    for (uint32_t k = n.attr_begin; k < n.attr_end; ++k)
      if (attrs_[k].key == key) return true;
    return false;
  }
  // The stored attributes of an element (see ParseOptions::all_attributes).
  size_t AttrCount(const Node& n) const { return n.attr_end - n.attr_begin; }
  std::string_view AttrName(const Node& n, size_t k) const;
  std::string_view AttrValue(const Node& n, size_t k) const;
  AttrKey AttrKeyAt(const Node& n, size_t k) const { return attrs_[n.attr_begin + k].key; }
  // Name of an element (for kOther, the name as written, lower-cased).
  std::string_view TagName(const Node& n) const;
  // All text under node i, concatenated as is (no whitespace handling).
  std::string InnerText(uint32_t i) const;

 private:
  friend class TreeBuilder;
  // Offsets with this bit set are into input_ (ParseOptions::borrow_input),
  // others into arena_. Pages are capped far below 2 GiB.
  static constexpr uint32_t kInputBit = uint32_t{1} << 31;
  std::string_view Slice(uint32_t begin, uint32_t size) const {
    const char* base = (begin & kInputBit) ? input_.data() : arena_.data();
    return std::string_view(base + (begin & ~kInputBit), size);
  }
  friend Dom ParseHtml(std::string_view html, const ParseOptions& options);
  std::vector<Node> nodes_;
  std::vector<DomAttribute> attrs_;
  std::vector<std::string> other_names_;
  std::string arena_;
  std::string_view input_;  // the page, when borrowed
};


// Builds the tree of a UTF-8 page with the tolerant rules browsers apply to
// real pages: implied end tags for p, li, dt/dd, option, table cells and
// rows; void elements; stray and misnested end tags close up to the matching
// open element or are ignored; content after </body> or </html> stays in the
// tree. Time and memory are linear in the input; nothing recurses.
Dom ParseHtml(std::string_view html, const ParseOptions& options = {});

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_DOM_H_
