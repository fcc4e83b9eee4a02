#include "html/metadata.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "html/class_hints.h"
#include "html/dates.h"
#include "html/entities.h"
#include "html/json_lite.h"
#include "html/text_util.h"

namespace newsgraph::html {
namespace {

std::string Clean(std::string_view s) {
  std::string decoded;
  AppendDecoded(s, &decoded);  // JSON-LD and some meta values carry escaped HTML
  return CollapseWhitespace(decoded);
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Substring test, much faster than string_view::find on long texts with
// common first letters.
bool Contains(std::string_view text, std::string_view key) { return ContainsBytes(text, key); }

bool LooksLikeUrl(std::string_view s) {
  return StartsWith(s, "http://") || StartsWith(s, "https://") || StartsWith(s, "//") ||
         StartsWith(s, "/") || StartsWith(s, "www.");
}

// Schema.org types that describe the article itself.
bool IsArticleType(JsonValue t) {
  auto one = [](std::string_view s) {
    return s.find("Article") != std::string_view::npos || s == "BlogPosting" || s == "Report" ||
           s == "LiveBlogPosting" || s == "WebPage" || s == "Posting" || s == "ReportageNewsArticle";
  };
  if (t.is_string()) return one(t.str());
  if (t.is_array())
    for (JsonValue x : t)
      if (x.is_string() && one(x.str())) return true;
  return false;
}

bool IsWebPageOnly(JsonValue t) { return t.is_string() && t.str() == "WebPage"; }

std::string NameOf(JsonValue v) {
  if (v.is_string()) return Clean(v.str());
  if (v.is_object()) {
    JsonValue name = v.find("name");
    if (name.is_string()) return Clean(name.str());
  }
  if (v.is_array() && !v.empty()) return NameOf(v.front());
  return {};
}

void AddAuthor(std::vector<std::string>* authors, std::string name) {
  if (name.empty() || name.size() > 100 || LooksLikeUrl(name)) return;
  for (const std::string& a : *authors)
    if (SameText(a, name)) return;
  authors->push_back(std::move(name));
}

// A site name as pages state it, without a URL form or a slogan after " | ".
std::string CleanSiteName(std::string_view raw) {
  std::string s = CollapseWhitespace(raw);
  if (LooksLikeUrl(s)) return {};
  size_t bar = s.find(" | ");
  if (bar != std::string::npos && bar > 0) s.resize(bar);
  return s;
}

void AuthorsFrom(JsonValue v, std::vector<std::string>* out) {
  if (v.is_array()) {
    for (JsonValue x : v) AuthorsFrom(x, out);
    return;
  }
  std::string name = NameOf(v);
  if (v.is_string() && (name.find(',') != std::string::npos || name.find(" and ") != std::string::npos)) {
    for (std::string& a : SplitAuthors(name)) AddAuthor(out, std::move(a));
    return;
  }
  AddAuthor(out, std::move(name));
}

std::string StringField(JsonValue obj, const char* key) {
  JsonValue it = obj.find(key);
  if (it.is_string()) return Clean(it.str());
  if (it.is_array() && !it.empty() && it.front().is_string()) return Clean(it.front().str());
  return {};
}

struct JsonLdFacts {
  std::string headline, published, site_name, language, url, original_source, body;
  std::vector<std::string> authors;
  bool from_article = false;
};

void VisitJsonLd(JsonValue v, JsonLdFacts* f, int depth) {
  if (depth > 8) return;
  if (v.is_array()) {
    for (JsonValue x : v) VisitJsonLd(x, f, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  if (JsonValue g = v.find("@graph"); g.valid()) VisitJsonLd(g, f, depth + 1);
  JsonValue t = v.find("@type");
  if (!t.valid() || !IsArticleType(t)) {
    if (JsonValue m = v.find("mainEntity"); m.valid()) VisitJsonLd(m, f, depth + 1);
    return;
  }
  // A real article outranks a plain WebPage description.
  bool article = !IsWebPageOnly(t);
  if (f->from_article && !article) return;
  bool override = article && !f->from_article;
  auto take = [&](std::string* dst, std::string value) {
    if (!value.empty() && (dst->empty() || override)) *dst = std::move(value);
  };
  take(&f->headline, StringField(v, "headline"));
  if (f->headline.empty()) take(&f->headline, StringField(v, "name"));
  take(&f->published, NormalizeDate(StringField(v, "datePublished")));
  if (f->published.empty()) take(&f->published, NormalizeDate(StringField(v, "dateCreated")));
  take(&f->language, StringField(v, "inLanguage"));
  take(&f->url, StringField(v, "url"));
  if (JsonValue it = v.find("mainEntityOfPage"); it.valid()) {
    if (it.is_string()) take(&f->url, Clean(it.str()));
    else if (it.is_object()) take(&f->url, StringField(it, "@id"));
  }
  if (JsonValue it = v.find("publisher"); it.valid()) take(&f->site_name, NameOf(it));
  for (const char* key : {"sourceOrganization", "isBasedOn", "isBasedOnUrl", "provider"}) {
    if (JsonValue it = v.find(key); it.valid()) {
      std::string name = NameOf(it);
      if (name.empty() && it.is_object()) name = StringField(it, "url");
      if (std::string_view(key) == "provider" && SameOrganization(name, f->site_name)) continue;
      take(&f->original_source, name);
    }
  }
  if (JsonValue it = v.find("author"); it.valid() && (f->authors.empty() || override)) {
    std::vector<std::string> a;
    AuthorsFrom(it, &a);
    if (!a.empty()) f->authors = std::move(a);
  }
  if (JsonValue it = v.find("creator"); it.valid() && f->authors.empty()) AuthorsFrom(it, &f->authors);
  if (JsonValue it = v.find("articleBody"); it.is_string()) {
    // Kept with its line breaks: they are the paragraph breaks.
    std::string body;
    AppendDecoded(it.str(), &body);
    take(&f->body, std::move(body));
  }
  if (article) f->from_article = true;
}

// Tolerates the commonest breakage of hand-made JSON-LD: raw control
// characters (newlines, tabs) inside strings. False when there is nothing
// to read (no object or array, or a syntax error).
bool ParseJsonLoose(std::string_view s, JsonDoc* doc) {
  std::string fixed(s);
  for (char& c : fixed)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  // Some pages wrap JSON-LD in HTML comments or CDATA.
  size_t b = fixed.find_first_of("{[");
  size_t e = fixed.find_last_of("}]");
  if (b == std::string::npos || e == std::string::npos || e < b) return false;
  return doc->Parse(std::string_view(fixed).substr(b, e - b + 1));
}

std::string Language(std::string_view v) {
  std::string s = ToLowerAscii(CollapseWhitespace(v));
  size_t e = 0;
  while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
  if (e != 2 && e != 3) return {};
  if (e == 3) return {};  // only ISO 639-1 codes are promised
  return s.substr(0, 2);
}

// Host of a URL without "www.", lower-cased; empty when none.
std::string HostOf(std::string_view url) {
  size_t b = url.find("://");
  if (b == std::string_view::npos) return {};
  b += 3;
  size_t e = url.find_first_of("/?#:", b);
  std::string host = ToLowerAscii(url.substr(b, e == std::string_view::npos ? url.size() - b : e - b));
  if (StartsWith(host, "www.")) host = host.substr(4);
  return host;
}

// The name of a microdata item (itemprop=publisher): its itemprop=name
// (content or text), else the title or alt text of its logo link or image.
std::string MicrodataName(const Dom& dom, uint32_t item) {
  const auto& nodes = dom.nodes();
  std::string fallback;
  for (uint32_t k = item + 1; k < nodes[item].end && k < item + 64; ++k) {
    const Node& c = nodes[k];
    if (c.tag == Tag::kText) continue;
    if (dom.Attr(c, AttrKey::k_itemprop) == "name") {
      std::string_view content = dom.Attr(c, AttrKey::k_content);
      return content.empty() ? CollapseWhitespace(dom.InnerText(k)) : Clean(content);
    }
    if (fallback.empty() && (c.tag == Tag::k_a || c.tag == Tag::k_img)) {
      std::string_view t = dom.Attr(c, c.tag == Tag::k_a ? AttrKey::k_title : AttrKey::k_alt);
      if (!t.empty()) fallback = Clean(t);
    }
  }
  return fallback;
}

// A cheap screen before reading class words: most elements have no
// date-like class at all.
bool MayBeDateStamp(const Dom& dom, const Node& n) {
  for (std::string_view v : {dom.Attr(n, AttrKey::k_class), dom.Attr(n, AttrKey::k_id)})
    if (v.find("ate") != std::string_view::npos || v.find("ime") != std::string_view::npos ||
        v.find("ublish") != std::string_view::npos)
      return true;
  return false;
}

// Meta names that say "publication date" in a site's own words
// ("sn-post-date", "article.publish-date", "pubDateTime").
bool IsPublishDateKey(std::string_view key) {
  bool date = key.find("date") != std::string_view::npos || key.find("time") != std::string_view::npos;
  if (!date || key.find("modif") != std::string_view::npos || key.find("updat") != std::string_view::npos ||
      key.find("expir") != std::string_view::npos)
    return false;
  for (std::string_view w : {"publish", "pub", "post", "creat", "release", "issued"})
    if (key.find(w) != std::string_view::npos) return true;
  return false;
}

std::string ResolveUrl(std::string_view href, std::string_view base) {
  std::string h = CollapseWhitespace(href);
  if (h.empty()) return {};
  if (StartsWith(h, "http://") || StartsWith(h, "https://")) return h;
  if (base.empty()) return StartsWith(h, "//") ? "https:" + h : std::string();
  size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return {};
  if (StartsWith(h, "//")) return std::string(base.substr(0, scheme + 1)) + h;
  size_t host_end = base.find('/', scheme + 3);
  std::string_view origin = host_end == std::string_view::npos ? base : base.substr(0, host_end);
  if (StartsWith(h, "/")) return std::string(origin) + h;
  return {};
}


}  // namespace

bool SameOrganization(std::string_view a, std::string_view b) {
  auto key = [](std::string_view s) {
    std::string k;
    for (char c : s)
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) k.push_back(c);
      else if (c >= 'A' && c <= 'Z') k.push_back(static_cast<char>(c + 32));
    for (std::string_view tld : {"com", "org", "net"})
      if (k.size() > tld.size() + 2 && k.compare(k.size() - tld.size(), tld.size(), tld) == 0)
        k.resize(k.size() - tld.size());
    return k;
  };
  std::string ka = key(a), kb = key(b);
  if (ka.empty() || kb.empty()) return false;
  return ka == kb || (ka.size() >= 4 && kb.find(ka) != std::string::npos) ||
         (kb.size() >= 4 && ka.find(kb) != std::string::npos);
}

std::string CleanTitle(std::string_view raw, std::string_view site_name) {
  std::string t = CollapseWhitespace(raw);
  static const char* kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » ", " « "};
  for (int round = 0; round < 2; ++round) {
    size_t best = std::string::npos;
    size_t sep_len = 0;
    for (const char* sep : kSeparators) {
      size_t p = t.rfind(sep);
      if (p != std::string::npos && (best == std::string::npos || p > best)) {
        best = p;
        sep_len = std::char_traits<char>::length(sep);
      }
    }
    if (best == std::string::npos || best == 0) break;
    std::string head = t.substr(0, best), tail = t.substr(best + sep_len);
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    bool tail_is_site = !site_name.empty() && (SameText(tail, site_name) ||
                                               ToLowerAscii(tail).find(ToLowerAscii(site_name)) !=
                                                   std::string::npos ||
                                               ToLowerAscii(site_name).find(ToLowerAscii(tail)) !=
                                                   std::string::npos);
    bool head_is_site = !site_name.empty() && SameText(head, site_name);
    if (head_is_site) {
      t = tail;
      continue;
    }
    // A short section label before " | " ("Opinion | ...") is not title.
    if (round == 0 && words(head) <= 2 && words(tail) >= 4 && t.find(" | ") == best &&
        t.find(" | ") == t.rfind(" | ")) {
      t = tail;
      continue;
    }
    // A short tail after a longer head is the site (or section) name.
    // ... and a name starts with a capital ("- for now" is part of the title).
    bool named = !tail.empty() && !(tail[0] >= 'a' && tail[0] <= 'z');
    if (tail_is_site || (named && words(tail) <= 4 && words(head) >= 3)) {
      t = head;
      continue;
    }
    break;
  }
  return t;
}

std::vector<std::string> SplitAuthors(std::string_view byline) {
  std::string s = CollapseWhitespace(byline);
  // Drop a leading "By" and what follows a separator (role, agency, date).
  std::string lower = ToLowerAscii(s);
  if (StartsWith(lower, "by ")) s = s.substr(3), lower = lower.substr(3);
  else if (StartsWith(lower, "by:")) s = s.substr(3), lower = lower.substr(3);
  for (std::string_view cut : {" | ", "|", " - ", " — ", " – ", " \xE2\x80\xA2 ", "\n", " updated ",
                               " published ", " posted ", " on "}) {
    size_t p = lower.find(cut);
    if (p != std::string::npos && p > 0) {
      s = s.substr(0, p);
      lower = lower.substr(0, p);
    }
  }
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::string name = CollapseWhitespace(cur);
    cur.clear();
    // Leading separators and a repeated "By:" ("Beachbody | BY: Beachbody").
    while (!name.empty() && !std::isalnum(static_cast<unsigned char>(name[0])) &&
           static_cast<unsigned char>(name[0]) < 0x80)
      name.erase(0, 1);
    std::string ln = ToLowerAscii(name);
    if (StartsWith(ln, "by: ") || StartsWith(ln, "by:")) name = CollapseWhitespace(name.substr(3));
    else if (StartsWith(ln, "by ")) name = name.substr(3);
    ln = ToLowerAscii(name);
    if (StartsWith(ln, "and ")) name = name.substr(4);
    // A date run into the byline ("Jane Roe Monday, November 18, 2019").
    for (std::string_view day : {" monday", " tuesday", " wednesday", " thursday", " friday",
                                 " saturday", " sunday"}) {
      size_t p = ToLowerAscii(name).find(day);
      if (p != std::string::npos) name.resize(p);
    }
    if (name.find_first_of("0123456789") != std::string::npos) return;
    if (ToLowerAscii(name) == "by") return;
    if (name.empty() || name.size() > 60) return;
    // A name has a capital letter and few words.
    int words = static_cast<int>(std::count(name.begin(), name.end(), ' ')) + 1;
    if (words > 5) return;
    bool upper = false;
    for (char c : name) upper = upper || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    if (!upper) return;
    // Agencies and desks credited beside the writers are not authors.
    std::string lower_name = ToLowerAscii(name);
    for (std::string_view org : {"press", "news", "reuters", "afp", "agency", "staff", "wire",
                                 "service", "newsroom", "desk", "editor", "contributor",
                                 "correspondent", "reporter", "writer", "columnist", "bureau"}) {
      for (size_t p = lower_name.find(org); p != std::string::npos; p = lower_name.find(org, p + 1)) {
        bool start = p == 0 || lower_name[p - 1] == ' ';
        size_t e = p + org.size();
        bool end = e == lower_name.size() || lower_name[e] == ' ' || lower_name[e] == 's';
        if (start && end) return;
      }
    }
    AddAuthor(&out, std::move(name));
  };
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ',' || s[i] == ';' || s[i] == '&') {
      flush();
      ++i;
      continue;
    }
    if (lower.compare(i, 5, " and ") == 0) {
      flush();
      i += 5;
      continue;
    }
    cur.push_back(s[i]);
    ++i;
  }
  flush();
  return out;
}

namespace {

// Every collected author name through the byline rules ("By", roles,
// handles, dates, agencies cut), and the site itself is not an author.
std::vector<std::string> CleanAuthors(const std::vector<std::string>& names,
                                      std::string_view site_name) {
  std::vector<std::string> out;
  for (const std::string& n : names) {
    std::string name = n;
    size_t at = name.find(" @");
    if (at != std::string::npos) name.resize(at);
    for (std::string& a : SplitAuthors(name)) {
      if (!site_name.empty() && SameOrganization(a, site_name)) continue;
      // A domain ("Cleveland.com") is a publication.
      if (a.find(' ') == std::string::npos && a.find('.') != std::string::npos) continue;
      AddAuthor(&out, std::move(a));
    }
  }
  return out;
}

}  // namespace

PageMetadata ReadMetadata(const Dom& dom, std::string_view url) {
  PageMetadata m;
  std::string og_title, title_tag, h1, og_site, app_name, og_url, canonical, html_lang, meta_lang,
      og_locale, meta_published, time_published, meta_source, loose_published, stamp_published,
      micro_publisher;
  std::vector<std::string> meta_authors;
  JsonLdFacts ld;
  const auto& nodes = dom.nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    switch (n.tag) {
      case Tag::k_html:
        if (html_lang.empty()) html_lang = Language(dom.Attr(n, AttrKey::k_lang));
        if (html_lang.empty()) html_lang = Language(dom.Attr(n, AttrKey::k_xml_lang));
        break;
      case Tag::k_title:
        if (title_tag.empty()) title_tag = CollapseWhitespace(dom.InnerText(static_cast<uint32_t>(i)));
        break;
      case Tag::k_h1:
        if (h1.empty()) h1 = CollapseWhitespace(dom.InnerText(static_cast<uint32_t>(i)));
        break;
      case Tag::k_span:
      case Tag::k_div:
      case Tag::k_a:
      case Tag::kOther:
        if (micro_publisher.empty() && dom.Attr(n, AttrKey::k_itemprop) == "publisher")
          micro_publisher = MicrodataName(dom, static_cast<uint32_t>(i));
        if (n.tag == Tag::k_a) break;
        [[fallthrough]];
      case Tag::k_p:
      case Tag::k_small:
        // A visible date stamp ("class=published-date") when nothing else says.
        if (stamp_published.empty() && n.end - i < 12 && MayBeDateStamp(dom, n) &&
            HintsFor(dom, n).dateline) {
          std::string t = CollapseWhitespace(dom.InnerText(static_cast<uint32_t>(i)));
          if (t.size() < 80) stamp_published = DateFromText(t);
        }
        break;
      case Tag::k_link: {
        std::string rel = ToLowerAscii(dom.Attr(n, AttrKey::k_rel));
        if (rel == "canonical" && canonical.empty()) canonical = ResolveUrl(dom.Attr(n, AttrKey::k_href), url);
        break;
      }
      case Tag::k_time:
        if (time_published.empty() &&
            (dom.HasAttr(n, AttrKey::k_pubdate) || dom.Attr(n, AttrKey::k_itemprop) == "datePublished" ||
             time_published.empty()))
          time_published = NormalizeDate(dom.Attr(n, AttrKey::k_datetime));
        break;
      case Tag::k_script: {
        std::string type = ToLowerAscii(dom.Attr(n, AttrKey::k_type));
        if (type.find("ld+json") == std::string::npos) break;
        std::string body = dom.InnerText(static_cast<uint32_t>(i));
        // Only article descriptions are read; skip parsing the rest
        // (organisations, breadcrumbs, search boxes).
        if (!Contains(body, "Article") && !Contains(body, "Posting") && !Contains(body, "@graph") &&
            !Contains(body, "WebPage") && !Contains(body, "Report"))
          break;
        JsonDoc doc;
        if (ParseJsonLoose(body, &doc)) VisitJsonLd(doc.root(), &ld, 0);
        break;
      }
      default:
        break;
    }
    if (n.tag == Tag::k_meta || (n.tag != Tag::kText && dom.HasAttr(n, AttrKey::k_itemprop))) {
      std::string key = ToLowerAscii(dom.Attr(n, AttrKey::k_property));
      if (key.empty()) key = ToLowerAscii(dom.Attr(n, AttrKey::k_name));
      if (key.empty()) key = ToLowerAscii(dom.Attr(n, AttrKey::k_itemprop));
      std::string http_equiv = ToLowerAscii(dom.Attr(n, AttrKey::k_http_equiv));
      // Compared as views: the size is compared before any byte.
      const std::string_view k = key, he = http_equiv;
      std::string_view content = dom.Attr(n, AttrKey::k_content);
      if (content.empty() && n.tag == Tag::k_time) content = dom.Attr(n, AttrKey::k_datetime);
      if (content.empty() && n.tag != Tag::k_meta && k == "author") {
        AddAuthor(&meta_authors, CollapseWhitespace(dom.InnerText(static_cast<uint32_t>(i))));
        continue;
      }
      if (content.empty()) continue;
      if (k == "og:title" || k == "twitter:title") {
        if (og_title.empty()) og_title = Clean(content);
      } else if (k == "og:site_name") {
        og_site = Clean(content);
      } else if (k == "application-name") {
        app_name = Clean(content);
      } else if (k == "og:url") {
        og_url = ResolveUrl(content, url);
      } else if (k == "og:locale" || k == "dc.language" || k == "language") {
        if (og_locale.empty()) og_locale = Language(content);
      } else if (he == "content-language") {
        meta_lang = Language(content);
      } else if (k == "article:published_time" || k == "og:published_time" ||
                 k == "datepublished" || k == "pubdate" || k == "publishdate" ||
                 k == "publish-date" || k == "publish_date" || k == "date" ||
                 k == "dc.date.issued" || k == "dc.date" || k == "dcterms.date" ||
                 k == "dcterms.issued" || k == "sailthru.date" || k == "parsely-pub-date" ||
                 k == "article.published" || k == "published_time" ||
                 k == "article:published" || k == "original-publish-date" ||
                 k == "citation_publication_date" || k == "dc.date.created" ||
                 k == "article_date_original" || k == "date.release" ||
                 k == "displaydate" || k == "pub_date" || k == "datecreated") {
        if (meta_published.empty()) meta_published = NormalizeDate(content);
      } else if (IsPublishDateKey(key)) {
        if (loose_published.empty()) loose_published = NormalizeDate(content);
      } else if (k == "author" || k == "article:author" || k == "dc.creator" ||
                 k == "dcterms.creator" || k == "sailthru.author" || k == "parsely-author" ||
                 k == "byl" || k == "citation_author") {
        std::string v = Clean(content);
        if (StartsWith(ToLowerAscii(v), "by ")) v = v.substr(3);
        if (!LooksLikeUrl(v)) {
          for (std::string& a : SplitAuthors(v)) AddAuthor(&meta_authors, std::move(a));
        }
      } else if (k == "original-source" || k == "syndication-source" ||
                 k == "article:source" || k == "source" || k == "dc.source") {
        if (meta_source.empty()) meta_source = Clean(content);
      }
    }
  }
  m.site_name = CleanSiteName(og_site);
  if (m.site_name.empty()) m.site_name = CleanSiteName(ld.site_name);
  if (m.site_name.empty()) m.site_name = CleanSiteName(app_name);
  std::string raw_title = !og_title.empty() ? og_title : !ld.headline.empty() ? ld.headline
                                                       : !title_tag.empty() ? title_tag : h1;
  m.title = CleanTitle(raw_title, m.site_name);
  // The <h1> is the surest title when it is what <title> starts with.
  if (!h1.empty() && !title_tag.empty() && og_title.empty() && ld.headline.empty() &&
      ToLowerAscii(title_tag).rfind(ToLowerAscii(h1), 0) == 0)
    m.title = h1;
  m.published = !ld.published.empty() ? ld.published
                : !meta_published.empty() ? meta_published
                : !time_published.empty() ? time_published
                : !loose_published.empty() ? loose_published
                : !stamp_published.empty() ? stamp_published
                                           : DateFromUrl(url);
  if (m.published.empty()) m.published = DateFromUrl(!canonical.empty() ? canonical : og_url);
  m.authors = CleanAuthors(!ld.authors.empty() ? ld.authors : meta_authors, m.site_name);
  m.language = !html_lang.empty() ? html_lang : !meta_lang.empty() ? meta_lang
               : !ld.language.empty() ? Language(ld.language) : og_locale;
  m.canonical_url = !canonical.empty() ? canonical : !og_url.empty() ? og_url
                    : ResolveUrl(ld.url, url);
  m.original_source = !ld.original_source.empty() ? ld.original_source : meta_source;
  // A copy names its publisher in microdata and points its canonical URL
  // at that publisher's site: the publisher is the original source.
  if (m.original_source.empty() && !micro_publisher.empty() &&
      !SameOrganization(micro_publisher, m.site_name) && !m.canonical_url.empty() &&
      HostOf(m.canonical_url) != HostOf(url) && !HostOf(url).empty())
    m.original_source = micro_publisher;
  if (SameOrganization(m.original_source, m.site_name)) m.original_source.clear();
  m.json_ld_body = std::move(ld.body);
  return m;
}

namespace {

// Wire services whose name in a credit line or dateline marks a copy.
struct Wire {
  const char* marker;  // as written in the text
  const char* name;    // the name reported
};
constexpr Wire kWires[] = {
    {"(AP)", "Associated Press"},
    {"(Reuters)", "Reuters"},
    {"(AFP)", "AFP"},
    {"(UPI)", "UPI"},
    {"(Bloomberg)", "Bloomberg"},
    {"(dpa)", "dpa"},
    {"(CNN)", "CNN"},
    {"Copyright The Associated Press", "Associated Press"},
    {"The Associated Press contributed", "Associated Press"},
    {"Associated Press contributed", "Associated Press"},
    {"Reporting by", "Reuters"},  // Reuters' closing credit; checked with "Editing by"
};

std::string AfterPhrase(std::string_view text, std::string_view lower, std::string_view phrase) {
  size_t p = lower.find(phrase);
  if (p == std::string_view::npos) return {};
  size_t b = p + phrase.size();
  size_t e = b;
  while (e < text.size() && e - b < 80 && text[e] != '\n' && text[e] != '.' && text[e] != ',' &&
         text[e] != ';' && text[e] != '(' && text[e] != ')')
    ++e;
  // The length cap may land inside a multi-byte character: back off to its start.
  while (e > b && e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
  std::string name = CollapseWhitespace(text.substr(b, e - b));
  // "the Conversation" -> keep as written; drop a leading article only when lower-case.
  if (StartsWith(name, "the ")) name = name.substr(4);
  return name;
}

}  // namespace

void ReadMetadataFromText(const std::vector<std::string>& bylines, std::string_view body,
                          std::string_view page_tail, PageMetadata* meta) {
  if (meta->authors.empty()) {
    for (const std::string& b : bylines) {
      for (std::string& a : SplitAuthors(b)) AddAuthor(&meta->authors, std::move(a));
      if (!meta->authors.empty()) break;
    }
  }
  if (meta->authors.empty()) {
    // A first short paragraph starting "By " is a byline left in the body.
    std::string_view first = body.substr(0, body.find("\n\n"));
    if (first.size() < 120 && StartsWith(first, "By ")) {
      for (std::string& a : SplitAuthors(first)) AddAuthor(&meta->authors, std::move(a));
    }
  }
  if (meta->published.empty()) meta->published = DateFromText(body.substr(0, 200));
  if (!meta->original_source.empty()) return;
  std::string head(body.substr(0, 400));
  bool wire_words = Contains(body, "Associated Press") || Contains(body, "Reporting by");
  for (const Wire& w : kWires) {
    if (w.marker[0] != '(' && !wire_words) continue;
    std::string_view marker = w.marker;
    if (marker == "Reporting by") {
      if (Contains(body, "Reporting by") && Contains(body, "Editing by") && !meta->site_name.empty() &&
          ToLowerAscii(meta->site_name).find("reuters") == std::string::npos) {
        // Reuters' credit format, seen on copies: only with an explicit mention.
        if (Contains(body, "Reuters")) {
          meta->original_source = w.name;
          return;
        }
      }
      continue;
    }
    bool dateline = marker.front() == '(';
    std::string_view where = dateline ? std::string_view(head) : body;
    if (Contains(where, marker)) {
      if (ToLowerAscii(meta->site_name).find(ToLowerAscii(w.name)) != std::string::npos) continue;
      meta->original_source = w.name;
      return;
    }
  }
  // Credit lines: "This article originally appeared on X", "used with the
  // permission of X", "republished from X".
  for (std::string_view text : {body, page_tail}) {
    // Cheap screen before lower-casing the whole text.
    bool maybe = false;
    for (std::string_view key : {"riginally", "irst appeared", "irst published", "epublished",
                                 "eprinted", "permission of", "ourtesy of"})
      maybe = maybe || Contains(text, key);
    if (!maybe) continue;
    std::string lower = ToLowerAscii(text);
    for (std::string_view phrase :
         {"originally appeared on ", "originally appeared in ", "originally published on ",
          "originally published in ", "originally published by ", "first appeared on ",
          "first appeared in ", "first published on ", "first published in ",
          "first published by ", "republished from ", "republished with permission from ",
          "reprinted with permission from ", "reprinted from ", "used with the permission of ",
          "used with permission of ", "published with permission of ", "courtesy of "}) {
      std::string name = AfterPhrase(text, lower, phrase);
      // A credited source is a name: it starts with a capital letter.
      if (!name.empty() && name.size() < 60 &&
          ((name[0] >= 'A' && name[0] <= 'Z') || static_cast<unsigned char>(name[0]) >= 0x80)) {
        meta->original_source = name;
        return;
      }
    }
  }
}

}  // namespace newsgraph::html
