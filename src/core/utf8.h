#ifndef NEWSGRAPH_CORE_UTF8_H_
#define NEWSGRAPH_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::utf8 {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values past
// U+10FFFF).
bool IsValid(std::string_view s);

// Returns `s` with every ill-formed sequence replaced by U+FFFD, so the result
// is always valid UTF-8. Valid input comes back byte-identical.
std::string Repair(std::string_view s);

// Decodes the code point at s[*pos] and advances *pos past it. Ill-formed
// bytes decode as U+FFFD and advance by one byte. Requires *pos < s.size().
char32_t Next(std::string_view s, size_t* pos);

// Decodes the code point that ends at s[pos) and returns its first byte's
// offset in *start. Requires pos > 0.
char32_t Prev(std::string_view s, size_t pos, size_t* start);

// Appends the UTF-8 encoding of `c` to `out`.
void Append(char32_t c, std::string* out);

// Number of code points in `s` (each ill-formed byte counts as one).
size_t CodePointCount(std::string_view s);

}  // namespace newsgraph::utf8

#endif  // NEWSGRAPH_CORE_UTF8_H_
