#ifndef NEWSGRAPH_TEXT_CHARS_H_
#define NEWSGRAPH_TEXT_CHARS_H_

// Character classes the text, nlp and quotes stages share. All functions take
// UTF-8 text and byte offsets; none allocates.

#include <cstddef>
#include <string_view>

namespace newsgraph::text {

// Decodes the code point at s[pos]; *len receives its byte length (>= 1).
char32_t DecodeAt(std::string_view s, size_t pos, size_t* len);

// Decodes the code point ending at s[pos); *start receives its first byte.
char32_t DecodeBefore(std::string_view s, size_t pos, size_t* start);

bool IsSpace(char32_t c);         // ASCII space, tabs, newlines, NBSP, thin spaces
bool IsWordChar(char32_t c);      // letters, digits and marks
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsDigit(char32_t c);
bool IsDash(char32_t c);          // - – — ―
bool IsDoubleQuote(char32_t c);   // " “ ” „ « »
bool IsSingleQuote(char32_t c);   // ' ‘ ’ ‚ ‹ ›
bool IsOpenBracket(char32_t c);   // ( [ {
bool IsCloseBracket(char32_t c);  // ) ] }

// True when the token text starts with an upper-case letter.
bool StartsUpper(std::string_view token);
// True when the token text starts with a lower-case letter.
bool StartsLower(std::string_view token);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_CHARS_H_
