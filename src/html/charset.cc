#include "html/charset.h"

#include "core/utf8.h"
#include "io/encoding.h"

namespace newsgraph::html {
namespace {

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (Lower(s[i + k]) != word[k]) return false;
  return true;
}

// The charset inside a Content-Type value ("text/html; charset=utf-8").
std::string CharsetFromContentType(std::string_view v) {
  std::string lower;
  for (char c : v) lower.push_back(Lower(c));
  size_t p = lower.find("charset");
  if (p == std::string::npos) return {};
  p += 7;
  while (p < lower.size() && IsSpace(lower[p])) ++p;
  if (p >= lower.size() || lower[p] != '=') return {};
  ++p;
  while (p < lower.size() && (IsSpace(lower[p]) || lower[p] == '"' || lower[p] == '\'')) ++p;
  size_t e = p;
  while (e < lower.size() && !IsSpace(lower[e]) && lower[e] != ';' && lower[e] != '"' &&
         lower[e] != '\'')
    ++e;
  return lower.substr(p, e - p);
}

std::string Trim(std::string_view v) {
  size_t b = 0, e = v.size();
  while (b < e && IsSpace(v[b])) ++b;
  while (e > b && IsSpace(v[e - 1])) --e;
  std::string out;
  for (size_t i = b; i < e; ++i) out.push_back(Lower(v[i]));
  return out;
}

}  // namespace

std::string ScanMetaCharset(std::string_view bytes) {
  std::string_view s = bytes.substr(0, 16 * 1024);
  size_t i = 0;
  while (i < s.size()) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) break;
    if (s.compare(lt, 4, "<!--") == 0) {
      size_t e = s.find("-->", lt + 4);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    if (!StartsWithNoCase(s, lt + 1, "meta") || lt + 5 >= s.size() ||
        !(IsSpace(s[lt + 5]) || s[lt + 5] == '/')) {
      i = lt + 1;
      continue;
    }
    // Read the attributes of this <meta>.
    size_t p = lt + 5;
    std::string charset, http_equiv, content;
    while (p < s.size() && s[p] != '>') {
      while (p < s.size() && (IsSpace(s[p]) || s[p] == '/')) ++p;
      size_t nb = p;
      while (p < s.size() && !IsSpace(s[p]) && s[p] != '=' && s[p] != '>' && s[p] != '/') ++p;
      std::string name;
      for (size_t k = nb; k < p; ++k) name.push_back(Lower(s[k]));
      while (p < s.size() && IsSpace(s[p])) ++p;
      std::string_view value;
      if (p < s.size() && s[p] == '=') {
        ++p;
        while (p < s.size() && IsSpace(s[p])) ++p;
        if (p < s.size() && (s[p] == '"' || s[p] == '\'')) {
          char q = s[p];
          size_t e = s.find(q, p + 1);
          if (e == std::string_view::npos) e = s.size();
          value = s.substr(p + 1, e - p - 1);
          p = e < s.size() ? e + 1 : e;
        } else {
          size_t vb = p;
          while (p < s.size() && !IsSpace(s[p]) && s[p] != '>') ++p;
          value = s.substr(vb, p - vb);
        }
      }
      if (name.empty() && p < s.size() && s[p] != '>') ++p;  // stray character
      if (name == "charset") charset = Trim(value);
      else if (name == "http-equiv") http_equiv = Trim(value);
      else if (name == "content") content = std::string(value);
    }
    if (!charset.empty()) return charset;
    if (http_equiv == "content-type") {
      std::string cs = CharsetFromContentType(content);
      if (!cs.empty()) return cs;
    }
    i = p;
  }
  return {};
}

std::string DecodePage(std::string_view bytes, std::string_view http_charset, std::string* used) {
  std::string declared(http_charset);
  if (declared.empty()) declared = ScanMetaCharset(bytes);
  // A page served as UTF-16 but declaring it in <meta> can't be read by the
  // prescan at all; a <meta> saying UTF-16 on ASCII-compatible bytes is wrong.
  if (declared.rfind("utf-16", 0) == 0 && http_charset.empty()) declared = "utf-8";
  return io::DecodeToUtf8(bytes, declared, used);
}

}  // namespace newsgraph::html

namespace newsgraph::html {

std::string_view DecodePageView(std::string_view bytes, std::string_view http_charset,
                                std::string* storage) {
  bool bom = bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF" ||
                                   bytes.substr(0, 3) == "\xEF\xBB\xBF");
  if (!bom && utf8::IsValid(bytes)) return bytes;
  *storage = DecodePage(bytes, http_charset);
  return *storage;
}

}  // namespace newsgraph::html
