#include "text/heading.h"

#include "text/chars.h"

namespace newsgraph::text {

namespace {

bool StopAtEnd(std::string_view s) {
  size_t start;
  const char32_t last = DecodeBefore(s, s.size(), &start);
  return last == '.' || last == '!' || last == '?' || last == ':' || IsDoubleQuote(last) || last == 0x2019 ||
         last == 0x2026 || last == ')';
}

}  // namespace

bool EndsWithoutStop(const Document& doc, uint32_t p) {
  if (p + 1 >= doc.paragraphs.size()) return false;
  const std::string_view s = doc.Slice(doc.paragraphs[p]);
  return !s.empty() && !StopAtEnd(s);
}

bool LooksLikeHeading(const Document& doc, uint32_t p) {
  const Span para = doc.paragraphs[p];
  std::string_view s = doc.Slice(para);
  if (s.empty()) return true;
  if (StopAtEnd(s)) return false;
  int words = 0, caps = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    char32_t c = DecodeAt(s, i, &len);
    if ((c == '.' || c == '!' || c == '?') && i > 0 && IsLower(static_cast<unsigned char>(s[i - 1]))) {
      return false;  // a sentence ends inside: prose
    }
    if (IsWordChar(c)) {
      size_t b = i;
      while (i < s.size()) {
        char32_t d = DecodeAt(s, i, &len);
        if (!IsWordChar(d) && d != '-' && d != '\'') break;
        i += len;
      }
      if (i - b > 3 || IsUpper(c)) {
        ++words;
        caps += IsUpper(c) || IsDigit(c);
      }
    } else {
      i += len;
    }
  }
  return words <= 2 || caps * 10 >= words * 6;
}

}  // namespace newsgraph::text
