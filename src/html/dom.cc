#include "html/dom.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "html/tokenizer.h"

namespace newsgraph::html {
namespace {

constexpr std::string_view kTagNames[] = {
    "",
#define NEWSGRAPH_TAG_NAME(name) #name,
    NEWSGRAPH_HTML_TAGS(NEWSGRAPH_TAG_NAME)
#undef NEWSGRAPH_TAG_NAME
};
constexpr size_t kTagCount = sizeof(kTagNames) / sizeof(kTagNames[0]);

// Open-addressing hash table of the known tag names. A name (at most ten
// bytes) is packed into two integers, so a look-up is one multiplication
// and two integer comparisons, usually.
constexpr size_t kSlots = 512;

struct PackedName {
  uint64_t lo = 0;  // bytes 0-7
  uint64_t hi = 0;  // bytes 8-9, and the length
};

inline PackedName Pack(std::string_view s) {
  PackedName p;
  for (size_t k = 0; k < s.size() && k < 8; ++k)
    p.lo |= uint64_t{static_cast<unsigned char>(s[k])} << (8 * k);
  for (size_t k = 8; k < s.size(); ++k)
    p.hi |= uint64_t{static_cast<unsigned char>(s[k])} << (8 * (k - 8));
  p.hi |= uint64_t{s.size()} << 56;
  return p;
}

inline size_t SlotOf(const PackedName& p) {
  return static_cast<size_t>(((p.lo ^ (p.hi * 0x2545F4914F6CDD1Dull)) * 0x9E3779B97F4A7C15ull) >> 55) &
         (kSlots - 1);
}

struct TagTable {
  std::array<PackedName, kSlots> name{};
  std::array<uint8_t, kSlots> slot{};  // tag index, 0 = empty
  TagTable() {
    for (size_t i = 1; i < kTagCount; ++i) {
      PackedName p = Pack(kTagNames[i]);
      size_t h = SlotOf(p);
      while (slot[h] != 0) h = (h + 1) & (kSlots - 1);
      slot[h] = static_cast<uint8_t>(i);
      name[h] = p;
    }
  }
};

const TagTable& Table() {
  static const TagTable table;
  return table;
}

bool IsVoid(Tag t) {
  switch (t) {
    case Tag::k_area: case Tag::k_base: case Tag::k_br: case Tag::k_col: case Tag::k_embed:
    case Tag::k_hr: case Tag::k_img: case Tag::k_input: case Tag::k_link: case Tag::k_meta:
    case Tag::k_param: case Tag::k_source: case Tag::k_track: case Tag::k_wbr:
    case Tag::k_keygen: case Tag::k_frame:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p> (HTML's "closes a p element" list).
bool ClosesP(Tag t) {
  switch (t) {
    case Tag::k_address: case Tag::k_article: case Tag::k_aside: case Tag::k_blockquote:
    case Tag::k_center: case Tag::k_details: case Tag::k_dialog: case Tag::k_dir:
    case Tag::k_div: case Tag::k_dl: case Tag::k_fieldset: case Tag::k_figcaption:
    case Tag::k_figure: case Tag::k_footer: case Tag::k_form: case Tag::k_h1: case Tag::k_h2:
    case Tag::k_h3: case Tag::k_h4: case Tag::k_h5: case Tag::k_h6: case Tag::k_header:
    case Tag::k_hgroup: case Tag::k_hr: case Tag::k_main: case Tag::k_menu: case Tag::k_nav:
    case Tag::k_ol: case Tag::k_p: case Tag::k_pre: case Tag::k_section: case Tag::k_table:
    case Tag::k_ul: case Tag::k_li: case Tag::k_dd: case Tag::k_dt: case Tag::k_summary:
      return true;
    default:
      return false;
  }
}

// Inline elements an implied end tag may cross (e.g. <p><b>x<p>).
bool IsPhrasing(Tag t) {
  switch (t) {
    case Tag::k_a: case Tag::k_abbr: case Tag::k_b: case Tag::k_big: case Tag::k_cite:
    case Tag::k_code: case Tag::k_em: case Tag::k_font: case Tag::k_i: case Tag::k_kbd:
    case Tag::k_mark: case Tag::k_q: case Tag::k_s: case Tag::k_samp: case Tag::k_small:
    case Tag::k_span: case Tag::k_strike: case Tag::k_strong: case Tag::k_sub:
    case Tag::k_sup: case Tag::k_time: case Tag::k_tt: case Tag::k_u: case Tag::k_var:
    case Tag::k_label: case Tag::k_del: case Tag::k_ins: case Tag::kOther:
      return true;
    default:
      return false;
  }
}

}  // namespace

AttrKey AttrKeyFromName(std::string_view n) {
  using K = AttrKey;
  switch (n.size()) {
    case 2: return n == "id" ? K::k_id : K::kOther;
    case 3: return n == "rel" ? K::k_rel : n == "alt" ? K::k_alt : K::kOther;
    case 4:
      return n == "name" ? K::k_name : n == "lang" ? K::k_lang : n == "role" ? K::k_role
           : n == "href" ? K::k_href : n == "type" ? K::k_type : K::kOther;
    case 5:
      return n == "class" ? K::k_class : n == "style" ? K::k_style
           : n == "title" ? K::k_title : K::kOther;
    case 6: return n == "hidden" ? K::k_hidden : K::kOther;
    case 7:
      return n == "content" ? K::k_content : n == "charset" ? K::k_charset
           : n == "pubdate" ? K::k_pubdate : K::kOther;
    case 8:
      return n == "itemprop" ? K::k_itemprop : n == "property" ? K::k_property
           : n == "datetime" ? K::k_datetime : n == "itemtype" ? K::k_itemtype
           : n == "xml:lang" ? K::k_xml_lang : K::kOther;
    case 10: return n == "http-equiv" ? K::k_http_equiv : K::kOther;
    case 11: return n == "aria-hidden" ? K::k_aria_hidden : K::kOther;
    default: return K::kOther;
  }
}

Tag TagFromName(std::string_view name) {
  if (name.empty() || name.size() > 10) return Tag::kOther;
  const TagTable& t = Table();
  PackedName p = Pack(name);
  for (size_t h = SlotOf(p); t.slot[h] != 0; h = (h + 1) & (kSlots - 1))
    if (t.name[h].lo == p.lo && t.name[h].hi == p.hi) return static_cast<Tag>(t.slot[h]);
  return Tag::kOther;
}

bool IsBlockTag(Tag t) {
  if (ClosesP(t)) return true;
  switch (t) {
    case Tag::k_br: case Tag::k_table: case Tag::k_tr: case Tag::k_td: case Tag::k_th:
    case Tag::k_caption: case Tag::k_tbody: case Tag::k_thead: case Tag::k_tfoot:
    case Tag::k_body: case Tag::k_html: case Tag::k_legend: case Tag::k_option:
    case Tag::k_select: case Tag::k_textarea: case Tag::k_iframe: case Tag::k_video:
    case Tag::k_audio: case Tag::k_canvas: case Tag::k_object: case Tag::k_title:
    case Tag::k_head: case Tag::kRoot: case Tag::k_noscript: case Tag::k_frameset:
      return true;
    default:
      return false;
  }
}

namespace {
constexpr std::string_view kAttrNames[] = {
    "",
#define NEWSGRAPH_ATTR_NAME(id, name) name,
    NEWSGRAPH_HTML_ATTRS(NEWSGRAPH_ATTR_NAME)
#undef NEWSGRAPH_ATTR_NAME
};
}  // namespace

std::string_view Dom::Attr(const Node& n, std::string_view name) const {
  AttrKey key = AttrKeyFromName(name);
  if (key != AttrKey::kOther) return Attr(n, key);
  for (uint32_t k = n.attr_begin; k < n.attr_end; ++k) {
    const DomAttribute& a = attrs_[k];
    if (a.key == AttrKey::kOther &&
        std::string_view(arena_).substr(a.name_begin, a.name_size) == name)
      return Slice(a.value_begin, a.value_size);
  }
  return {};
}

bool Dom::HasAttr(const Node& n, std::string_view name) const {
  AttrKey key = AttrKeyFromName(name);
  if (key != AttrKey::kOther) return HasAttr(n, key);
  for (uint32_t k = n.attr_begin; k < n.attr_end; ++k) {
    const DomAttribute& a = attrs_[k];
    if (a.key == AttrKey::kOther &&
        std::string_view(arena_).substr(a.name_begin, a.name_size) == name)
      return true;
  }
  return false;
}

std::string_view Dom::AttrName(const Node& n, size_t k) const {
  const DomAttribute& a = attrs_[n.attr_begin + k];
  if (a.key != AttrKey::kOther) return kAttrNames[static_cast<size_t>(a.key)];
  return std::string_view(arena_).substr(a.name_begin, a.name_size);
}

std::string_view Dom::AttrValue(const Node& n, size_t k) const {
  const DomAttribute& a = attrs_[n.attr_begin + k];
  return Slice(a.value_begin, a.value_size);
}

std::string_view Dom::TagName(const Node& n) const {
  if (n.tag == Tag::kOther) return other_names_[n.name];
  size_t i = static_cast<size_t>(n.tag);
  return i < kTagCount ? kTagNames[i] : std::string_view();
}

std::string Dom::InnerText(uint32_t i) const {
  std::string out;
  for (uint32_t k = i + 1; k < nodes_[i].end; ++k) {
    if (nodes_[k].tag == Tag::kText) out += text(nodes_[k]);
  }
  return out;
}

class TreeBuilder : public TokenSink {
 public:
  TreeBuilder(Dom* dom, const ParseOptions& options) : dom_(dom), options_(options) {
    input_ = dom->input_;
    Node root;
    root.tag = Tag::kRoot;
    dom_->nodes_.push_back(root);
    stack_.push_back(0);
  }

  void StartTag(std::string_view name, std::span<const Attribute> attrs,
                bool self_closing) override {
    Tag tag = TagFromName(name);
    ImplyEndTags(tag);
    uint32_t id = Append(tag);
    last_text_ = Node::kNone;
    Node& n = dom_->nodes_[id];
    if (tag == Tag::kOther) n.name = Intern(name);
    n.attr_begin = static_cast<uint32_t>(dom_->attrs_.size());
    for (const Attribute& a : attrs) {
      DomAttribute d;
      d.key = AttrKeyFromName(a.name);
      d.name_begin = d.name_size = 0;
      if (d.key == AttrKey::kOther) {
        if (!options_.all_attributes) continue;
        d.name_begin = static_cast<uint32_t>(dom_->arena_.size());
        d.name_size = static_cast<uint32_t>(a.name.size());
        dom_->arena_ += a.name;
      }
      if (!a.has_reference && Borrowable(a.raw_value)) {
        d.value_begin = InputOffset(a.raw_value) | Dom::kInputBit;
        d.value_size = static_cast<uint32_t>(a.raw_value.size());
      } else {
        d.value_begin = static_cast<uint32_t>(dom_->arena_.size());
        a.AppendValue(&dom_->arena_);
        d.value_size = static_cast<uint32_t>(dom_->arena_.size() - d.value_begin);
      }
      dom_->attrs_.push_back(d);
    }
    n.attr_end = static_cast<uint32_t>(dom_->attrs_.size());
    if (tag == Tag::k_svg || tag == Tag::k_math) ++foreign_;
    bool closed = IsVoid(tag) || (self_closing && (foreign_ > 0 || tag == Tag::kOther));
    if (closed) {
      if (tag == Tag::k_svg || tag == Tag::k_math) --foreign_;
      return;
    }
    if (stack_.size() >= options_.max_depth) {
      ++overflow_;  // not pushed: its content goes to the deepest open element
      return;
    }
    stack_.push_back(id);
  }

  void EndTag(std::string_view name) override {
    Tag tag = TagFromName(name);
    if (tag == Tag::k_br) {  // "</br>" is a line break in every browser
      Append(Tag::k_br);
      return;
    }
    // Body and html stay open so trailing content is kept in the tree.
    if (tag == Tag::k_body || tag == Tag::k_html) return;
    uint32_t other = tag == Tag::kOther ? FindName(name) : UINT32_MAX;
    if (tag == Tag::kOther && other == UINT32_MAX) return;
    // Search down the stack, bounded, for the element this closes.
    for (size_t k = stack_.size(); k-- > 1;) {
      const Node& n = dom_->nodes_[stack_[k]];
      if (n.tag == tag && (tag != Tag::kOther || n.name == other)) {
        for (size_t j = k; j < stack_.size(); ++j) {
          Tag t = dom_->nodes_[stack_[j]].tag;
          if (t == Tag::k_svg || t == Tag::k_math) --foreign_;
        }
        stack_.resize(k);
        return;
      }
      // A cell or table end tag does not close anything outside its table.
      if ((tag == Tag::k_td || tag == Tag::k_th || tag == Tag::k_tr) && n.tag == Tag::k_table)
        return;
      if (stack_.size() - k > 1024) return;
    }
    // No such element open; an unmatched </p> implies an empty paragraph,
    // which carries no text, so nothing is added.
  }

  void Text(std::string_view text) override {
    uint32_t parent = stack_.back();
    Node& p = dom_->nodes_[parent];
    // Code and style sheets are never read, except JSON data (JSON-LD).
    if (!options_.keep_scripts && (p.tag == Tag::k_style ||
                                   (p.tag == Tag::k_script && !IsJsonScript(p))))
      return;
    bool borrow = Borrowable(text);
    // Consecutive text (split by a comment or a reference) is one node.
    if (p.last_child != Node::kNone && p.last_child == last_text_) {
      Node& last = dom_->nodes_[last_text_];
      bool last_borrowed = last.text_begin & Dom::kInputBit;
      if (borrow && last_borrowed &&
          (last.text_begin & ~Dom::kInputBit) + last.text_size == InputOffset(text)) {
        last.text_size += static_cast<uint32_t>(text.size());
        return;
      }
      if (last_borrowed) {  // copied to the arena's end, where the rest follows
        std::string_view old = dom_->text(last);
        last.text_begin = static_cast<uint32_t>(dom_->arena_.size());
        dom_->arena_ += old;
      }
      dom_->arena_ += text;
      last.text_size += static_cast<uint32_t>(text.size());
      return;
    }
    uint32_t id = Append(Tag::kText);
    Node& n = dom_->nodes_[id];
    n.text_size = static_cast<uint32_t>(text.size());
    if (borrow) {
      n.text_begin = InputOffset(text) | Dom::kInputBit;
    } else {
      n.text_begin = static_cast<uint32_t>(dom_->arena_.size());
      dom_->arena_ += text;
    }
    last_text_ = id;
  }

 private:
  // Whether `s` lies in the page and may be pointed to instead of copied.
  bool Borrowable(std::string_view s) const {
    if (!options_.borrow_input || s.data() == nullptr) return false;
    auto p = reinterpret_cast<uintptr_t>(s.data());
    auto b = reinterpret_cast<uintptr_t>(input_.data());
    return p >= b && p + s.size() <= b + input_.size();
  }
  uint32_t InputOffset(std::string_view s) const {
    return static_cast<uint32_t>(s.data() - input_.data());
  }

  uint32_t Append(Tag tag) {
    uint32_t parent = stack_.back();
    uint32_t id = static_cast<uint32_t>(dom_->nodes_.size());
    Node n;
    n.tag = tag;
    n.parent = parent;
    n.depth = dom_->nodes_[parent].depth + 1;
    dom_->nodes_.push_back(n);
    Node& p = dom_->nodes_[parent];
    if (p.last_child == Node::kNone) {
      p.first_child = id;
    } else {
      dom_->nodes_[p.last_child].next_sibling = id;
    }
    p.last_child = id;
    return id;
  }

  // Pops to (not including) stack_[k].
  void PopTo(size_t k) {
    for (size_t j = k + 1; j < stack_.size(); ++j) {
      Tag t = dom_->nodes_[stack_[j]].tag;
      if (t == Tag::k_svg || t == Tag::k_math) --foreign_;
    }
    stack_.resize(k + 1);
  }

  // Finds an open `tag` reachable across phrasing elements (and, for
  // `through`, across those too); returns its stack index or 0.
  size_t FindOpen(Tag tag, bool (*through)(Tag)) const {
    for (size_t k = stack_.size(); k-- > 1;) {
      Tag t = dom_->nodes_[stack_[k]].tag;
      if (t == tag) return k;
      if (!IsPhrasing(t) && !(through && through(t))) return 0;
      if (stack_.size() - k > 64) return 0;
    }
    return 0;
  }

  void ImplyEndTags(Tag tag) {
    if (foreign_ > 0) return;
    if (ClosesP(tag)) {
      if (size_t k = FindOpen(Tag::k_p, nullptr)) PopTo(k - 1);
    }
    switch (tag) {
      case Tag::k_li:
        if (size_t k = FindOpen(Tag::k_li, [](Tag t) { return t == Tag::k_p || t == Tag::k_div; }))
          PopTo(k - 1);
        break;
      case Tag::k_dt:
      case Tag::k_dd: {
        auto dd = [](Tag t) { return t == Tag::k_p || t == Tag::k_div; };
        size_t k = std::max(FindOpen(Tag::k_dt, dd), FindOpen(Tag::k_dd, dd));
        if (k) PopTo(k - 1);
        break;
      }
      case Tag::k_option:
        if (size_t k = FindOpen(Tag::k_option, nullptr)) PopTo(k - 1);
        break;
      case Tag::k_td:
      case Tag::k_th:
      case Tag::k_tr: {
        // Close an open cell (and for <tr>, the open row) of the same table.
        for (size_t k = stack_.size(); k-- > 1 && stack_.size() - k < 64;) {
          Tag t = dom_->nodes_[stack_[k]].tag;
          if (t == Tag::k_table) break;
          if (t == Tag::k_td || t == Tag::k_th || (tag == Tag::k_tr && t == Tag::k_tr)) {
            PopTo(k - 1);
            if (tag != Tag::k_tr) break;
          }
        }
        break;
      }
      default:
        break;
    }
  }

  bool IsJsonScript(const Node& n) const {
    std::string_view type = dom_->Attr(n, AttrKey::k_type);
    return type.find("json") != std::string_view::npos;
  }

  uint32_t Intern(std::string_view name) {
    auto it = names_.find(std::string(name));
    if (it != names_.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(dom_->other_names_.size());
    dom_->other_names_.emplace_back(name);
    names_.emplace(std::string(name), id);
    return id;
  }

  uint32_t FindName(std::string_view name) const {
    auto it = names_.find(std::string(name));
    return it == names_.end() ? UINT32_MAX : it->second;
  }

  Dom* dom_;
  ParseOptions options_;
  std::vector<uint32_t> stack_;
  std::string_view input_;
  // The text node that the last text went into: later text in the same
  // parent, with nothing in between, extends it.
  uint32_t last_text_ = Node::kNone;
  std::unordered_map<std::string, uint32_t> names_;
  int foreign_ = 0;
  size_t overflow_ = 0;
};

Dom ParseHtml(std::string_view html, const ParseOptions& options) {
  Dom dom;
  if (html.size() > options.max_bytes) html = html.substr(0, options.max_bytes);
  dom.nodes_.reserve(html.size() / 40 + 16);
  if (options.borrow_input) {
    dom.input_ = html;
    dom.arena_.reserve(1024);
  } else {
    dom.arena_.reserve(html.size() / 2 + 16);
  }
  TreeBuilder builder(&dom, options);
  Tokenize(html, &builder);
  auto& nodes = dom.nodes_;
  for (size_t i = nodes.size(); i-- > 0;) {
    const Node& n = nodes[i];
    nodes[i].end = n.last_child == Node::kNone ? static_cast<uint32_t>(i + 1) : nodes[n.last_child].end;
  }
  return dom;
}

}  // namespace newsgraph::html
