#include "text/heading.h"

#include "text/chars.h"

namespace newsgraph::text {

bool LooksLikeHeading(const Document& doc, uint32_t p) {
  const Span para = doc.paragraphs[p];
  std::string_view s = doc.Slice(para);
  if (s.empty()) return true;
  size_t start;
  char32_t last = DecodeBefore(s, s.size(), &start);
  bool punct_end = last == '.' || last == '!' || last == '?' || last == ':' || IsDoubleQuote(last) ||
                   last == 0x2019 || last == 0x2026 || last == ')';
  if (punct_end) return false;
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
