#include "text/chars.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace newsgraph::text {

char32_t DecodeAt(std::string_view s, size_t pos, size_t* len) {
  unsigned char b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  size_t p = pos;
  char32_t c = utf8::Next(s, &p);
  *len = p - pos;
  return c;
}

char32_t DecodeBefore(std::string_view s, size_t pos, size_t* start) {
  unsigned char b = static_cast<unsigned char>(s[pos - 1]);
  if (b < 0x80) {
    *start = pos - 1;
    return b;
  }
  return utf8::Prev(s, pos, start);
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return u_isalnum(static_cast<UChar32>(c)) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c));
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsDash(char32_t c) { return c == '-' || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015; }

bool IsDoubleQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB;
}

bool IsSingleQuote(char32_t c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2039 || c == 0x203A;
}

bool IsOpenBracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }
bool IsCloseBracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }

bool StartsUpper(std::string_view token) {
  if (token.empty()) return false;
  size_t len;
  return IsUpper(DecodeAt(token, 0, &len));
}

bool StartsLower(std::string_view token) {
  if (token.empty()) return false;
  size_t len;
  return IsLower(DecodeAt(token, 0, &len));
}

}  // namespace newsgraph::text
