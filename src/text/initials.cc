#include "text/initials.h"

#include <cstdint>
#include <initializer_list>

namespace newsgraph::text {
namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

}  // namespace

bool SpellsInitials(std::string_view initials, const std::vector<std::string_view>& words) {
  if (initials.size() < 2 || initials.size() > 8) return false;
  // Word by word, the set of initial prefixes spelled so far, as a bit mask.
  uint32_t spelled = 1;
  size_t counted = 0;
  for (std::string_view w : words) {
    if (w.empty()) return false;
    if (OneOf(w, {"The", "the", "&"})) continue;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    const bool ascii = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!ascii && c < 0xC0) return false;
    if (++counted > 12) return false;
    const bool optional = OneOf(w, {"of", "de", "des", "du", "la", "le", "les", "for", "and", "et", "y", "del", "di",
                                    "da", "do", "dos", "das", "para", "el", "en", "und", "van", "von", "on", "in",
                                    "d'", "l'"});
    uint32_t next = optional ? spelled : 0;
    for (size_t j = 0; j < initials.size(); ++j) {
      if (!(spelled >> j & 1)) continue;
      const unsigned char i = static_cast<unsigned char>(initials[j]);
      if (!ascii || (i | 0x20) == (c | 0x20)) next |= 1u << (j + 1);
    }
    spelled = next;
    if (!spelled) return false;
  }
  return counted >= 2 && (spelled >> initials.size() & 1);
}

}  // namespace newsgraph::text
