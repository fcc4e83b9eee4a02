#include "html/class_hints.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace newsgraph::html {
namespace {

enum WordBit : uint16_t {
  kPositive = 1, kNegative = 2, kUnlikely = 4, kOkMaybe = 8, kAlways = 16, kByline = 32,
  kCaption = 64, kDateline = 128, kComments = 256,
};

// Generic words of class names and ids, with what each suggests. One hash
// lookup per word keeps this off the profile.
const std::unordered_map<std::string_view, uint16_t>& WordTable() {
  static const auto* table = new std::unordered_map<std::string_view, uint16_t>{
      {"abstract", kCaption},
      {"actions", kNegative},
      {"ad", kNegative | kUnlikely},
      {"ads", kNegative | kUnlikely},
      {"advert", kNegative | kUnlikely},
      {"advertisement", kNegative | kUnlikely | kAlways},
      {"agegate", kUnlikely},
      {"also", kNegative},
      {"article", kPositive | kOkMaybe},
      {"articlebody", kPositive | kOkMaybe},
      {"aside", kNegative},
      {"audio", kNegative},
      {"author", kNegative | kByline},
      {"authors", kByline},
      {"banner", kNegative | kUnlikely},
      {"bio", kNegative},
      {"blog", kPositive},
      {"body", kPositive | kOkMaybe},
      {"breadcrumb", kNegative | kUnlikely | kAlways},
      {"breadcrumbs", kNegative | kUnlikely | kAlways},
      {"byl", kByline},
      {"byline", kNegative | kByline},
      {"callout", kNegative},
      {"caption", kNegative | kCaption},
      {"captions", kCaption},
      {"carousel", kNegative},
      {"column", kOkMaybe},
      {"combx", kNegative | kUnlikely},
      {"comment", kNegative | kUnlikely | kAlways | kComments},
      {"comments", kNegative | kUnlikely | kAlways | kComments},
      {"community", kUnlikely},
      {"contact", kNegative},
      {"content", kPositive | kOkMaybe},
      {"contributor", kByline},
      {"cookie", kNegative | kUnlikely | kAlways},
      {"copyright", kNegative},
      {"creator", kByline},
      {"credit", kNegative | kCaption},
      {"credits", kNegative | kCaption},
      {"date", kNegative | kDateline},
      {"dateline", kNegative | kDateline},
      {"dates", kDateline},
      {"dek", kCaption},
      {"disclaimer", kNegative},
      {"disqus", kUnlikely | kComments},
      {"email", kNegative},
      {"embed", kNegative},
      {"entry", kPositive | kOkMaybe},
      {"entrycontent", kPositive},
      {"extra", kNegative},
      {"eyebrow", kCaption},
      {"figcaption", kCaption},
      {"follow", kNegative},
      {"footer", kNegative | kUnlikely},
      {"gallery", kNegative},
      {"gdpr", kNegative | kUnlikely | kAlways},
      {"hdr", kNegative},
      {"header", kNegative | kUnlikely},
      {"hentry", kPositive},
      {"hidden", kNegative},
      {"infobox", kNegative},
      {"inline", kNegative},
      {"kicker", kCaption},
      {"legends", kUnlikely},
      {"login", kNegative | kUnlikely},
      {"main", kPositive | kOkMaybe},
      {"masthead", kNegative | kUnlikely},
      {"menu", kNegative | kUnlikely},
      {"meta", kNegative},
      {"modal", kNegative | kUnlikely | kAlways},
      {"more", kNegative},
      {"nav", kNegative | kUnlikely},
      {"navbar", kNegative | kUnlikely},
      {"navigation", kNegative | kUnlikely},
      {"newsletter", kNegative | kUnlikely | kAlways},
      {"next", kNegative},
      {"outbrain", kNegative | kUnlikely | kAlways},
      {"pager", kNegative | kUnlikely},
      {"pagination", kNegative | kUnlikely},
      {"paragraph", kPositive},
      {"photocredit", kCaption},
      {"player", kNegative},
      {"podcast", kNegative},
      {"popular", kNegative | kUnlikely},
      {"popup", kNegative | kUnlikely | kAlways},
      {"post", kPositive | kOkMaybe},
      {"postbody", kPositive},
      {"prev", kNegative},
      {"previous", kNegative},
      {"print", kNegative},
      {"promo", kNegative | kUnlikely},
      {"prose", kPositive},
      {"pubdate", kDateline},
      {"published", kDateline},
      {"rail", kNegative},
      {"read", kNegative},
      {"recirc", kNegative | kUnlikely | kAlways},
      {"recirculation", kNegative},
      {"recommendations", kNegative | kUnlikely},
      {"recommended", kNegative | kUnlikely},
      {"related", kNegative | kUnlikely | kAlways},
      {"remark", kUnlikely},
      {"replies", kUnlikely | kComments},
      {"richtext", kPositive},
      {"rss", kNegative | kUnlikely},
      {"share", kNegative | kUnlikely | kAlways},
      {"sharing", kNegative | kUnlikely | kAlways},
      {"shopping", kNegative},
      {"shoutbox", kNegative | kUnlikely},
      {"sidebar", kNegative | kUnlikely},
      {"signup", kNegative | kUnlikely | kAlways},
      {"skip", kNegative},
      {"slider", kNegative},
      {"skyscraper", kNegative | kUnlikely},
      {"slideshow", kNegative},
      {"social", kNegative | kUnlikely | kAlways},
      {"sponsor", kNegative | kUnlikely},
      {"sponsored", kNegative | kUnlikely | kAlways},
      {"standfirst", kCaption},
      {"story", kPositive | kOkMaybe},
      {"storybody", kPositive | kOkMaybe},
      {"strapline", kCaption},
      {"subheadline", kCaption},
      {"subscribe", kNegative | kUnlikely | kAlways},
      {"subscription", kNegative},
      {"subtitle", kCaption},
      {"supplemental", kNegative | kUnlikely},
      {"taboola", kNegative | kUnlikely | kAlways},
      {"tag", kNegative},
      {"tags", kNegative | kUnlikely},
      {"teaser", kNegative},
      {"teasers", kNegative},
      {"text", kPositive | kOkMaybe},
      {"time", kDateline},
      {"timestamp", kNegative | kDateline},
      {"toolbar", kNegative | kUnlikely},
      {"tools", kNegative},
      {"topics", kNegative},
      {"trending", kNegative | kUnlikely},
      {"updated", kDateline},
      {"utility", kNegative},
      {"video", kNegative},
      {"widget", kNegative},
      {"writer", kByline},
  };
  return *table;
}

// Calls f(word) for each lower-cased word of a class or id value, without
// allocating. Words longer than 31 bytes are skipped: no hint is that long.
template <typename F>
void ForEachClassWord(std::string_view s, F&& f) {
  char buf[32];
  size_t len = 0;
  bool too_long = false;
  auto flush = [&] {
    if (len > 0 && !too_long) f(std::string_view(buf, len));
    len = 0;
    too_long = false;
  };
  char prev = 0;
  for (char c : s) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (!lower && !upper && !digit) {
      flush();
    } else {
      if (upper && prev >= 'a' && prev <= 'z') flush();  // camelCase boundary
      if (len < sizeof buf) {
        buf[len++] = upper ? static_cast<char>(c + 32) : c;
      } else {
        too_long = true;
      }
    }
    prev = c;
  }
  flush();
}

uint16_t WordBits(std::string_view w) {
  // Most class words are layout jargon ("col", "flex", "mt2"); a length
  // screen skips hashing them.
  if (w.size() < 2 || w.size() > 16) return 0;
  const auto& t = WordTable();
  auto it = t.find(w);
  return it == t.end() ? 0 : it->second;
}

}  // namespace

void SplitClassWords(std::string_view s, std::vector<std::string>* words) {
  words->clear();
  ForEachClassWord(s, [&](std::string_view w) { words->emplace_back(w); });
}

ClassHints HintsFor(const Dom& dom, const Node& n) {
  ClassHints h;
  std::string_view cls = dom.Attr(n, AttrKey::k_class);
  std::string_view id = dom.Attr(n, AttrKey::k_id);
  std::string_view role = dom.Attr(n, AttrKey::k_role);
  std::string_view itemprop = dom.Attr(n, AttrKey::k_itemprop);
  std::string_view rel = dom.Attr(n, AttrKey::k_rel);
  if (itemprop == "articleBody" || itemprop == "articlebody" || role == "main" ||
      role == "article")
    h.weight += 25;
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "menu" || role == "menubar" || role == "dialog" ||
      role == "alert" || role == "search" || role == "toolbar")
    h.always_boilerplate = true;
  if (rel == "author" || itemprop == "author") h.byline = true;
  if (cls.empty() && id.empty()) return h;
  bool any_ok = false, any_unlikely = false, any_always = false, any_byline = false;
  for (std::string_view attr : {cls, id}) {
    if (attr.empty()) continue;
    bool pos = false, neg = false;
    ForEachClassWord(attr, [&](std::string_view w) {
      // Plurals carry the same hint ("dates", "ads", "tags").
      uint16_t bits = WordBits(w);
      if (bits == 0 && w.size() > 3 && w.back() == 's') bits = WordBits(w.substr(0, w.size() - 1));
      if (bits & kPositive) pos = true;
      if (bits & kNegative) neg = true;
      if (bits & kOkMaybe) any_ok = true;
      if (bits & kUnlikely) any_unlikely = true;
      if (bits & kAlways) any_always = true;
      if (bits & kByline) any_byline = true;
      if (bits & kCaption) h.caption = true;
      if (bits & kDateline) h.dateline = true;
      if (bits & kComments) h.comments = true;
    });
    if (pos) h.weight += 25;
    if (neg) h.weight -= 25;
  }
  h.unlikely = any_unlikely && !any_ok;
  h.always_boilerplate = h.always_boilerplate || (any_always && !any_ok);
  h.byline = h.byline || (any_byline && !any_ok);
  h.comments = h.comments && !any_ok;
  h.caption = h.caption && !any_ok;
  h.dateline = h.dateline && !any_ok;
  return h;
}

}  // namespace newsgraph::html
