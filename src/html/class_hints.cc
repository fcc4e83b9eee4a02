#include "html/class_hints.h"

#include <algorithm>

namespace newsgraph::html {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool IsPositive(std::string_view w) {
  return In(w, {"article", "body", "content", "entry", "hentry", "main", "post", "text", "blog",
                "story", "prose", "paragraph", "richtext", "articlebody", "storybody",
                "postbody", "entrycontent"});
}

bool IsNegative(std::string_view w) {
  return In(w, {"comment", "comments", "share", "sharing", "social", "related", "footer",
                "sidebar", "nav", "navbar", "navigation", "menu", "promo", "newsletter",
                "subscribe", "subscription", "signup", "advert", "advertisement", "ad", "ads",
                "sponsor", "sponsored", "banner", "breadcrumb", "breadcrumbs", "tags", "tag",
                "widget", "popup", "modal", "cookie", "gdpr", "masthead", "outbrain", "taboola",
                "recirc", "recirculation", "trending", "popular", "recommended",
                "recommendations", "caption", "credit", "credits", "toolbar", "pagination",
                "pager", "print", "hidden", "skip", "login", "bio", "disclaimer", "copyright",
                "rss", "contact", "shopping", "combx", "shoutbox", "skyscraper", "meta",
                "teaser", "teasers", "more", "also", "read", "next", "prev", "previous",
                "author", "byline", "timestamp", "date", "dateline", "topics", "follow",
                "email", "video", "gallery", "slideshow", "carousel", "aside", "rail",
                "header", "hdr", "tools", "actions", "utility", "supplemental", "extra",
                "inline", "embed", "audio", "player", "podcast", "infobox", "callout"});
}

bool IsUnlikely(std::string_view w) {
  return In(w, {"comment", "comments", "community", "disqus", "footer", "sidebar", "menu",
                "nav", "navbar", "navigation", "related", "remark", "replies", "rss", "shoutbox",
                "social", "share", "sharing", "sponsor", "sponsored", "skyscraper", "banner",
                "breadcrumb", "breadcrumbs", "pagination", "pager", "popup", "modal", "cookie",
                "gdpr", "agegate", "combx", "legends", "outbrain", "taboola", "recirc",
                "trending", "newsletter", "signup", "subscribe", "masthead", "ad", "ads",
                "advert", "advertisement", "promo", "header", "toolbar", "tags",
                "recommended", "recommendations", "popular", "supplemental", "login"});
}

bool IsOkMaybe(std::string_view w) {
  return In(w, {"article", "body", "content", "main", "column", "story", "text", "post",
                "entry", "articlebody", "storybody"});
}

bool IsAlways(std::string_view w) {
  return In(w, {"comments", "comment", "share", "sharing", "social", "newsletter", "cookie",
                "gdpr", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "recirc",
                "related", "signup", "subscribe", "advertisement", "sponsored", "popup",
                "modal"});
}

bool IsBylineWord(std::string_view w) {
  return In(w, {"byline", "author", "authors", "writer", "contributor", "byl", "creator"});
}

}  // namespace

void SplitClassWords(std::string_view s, std::vector<std::string>* words) {
  words->clear();
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words->push_back(std::move(cur));
    cur.clear();
  };
  char prev = 0;
  for (char c : s) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (!lower && !upper && !digit) {
      flush();
    } else {
      if (upper && prev >= 'a' && prev <= 'z') flush();  // camelCase boundary
      cur.push_back(upper ? static_cast<char>(c + 32) : c);
    }
    prev = c;
  }
  flush();
}

ClassHints HintsFor(const Dom& dom, const Node& n) {
  ClassHints h;
  std::string_view cls = dom.Attr(n, "class");
  std::string_view id = dom.Attr(n, "id");
  std::string_view role = dom.Attr(n, "role");
  std::string_view itemprop = dom.Attr(n, "itemprop");
  std::string_view rel = dom.Attr(n, "rel");
  if (itemprop == "articleBody" || itemprop == "articlebody" || role == "main" ||
      role == "article")
    h.weight += 25;
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "menu" || role == "menubar" || role == "dialog" ||
      role == "alert" || role == "search" || role == "toolbar")
    h.always_boilerplate = true;
  if (rel == "author" || itemprop == "author") h.byline = true;
  if (cls.empty() && id.empty()) return h;
  thread_local std::vector<std::string> words;
  bool any_ok = false, any_unlikely = false, any_always = false, any_byline = false;
  for (std::string_view attr : {cls, id}) {
    if (attr.empty()) continue;
    SplitClassWords(attr, &words);
    bool pos = false, neg = false;
    for (std::string& w : words) {
      // Plurals carry the same hint ("dates", "ads", "tags").
      if (w.size() > 3 && w.back() == 's' && !IsNegative(w) && !IsPositive(w)) w.pop_back();
      if (IsPositive(w)) pos = true;
      if (IsNegative(w)) neg = true;
      if (IsOkMaybe(w)) any_ok = true;
      if (IsUnlikely(w)) any_unlikely = true;
      if (IsAlways(w)) any_always = true;
      if (IsBylineWord(w)) any_byline = true;
      if (w == "caption" || w == "captions" || w == "credit" || w == "credits" ||
          w == "figcaption" || w == "photocredit" || w == "abstract" || w == "dek" ||
          w == "standfirst" || w == "kicker" || w == "eyebrow" || w == "subtitle" ||
          w == "subheadline" || w == "strapline")
        h.caption = true;
      if (w == "date" || w == "dates" || w == "timestamp" || w == "time" || w == "published" ||
          w == "updated" || w == "pubdate" || w == "dateline")
        h.dateline = true;
      if (w == "comment" || w == "comments" || w == "disqus" || w == "replies") h.comments = true;
    }
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
