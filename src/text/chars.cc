#include "text/chars.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace newsgraph::text {

namespace internal {

char32_t DecodeAtSlow(std::string_view s, size_t pos, size_t* len) {
  size_t p = pos;
  char32_t c = utf8::Next(s, &p);
  *len = p - pos;
  return c;
}

char32_t DecodeBeforeSlow(std::string_view s, size_t pos, size_t* start) { return utf8::Prev(s, pos, start); }

bool IsSpaceSlow(char32_t c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsWordCharSlow(char32_t c) {
  return u_isalnum(static_cast<UChar32>(c)) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK;
}

bool IsUpperSlow(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }

bool IsLowerSlow(char32_t c) { return u_islower(static_cast<UChar32>(c)); }

}  // namespace internal


}  // namespace newsgraph::text
