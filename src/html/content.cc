#include "html/content.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <type_traits>

#include "html/class_hints.h"
#include "html/text_util.h"

namespace newsgraph::html {
namespace {

constexpr uint32_t kNone = Node::kNone;

// Elements that never hold article text.
bool IsNeverContent(Tag t) {
  switch (t) {
    case Tag::k_script: case Tag::k_style: case Tag::k_noscript: case Tag::k_template:
    case Tag::k_svg: case Tag::k_math: case Tag::k_iframe: case Tag::k_object:
    case Tag::k_embed: case Tag::k_canvas: case Tag::k_video: case Tag::k_audio:
    case Tag::k_button: case Tag::k_select: case Tag::k_option: case Tag::k_optgroup:
    case Tag::k_input: case Tag::k_textarea: case Tag::k_nav: case Tag::k_head:
    case Tag::k_title: case Tag::k_meta: case Tag::k_link: case Tag::k_dialog:
    case Tag::k_frameset: case Tag::k_frame: case Tag::k_noembed: case Tag::k_noframes:
    case Tag::k_xmp: case Tag::k_base: case Tag::k_figcaption: case Tag::k_label:
    case Tag::k_fieldset: case Tag::k_legend:
      return true;
    default:
      return false;
  }
}

bool IsPhrasingTag(Tag t) {
  switch (t) {
    case Tag::k_a: case Tag::k_abbr: case Tag::k_b: case Tag::k_big: case Tag::k_cite:
    case Tag::k_code: case Tag::k_em: case Tag::k_font: case Tag::k_i: case Tag::k_kbd:
    case Tag::k_mark: case Tag::k_q: case Tag::k_s: case Tag::k_samp: case Tag::k_small:
    case Tag::k_span: case Tag::k_strike: case Tag::k_strong: case Tag::k_sub:
    case Tag::k_sup: case Tag::k_time: case Tag::k_tt: case Tag::k_u: case Tag::k_var:
    case Tag::k_del: case Tag::k_ins: case Tag::kOther: case Tag::k_img: case Tag::k_wbr:
    case Tag::k_picture: case Tag::k_source:
      return true;
    default:
      return false;
  }
}

bool IsHeading(Tag t) {
  return t == Tag::k_h1 || t == Tag::k_h2 || t == Tag::k_h3 || t == Tag::k_h4 ||
         t == Tag::k_h5 || t == Tag::k_h6;
}

// Per-element figures gathered bottom-up. Trivial, so that the array of
// them is not cleared twice: Mark() value-initialises each entry.
struct Stats {
  uint32_t chars;         // visible characters (whitespace runs count once)
  uint32_t link_chars;    // of which inside links
  uint32_t inline_chars;  // characters not inside a nested block
  uint32_t commas;
  uint32_t inline_commas;
  uint32_t paragraphs;    // <p> descendants with text
  uint32_t images;
  uint32_t list_items;
  uint32_t inputs;
  uint32_t headings;
  float score;
  bool candidate;
  bool removed;   // never content (scripts, hidden, nav, ...)
  int weight;         // class/id weight
  uint32_t links;     // <a> descendants
  uint32_t articles;  // <article> descendants, itself included
  bool caption;   // caption, credit or date stamp by its class
};
static_assert(std::is_trivial_v<Stats>);

// Short paragraphs that are calls to action or page furniture, whatever
// the markup around them: these openings are never article prose.
bool IsBoilerplateParagraph(std::string_view p) {
  if (p.size() > 220) return false;
  // Lower-cased copies of the start (l) and, for short paragraphs, all of it.
  char buf[160];
  const size_t lower_size = std::min(p.size(), sizeof buf);
  for (size_t k = 0; k < lower_size; ++k) {
    char c = p[k];
    buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  const std::string_view l(buf, std::min<size_t>(lower_size, 40));
  static constexpr std::string_view kOpenings[] = {
      "advertisement", "read more", "read also", "also read", "related:", "related articles",
      "related stories", "related coverage", "recommended", "sign up", "subscribe", "follow us",
      "follow @", "click here", "share this", "share on", "have a tip", "get the latest",
      "all rights reserved", "copyright", "\xc2\xa9", "don't miss", "don\xe2\x80\x99t miss",
      "see also", "more:", "watch:", "listen:", "image:", "photo:", "image source", "getty images",
      "skip to", "loading", "continue reading", "this content is", "sponsored", "newsletter",
      "this slideshow requires", "like this story", "sharing is caring", "leave a comment",
      "leave a reply", "tell us what you think", "this post may contain", "also on ",
      "comments", "print this", "email this", "posted in", "filed under", "tags:",
      "you may also like", "you might also like", "if you enjoyed this", "learn more",
      "more from", "most popular", "most read", "trending"};
  for (std::string_view o : kOpenings)
    if (o[0] == l[0] && l.starts_with(o)) return true;
  // A CMS shortcode left unrendered ("[button link=...]Send[/button]").
  if (p.front() == '[' && p.find("[/") != std::string_view::npos) return true;
  // Interface labels left as a paragraph of their own.
  if (p.size() < 16) {
    std::string_view w(buf, p.size());
    while (!w.empty() && (w.back() == ':' || w.back() == '.' || w.back() == ' ')) w.remove_suffix(1);
    for (std::string_view label : {"share", "print", "email", "close", "menu", "search", "next",
                                   "previous", "back to top", "top", "reply", "more", "video",
                                   "photo", "gallery", "play", "listen", "save", "tweet"})
      if (w == label) return true;
  }
  // Gallery counters: "Image 3 of 5", "Photo 2 of 10".
  if (p.size() < 24) {
    size_t of = l.find(" of ");
    if (of != std::string_view::npos && of > 0 && l[of - 1] >= '0' && l[of - 1] <= '9' &&
        (l.starts_with("image ") || l.starts_with("photo ") || l.starts_with("slide ") ||
         (l[0] >= '0' && l[0] <= '9')))
      return true;
  }
  // Time stamps and credits written as a line of their own.
  if (p.size() < 90) {
    for (std::string_view o : {"published", "updated", "posted", "last updated", "first published"})
      if (l.starts_with(o)) return true;
  }
  if (p.size() < 160 &&
      std::string_view(buf, p.size()).find("contributed to this report") != std::string_view::npos)
    return true;
  return false;
}

// Kept paragraphs are moved down in place (most pages drop none, and then
// nothing moves).
std::string DropBoilerplateParagraphs(std::string text, std::string_view title) {
  size_t out = 0;  // end of what is kept, text[0, out)
  const size_t size = text.size();
  size_t pos = 0;
  while (pos <= size) {
    size_t e = text.find("\n\n", pos);
    if (e == std::string::npos) e = size;
    std::string_view para(text.data() + pos, e - pos);
    // The title repeated as a plain paragraph is metadata, not body.
    bool is_title = !title.empty() && para.size() < title.size() + 8 && SameText(para, title);
    if (!para.empty() && !IsBoilerplateParagraph(para) && !is_title) {
      if (out > 0) {
        text[out] = text[out + 1] = '\n';
        out += 2;
      }
      if (out != pos) std::memmove(text.data() + out, text.data() + pos, para.size());
      out += para.size();
    }
    pos = e + 2;
  }
  text.resize(out);
  return text;
}

class Extractor {
 public:
  Extractor(const Dom& dom, const ContentOptions& options)
      : dom_(dom), nodes_(dom.nodes()), options_(options), st_(new Stats[nodes_.size()]) {
    Precompute();
    MeasureProse();
  }

  ContentResult Run() {
    ContentResult best;
    size_t best_chars = 0;
    // First with boilerplate-looking containers removed before scoring; when
    // that leaves almost nothing, the page's markup misleads the hints, so
    // try again trusting only text and links.
    for (int pass = 0; pass < 2; ++pass) {
      strict_ = pass == 0;
      Mark();
      Measure();
      uint32_t top = PickTop();
      ContentResult r;
      r.root = top;
      if (top != kNone) Render(top, &r);
      r.bylines = bylines_;
      size_t chars = CountChars(r.text);
      if (chars > best_chars) {
        best = std::move(r);
        best_chars = chars;
      }
      if (best_chars >= 250) break;
    }
    return best;
  }

 private:
  // Characters of unlinked paragraph text under each element, before any
  // removal: a container whose class sounds like furniture but that holds
  // much prose is kept in the first pass.
  // Per-node facts that do not change between passes: text figures of text
  // nodes, class hints and visibility of elements. Script and style text is
  // never measured.
  void Precompute() {
    for (size_t i = 0; i < nodes_.size() && first_h1_ == kNone; ++i)
      if (nodes_[i].tag == Tag::k_h1) first_h1_ = static_cast<uint32_t>(i);
    text_.assign(nodes_.size(), TextFigures());
    hints_.assign(nodes_.size(), ClassHints());
    never_.assign(nodes_.size(), 0);
    for (size_t i = 1; i < nodes_.size(); ++i) {
      const Node& n = nodes_[i];
      if (n.tag == Tag::kText) {
        text_[i] = MeasureText(dom_.text(n));
        continue;
      }
      if (IsNeverContent(n.tag)) {
        for (size_t k = i; k < n.end; ++k) never_[k] = 1;
        i = n.end - 1;
        continue;
      }
      // One pass over the element's attributes for all that is read here.
      std::string_view cls, id, role, itemprop, rel, style;
      bool hidden = false;
      for (size_t k = 0, count = dom_.AttrCount(n); k < count; ++k) {
        switch (dom_.AttrKeyAt(n, k)) {
          case AttrKey::k_class: cls = dom_.AttrValue(n, k); break;
          case AttrKey::k_id: id = dom_.AttrValue(n, k); break;
          case AttrKey::k_role: role = dom_.AttrValue(n, k); break;
          case AttrKey::k_itemprop: itemprop = dom_.AttrValue(n, k); break;
          case AttrKey::k_rel: rel = dom_.AttrValue(n, k); break;
          case AttrKey::k_style: style = dom_.AttrValue(n, k); break;
          case AttrKey::k_hidden: hidden = true; break;
          default: break;
        }
      }
      const ClassFacts& facts = FactsOf(cls);
      if (hidden || facts.hidden || (!style.empty() && HiddenByStyle(style))) {
        for (size_t k = i; k < n.end; ++k) never_[k] = 1;
        i = n.end - 1;
        continue;
      }
      hints_[i] = CombineHints(facts.bits, id.empty() ? 0 : ClassWordBits(id), role, itemprop, rel);
    }
  }

  // What a class value says: its hint words, and whether it is one of the
  // utility classes that hide an element. Pages repeat the same class
  // strings many times over, so each is read once.
  struct ClassFacts {
    uint16_t bits = 0;
    bool hidden = false;
  };

  // Class values already read, in an open-addressing table keyed by their
  // bytes (views into the tree); it doubles when half full.
  class ClassFactsCache {
   public:
    // The entry for `cls`, and whether it was just added (to be filled in).
    std::pair<ClassFacts*, bool> Find(std::string_view cls) {
      if (2 * (used_ + 1) > slots_.size()) Grow();
      uint64_t h = Hash(cls);
      size_t mask = slots_.size() - 1;
      for (size_t k = h & mask;; k = (k + 1) & mask) {
        Slot& s = slots_[k];
        if (s.data == nullptr) {
          s.data = cls.data();
          s.size = cls.size();
          s.hash = h;
          ++used_;
          return {&s.facts, true};
        }
        if (s.hash == h && std::string_view(s.data, s.size) == cls) return {&s.facts, false};
      }
    }

   private:
    struct Slot {
      const char* data = nullptr;  // null: empty (class values are never empty here)
      size_t size = 0;
      uint64_t hash = 0;
      ClassFacts facts;
    };
    // Eight bytes at a time, multiplied and folded.
    static uint64_t Hash(std::string_view s) {
      uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
      size_t i = 0;
      for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
      }
      uint64_t w = 0;
      for (size_t k = 0; i + k < s.size(); ++k)
        w |= uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k);
      h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
      return h ^ (h >> 29);
    }
    void Grow() {
      std::vector<Slot> old = std::move(slots_);
      slots_.assign(old.empty() ? 256 : old.size() * 2, Slot());
      size_t mask = slots_.size() - 1;
      for (const Slot& s : old) {
        if (s.data == nullptr) continue;
        size_t k = s.hash & mask;
        while (slots_[k].data != nullptr) k = (k + 1) & mask;
        slots_[k] = s;
      }
    }
    std::vector<Slot> slots_;
    size_t used_ = 0;
  };

  const ClassFacts& FactsOf(std::string_view cls) {
    static const ClassFacts kEmpty;
    if (cls.empty()) return kEmpty;
    auto [facts, added] = class_facts_.Find(cls);
    if (added) {
      facts->bits = ClassWordBits(cls);
      facts->hidden = MayHideElement(facts->bits) && HiddenByClass(cls);
    }
    return *facts;
  }

  // Utility classes that CSS frameworks use to hide an element from view
  // (whole class tokens only: "hidden-xs" hides on small screens only).
  static bool HiddenByClass(std::string_view cls) {
    for (size_t b = 0; b < cls.size();) {
      size_t e = b;
      while (e < cls.size() && cls[e] != ' ' && cls[e] != '\t' && cls[e] != '\n') ++e;
      std::string_view tok = cls.substr(b, e - b);
      if (tok == "hidden" || tok == "hide" || tok == "d-none" || tok == "sr-only" ||
          tok == "visually-hidden" || tok == "screen-reader-text" || tok == "visuallyhidden" ||
          tok == "is-hidden" || tok == "u-hidden")
        return true;
      b = e + 1;
    }
    return false;
  }

  static bool HiddenByStyle(std::string_view style) {
    std::string s = ToLowerAscii(style);
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s.find("display:none") != std::string::npos ||
           s.find("visibility:hidden") != std::string::npos;
  }

  void MeasureProse() {
    prose_.assign(nodes_.size(), 0);
    quoted_.assign(nodes_.size(), 0);
    std::vector<uint32_t> chars(nodes_.size(), 0), links(nodes_.size(), 0);
    for (size_t i = nodes_.size(); i-- > 1;) {
      const Node& n = nodes_[i];
      if (n.tag == Tag::kText) {
        chars[i] = text_[i].chars;
      } else if (n.tag == Tag::k_script || n.tag == Tag::k_style) {
        chars[i] = links[i] = prose_[i] = 0;
      } else {
        if (n.tag == Tag::k_a) links[i] = chars[i];
        if (n.tag == Tag::k_p) prose_[i] = chars[i] - std::min(chars[i], links[i]);
      }
      chars[n.parent] += chars[i];
      links[n.parent] += links[i];
      prose_[n.parent] += prose_[i];
      if (n.tag == Tag::k_blockquote) quoted_[i] = chars[i];
      quoted_[n.parent] += quoted_[i];
    }
  }

  // Forward pass: which elements are never content, and class/id hints.
  void Mark() {
    bylines_.clear();
    for (size_t i = 0; i < nodes_.size(); ++i) {
      Stats& s = st_[i];
      s = Stats{};
      const Node& n = nodes_[i];
      if (n.tag == Tag::kRoot) continue;
      const Stats& p = st_[n.parent];
      if (p.removed) {
        s.removed = true;
        continue;
      }
      if (n.tag == Tag::kText) continue;
      if (never_[i]) {
        s.removed = true;
        continue;
      }
      const ClassHints& h = hints_[i];
      s.weight = h.weight;
      s.caption = h.caption || h.dateline || n.tag == Tag::k_time ||
                  dom_.Attr(n, AttrKey::k_itemprop).substr(0, 4) == "date" || dom_.Attr(n, AttrKey::k_rel) == "tag";
      if (h.byline && !IsContainerWithText(i)) {
        std::string t = CollapseWhitespace(dom_.InnerText(static_cast<uint32_t>(i)));
        if (!t.empty() && t.size() < 200) bylines_.push_back(t);
        s.removed = true;
        continue;
      }
      // An embedded post (a quoted tweet in a "social embed" box) is part
      // of the story, whatever its box is called.
      bool embedded_post = quoted_[i] >= 40 && n.end - i < 200;
      if (h.comments || (h.always_boilerplate && prose_[i] < 800 && !embedded_post)) {
        s.removed = true;
        continue;
      }
      if (strict_ && h.unlikely && n.tag != Tag::k_body && n.tag != Tag::k_html &&
          n.tag != Tag::k_a && n.tag != Tag::k_article && n.tag != Tag::k_main &&
          !InsideTableOrCode(i) && prose_[i] < 800 && !embedded_post) {
        s.removed = true;
        continue;
      }
    }
  }

  // A byline class on a large block is a mistaken hint; keep such blocks.
  bool IsContainerWithText(size_t i) const {
    const Node& n = nodes_[i];
    return n.end - i > 60;
  }

  bool InsideTableOrCode(size_t i) const {
    int hops = 0;
    for (uint32_t p = nodes_[i].parent; p != kNone && hops < 12; p = nodes_[p].parent, ++hops) {
      Tag t = nodes_[p].tag;
      if (t == Tag::k_table || t == Tag::k_code || t == Tag::k_pre) return true;
    }
    return false;
  }

  // Reverse pass: sizes, link text and counts, then paragraph scores.
  void Measure() {
    for (size_t i = nodes_.size(); i-- > 0;) {
      const Node& n = nodes_[i];
      Stats& s = st_[i];
      if (s.removed) continue;
      if (n.tag == Tag::kText) {
        const TextFigures& f = text_[i];
        s.chars = s.inline_chars = f.chars;
        s.commas = s.inline_commas = f.commas;
      } else {
        if (n.tag == Tag::k_a) {
          s.link_chars = s.chars;
          ++s.links;
        }
        if (n.tag == Tag::k_p && s.chars > 0) ++s.paragraphs;
        if (n.tag == Tag::k_img) ++s.images;
        if (n.tag == Tag::k_li) ++s.list_items;
        if (n.tag == Tag::k_article) ++s.articles;
        if (n.tag == Tag::k_input) ++s.inputs;
        if (IsHeading(n.tag)) ++s.headings;
      }
      if (n.parent == kNone) continue;
      Stats& p = st_[n.parent];
      p.chars += s.chars;
      p.link_chars += s.link_chars;
      p.links += s.links;
      p.articles += s.articles;
      p.commas += s.commas;
      p.paragraphs += s.paragraphs;
      p.images += s.images;
      p.list_items += s.list_items;
      p.inputs += s.inputs;
      p.headings += s.headings;
      if (n.tag == Tag::kText || IsPhrasingTag(n.tag)) {
        p.inline_chars += s.inline_chars;
        p.inline_commas += s.inline_commas;
      }
    }
    // Paragraph-like elements pass their score to a few ancestors.
    for (size_t i = 0; i < nodes_.size(); ++i) {
      const Node& n = nodes_[i];
      const Stats& s = st_[i];
      if (s.removed || n.tag == Tag::kText || n.tag == Tag::kRoot) continue;
      uint32_t len;
      uint32_t commas = s.commas;
      if (n.tag == Tag::k_body || n.tag == Tag::k_html || n.tag == Tag::k_head) continue;
      if (n.tag == Tag::k_p || n.tag == Tag::k_pre || n.tag == Tag::k_td) {
        len = s.chars;
      } else if (IsPhrasingTag(n.tag) || IsHeading(n.tag) || n.tag == Tag::k_li ||
                 n.tag == Tag::k_a) {
        continue;
      } else {
        len = s.inline_chars;  // a div holding text directly acts as a paragraph
        commas = s.inline_commas;
      }
      if (len < 25) continue;
      // Link-heavy paragraphs are menus and teasers, not prose.
      if (n.tag != Tag::k_p && s.chars > 0 && s.link_chars * 2 > s.chars) continue;
      float add = 1.0f + commas + std::min(3u, len / 100);
      // Text held directly by a div is, in effect, a paragraph inside that
      // div (browsers and Readability see it so), so scoring starts there.
      bool direct = !(n.tag == Tag::k_p || n.tag == Tag::k_pre || n.tag == Tag::k_td);
      uint32_t a = direct ? static_cast<uint32_t>(i) : n.parent;
      for (int level = 0; level < 5 && a != kNone; ++level, a = nodes_[a].parent) {
        if (nodes_[a].tag == Tag::kRoot) break;
        Stats& as = st_[a];
        if (!as.candidate) InitCandidate(a);
        float div = level == 0 ? 1.0f : level == 1 ? 2.0f : level * 3.0f;
        as.score += add / div;
      }
    }
  }

  void InitCandidate(uint32_t i) {
    Stats& s = st_[i];
    s.candidate = true;
    float base = 0;
    switch (nodes_[i].tag) {
      case Tag::k_div: case Tag::k_article: case Tag::k_main: case Tag::k_section: base = 5; break;
      case Tag::k_pre: case Tag::k_td: case Tag::k_blockquote: base = 3; break;
      case Tag::k_address: case Tag::k_ol: case Tag::k_ul: case Tag::k_dl: case Tag::k_dd:
      case Tag::k_dt: case Tag::k_li: case Tag::k_form: base = -3; break;
      case Tag::k_h1: case Tag::k_h2: case Tag::k_h3: case Tag::k_h4: case Tag::k_h5:
      case Tag::k_h6: case Tag::k_th: base = -5; break;
      default: break;
    }
    if (nodes_[i].tag == Tag::k_article) base += 5;
    s.score = base + s.weight;
  }

  float LinkDensity(uint32_t i) const {
    const Stats& s = st_[i];
    return s.chars == 0 ? 0.0f : static_cast<float>(s.link_chars) / s.chars;
  }

  uint32_t PickTop() {
    uint32_t top = kNone;
    float best = -1e30f;
    std::vector<std::pair<float, uint32_t>> ranked;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      Stats& s = st_[i];
      if (!s.candidate || s.removed) continue;
      s.score *= 1.0f - LinkDensity(static_cast<uint32_t>(i));
      ranked.push_back({s.score, static_cast<uint32_t>(i)});
      if (s.score > best) {
        best = s.score;
        top = static_cast<uint32_t>(i);
      }
    }
    if (top == kNone) {
      // No paragraphs at all: fall back to the body (or the root).
      for (size_t i = 0; i < nodes_.size(); ++i)
        if (nodes_[i].tag == Tag::k_body && !st_[i].removed) return static_cast<uint32_t>(i);
      return 0;
    }
    std::partial_sort(ranked.begin(), ranked.begin() + std::min<size_t>(ranked.size(), 6),
                      ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (ranked.size() > 6) ranked.resize(6);
    // When several strong candidates share an ancestor, the article is split
    // into pieces (e.g. around ads); the ancestor holds all of them.
    std::vector<uint32_t> alternatives;
    for (size_t k = 1; k < ranked.size(); ++k)
      // Other <article> elements are other stories (teasers), not pieces.
      if (ranked[k].first >= 0.75f * best && nodes_[ranked[k].second].tag != Tag::k_article)
        alternatives.push_back(ranked[k].second);
    if (alternatives.size() >= 3) {
      for (uint32_t a = nodes_[top].parent; a != kNone && nodes_[a].tag != Tag::k_body &&
                                            nodes_[a].tag != Tag::kRoot;
           a = nodes_[a].parent) {
        int inside = 0;
        for (uint32_t alt : alternatives)
          if (alt >= a && alt < nodes_[a].end) ++inside;
        if (inside >= 3) {
          top = a;
          break;
        }
      }
    }
    if (!st_[top].candidate) InitCandidate(top);
    // Climb while a parent scores at least as well: the article container
    // is often one level above its densest part.
    float last = st_[top].score;
    float threshold = last / 3;
    for (uint32_t p = nodes_[top].parent; p != kNone && nodes_[p].tag != Tag::k_body &&
                                          nodes_[p].tag != Tag::kRoot;
         p = nodes_[p].parent) {
      if (!st_[p].candidate) continue;
      if (st_[p].score < threshold) break;
      if (st_[p].score > last) {
        top = p;
        break;
      }
      last = st_[p].score;
    }
    // An only child says nothing its parent does not.
    while (true) {
      uint32_t p = nodes_[top].parent;
      if (p == kNone || nodes_[p].tag == Tag::k_body || nodes_[p].tag == Tag::kRoot) break;
      if (ElementChildren(p) != 1) break;
      top = p;
    }
    return top;
  }

  int ElementChildren(uint32_t i) const {
    int count = 0;
    for (uint32_t c = nodes_[i].first_child; c != kNone; c = nodes_[c].next_sibling) {
      if (st_[c].removed) continue;
      if (nodes_[c].tag == Tag::kText) {
        if (st_[c].chars > 0) return 2;
        continue;
      }
      ++count;
    }
    return count;
  }

  // Whether sibling `c` of the chosen element belongs to the article too.
  bool KeepSibling(uint32_t top, uint32_t c) const {
    if (c == top) return true;
    const Stats& s = st_[c];
    if (s.removed || nodes_[c].tag == Tag::kText) return false;
    float threshold = std::max(10.0f, st_[top].score * 0.35f);
    float bonus = 0;
    std::string_view tc = dom_.Attr(nodes_[top], AttrKey::k_class);
    if (!tc.empty() && tc == dom_.Attr(nodes_[c], AttrKey::k_class)) bonus = st_[top].score * 0.2f;
    if (s.candidate && s.score + bonus >= threshold) return true;
    // Paragraphs nested too deep to have passed their score up still count.
    if (!s.candidate && prose_[c] >= 300 && LinkDensity(c) < 0.25f &&
        (bonus > 0 || prose_[c] * 2 >= s.chars))
      return true;
    if (nodes_[c].tag == Tag::k_p || (s.inline_chars == s.chars && !IsPhrasingTag(nodes_[c].tag))) {
      float ld = LinkDensity(c);
      if (s.chars > 80 && ld < 0.25f) return true;
      if (s.chars > 0 && s.chars <= 80 && ld == 0 && s.commas + s.chars > 0) {
        std::string t = CollapseWhitespace(dom_.InnerText(c));
        if (!t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?')) return true;
      }
    }
    return false;
  }

  // Readability-style cleaning of a container inside the article: drops
  // share bars, link lists, image galleries and forms that sit among the
  // paragraphs. Returns true when the element should be dropped.
  bool DropInside(uint32_t i) const {
    const Node& n = nodes_[i];
    const Stats& s = st_[i];
    if (n.tag == Tag::k_figure) return true;  // images and their captions
    // Several <article>s inside the article are teasers of other stories.
    if (n.tag == Tag::k_article && st_[render_root_].articles >= 3 &&
        s.chars * 3 < st_[render_root_].chars)
      return true;
    // Captions, credits and date stamps are page furniture even inside
    // the article, unless they hold a real share of its prose.
    if (s.caption && !(s.candidate && s.score > 20)) return true;
    // A run of links inside a paragraph is a hover card or a link list.
    // The innermost such element goes, so a name linked beside its card stays.
    if (IsPhrasingTag(n.tag) && n.tag != Tag::k_a && s.links >= 3 && LinkDensity(i) > 0.85f) {
      uint32_t most = 0;
      for (uint32_t c = n.first_child; c != kNone; c = nodes_[c].next_sibling)
        most = std::max(most, st_[c].links);
      if (most + 1 < s.links) return true;
    }
    if (IsHeading(n.tag)) {
      // The page's first <h1> is its headline, which is metadata (the title).
      if (i == first_h1_) return true;
      if (s.weight < 0 || LinkDensity(i) > 0.33f) return true;
      if (!options_.title.empty() && s.chars > 0) {
        std::string t = CollapseWhitespace(dom_.InnerText(i));
        if (SameText(t, options_.title)) return true;
      }
      return false;
    }
    if (n.tag == Tag::k_p && !InsideQuote(i)) {
      // A paragraph that is one link ("Read more: ...") is a teaser.
      float ld = LinkDensity(i);
      return s.chars > 0 && ((s.chars < 200 && ld > 0.8f && s.commas == 0) ||
                             (s.chars < 400 && ld > 0.7f));
    }
    // A layout cell or list item made of several links is a menu.
    if ((n.tag == Tag::k_td || n.tag == Tag::k_th || n.tag == Tag::k_li || n.tag == Tag::k_dd) &&
        s.links >= 2 && LinkDensity(i) > 0.7f)
      return true;
    bool container = n.tag == Tag::k_div || n.tag == Tag::k_section || n.tag == Tag::k_ul ||
                     n.tag == Tag::k_ol || n.tag == Tag::k_table || n.tag == Tag::k_form ||
                     n.tag == Tag::k_aside || n.tag == Tag::k_header || n.tag == Tag::k_footer ||
                     n.tag == Tag::k_dl ||
                     // A custom element is a container only when it holds blocks.
                     (n.tag == Tag::kOther && s.inline_chars < s.chars);
    if (!container) return false;
    if (n.tag == Tag::k_aside || n.tag == Tag::k_footer || n.tag == Tag::k_header) {
      if (s.paragraphs < 3) return true;
    }
    if (s.chars == 0) return true;
    if (quoted_[i] * 2 >= s.chars && n.end - i < 200) return false;  // an embedded post
    // Negative words on a block that also scored as prose (a "widget" that
    // holds the story) are overruled by its paragraphs.
    if (s.weight < 0 && (!s.candidate || s.score + s.weight < 0)) return true;
    if (s.commas >= 10) return false;
    float ld = LinkDensity(i);
    uint32_t p = s.paragraphs;
    bool is_list = n.tag == Tag::k_ul || n.tag == Tag::k_ol;
    if (s.images > 1 && p * 2 < s.images && s.chars < 200) return true;
    if (!is_list && s.list_items > p + 10 && ld > 0.2f) return true;
    if (s.inputs > p / 3 + 1) return true;
    if (s.chars < 25 && (s.images == 0 || s.images > 2) && s.headings == 0) return true;
    // A list with a link among its items is still content; a list of links is not.
    if (s.weight < 25 && ld > (is_list ? 0.4f : 0.33f) && s.chars < 600) return true;
    if (ld > 0.5f) return true;
    if (is_list && ld > 0.4f) return true;
    return false;
  }

  // Quoted posts (embedded tweets) are mostly links yet part of the story.
  bool InsideQuote(uint32_t i) const {
    int hops = 0;
    for (uint32_t p = nodes_[i].parent; p != kNone && hops < 4; p = nodes_[p].parent, ++hops)
      if (nodes_[p].tag == Tag::k_blockquote) return true;
    return false;
  }

  void Render(uint32_t top, ContentResult* r) {
    std::vector<uint32_t> roots;
    uint32_t parent = nodes_[top].parent;
    if (parent != kNone && nodes_[top].tag != Tag::k_body && nodes_[top].tag != Tag::kRoot) {
      for (uint32_t c = nodes_[parent].first_child; c != kNone; c = nodes_[c].next_sibling)
        if (KeepSibling(top, c)) roots.push_back(c);
    } else {
      roots.push_back(top);
    }
    TextWriter w;
    for (uint32_t root : roots) RenderSubtree(root, root == top, &w);
    r->text = DropBoilerplateParagraphs(w.Finish(), options_.title);
  }

  void RenderSubtree(uint32_t root, bool is_top, TextWriter* w) {
    render_root_ = root;
    std::vector<uint32_t> open;  // ends of open blocks
    uint32_t end = nodes_[root].end;
    for (uint32_t i = root; i < end;) {
      while (!open.empty() && open.back() <= i) {
        open.pop_back();
        w->Break();
      }
      const Node& n = nodes_[i];
      const Stats& s = st_[i];
      if (s.removed || (i != root && n.tag != Tag::kText && DropInside(i)) ||
          (i == root && !is_top && DropInside(i))) {
        i = n.end;
        continue;
      }
      if (n.tag == Tag::kText) {
        w->Append(dom_.text(n));
      } else if (n.tag == Tag::k_br) {
        w->LineBreak();
      } else if (!IsPhrasingTag(n.tag)) {
        w->Break();
        open.push_back(n.end);
      }
      ++i;
    }
    while (!open.empty()) {
      open.pop_back();
      w->Break();
    }
  }

  const Dom& dom_;
  const std::vector<Node>& nodes_;
  const ContentOptions& options_;
  std::unique_ptr<Stats[]> st_;  // filled by Mark()
  std::vector<std::string> bylines_;
  std::vector<uint32_t> prose_;
  std::vector<uint32_t> quoted_;  // characters inside <blockquote>s
  std::vector<TextFigures> text_;
  std::vector<ClassHints> hints_;
  std::vector<uint8_t> never_;
  ClassFactsCache class_facts_;
  bool strict_ = true;
  uint32_t render_root_ = 0;
  uint32_t first_h1_ = kNone;
};

}  // namespace

ContentResult ExtractContent(const Dom& dom, const ContentOptions& options) {
  Extractor e(dom, options);
  return e.Run();
}

}  // namespace newsgraph::html
