#ifndef NEWSGRAPH_TEXT_CHARS_H_
#define NEWSGRAPH_TEXT_CHARS_H_

// Character classes the text, nlp and quotes stages share. All functions take
// UTF-8 text and byte offsets; none allocates.

#include <cstddef>
#include <string_view>

namespace newsgraph::text {

// Decodes the code point at s[pos]; *len receives its byte length (>= 1).
inline char32_t DecodeAt(std::string_view s, size_t pos, size_t* len);

// Decodes the code point ending at s[pos); *start receives its first byte.
inline char32_t DecodeBefore(std::string_view s, size_t pos, size_t* start);

inline bool IsSpace(char32_t c);  // ASCII space, tabs, newlines, NBSP, thin spaces
inline bool IsWordChar(char32_t c);      // letters, digits and marks
inline bool IsUpper(char32_t c);
inline bool IsLower(char32_t c);
inline bool IsDigit(char32_t c);
inline bool IsDash(char32_t c);          // - – — ―
inline bool IsDoubleQuote(char32_t c);   // " “ ” „ « »
inline bool IsSingleQuote(char32_t c);   // ' ‘ ’ ‚ ‹ ›
inline bool IsOpenBracket(char32_t c);   // ( [ {
inline bool IsCloseBracket(char32_t c);  // ) ] }

// True when the token text starts with an upper-case letter.
inline bool StartsUpper(std::string_view token);
// True when the token text starts with a lower-case letter.
inline bool StartsLower(std::string_view token);

// The stages ask these of nearly every token, and nearly every byte is
// ASCII: the ASCII answers are inline, the rest (ICU's tables, multi-byte
// sequences) out of line.
namespace internal {
char32_t DecodeAtSlow(std::string_view s, size_t pos, size_t* len);
char32_t DecodeBeforeSlow(std::string_view s, size_t pos, size_t* start);
bool IsSpaceSlow(char32_t c);
bool IsWordCharSlow(char32_t c);
bool IsUpperSlow(char32_t c);
bool IsLowerSlow(char32_t c);
}  // namespace internal

inline char32_t DecodeAt(std::string_view s, size_t pos, size_t* len) {
  const unsigned char b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return internal::DecodeAtSlow(s, pos, len);
}

inline char32_t DecodeBefore(std::string_view s, size_t pos, size_t* start) {
  const unsigned char b = static_cast<unsigned char>(s[pos - 1]);
  if (b < 0x80) {
    *start = pos - 1;
    return b;
  }
  return internal::DecodeBeforeSlow(s, pos, start);
}

inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return internal::IsSpaceSlow(c);
}

inline bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return internal::IsWordCharSlow(c);
}

inline bool IsUpper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : internal::IsUpperSlow(c); }
inline bool IsLower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : internal::IsLowerSlow(c); }
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsDash(char32_t c) { return c == '-' || (c >= 0x2012 && c <= 0x2015); }

inline bool IsDoubleQuote(char32_t c) {
  if (c < 0x80) return c == '"';
  return (c >= 0x201C && c <= 0x201F) || c == 0xAB || c == 0xBB;
}

inline bool IsSingleQuote(char32_t c) {
  if (c < 0x80) return c == '\'';
  return (c >= 0x2018 && c <= 0x201B) || c == 0x2039 || c == 0x203A;
}

inline bool IsOpenBracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }
inline bool IsCloseBracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }

inline bool StartsUpper(std::string_view token) {
  if (token.empty()) return false;
  size_t len;
  return IsUpper(DecodeAt(token, 0, &len));
}

inline bool StartsLower(std::string_view token) {
  if (token.empty()) return false;
  size_t len;
  return IsLower(DecodeAt(token, 0, &len));
}

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_CHARS_H_
