#include "html/class_hints.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph::html {
namespace {

enum WordBit : uint16_t {
  kPositive = 1, kNegative = 2, kUnlikely = 4, kOkMaybe = 8, kAlways = 16, kByline = 32,
  kCaption = 64, kDateline = 128, kComments = 256,
  // Not a hint: a word of a utility class that hides an element
  // (MayHideElement); CombineHints ignores it.
  kHiding = 512,
};

struct WordHint {
  std::string_view word;
  uint16_t bits;
};

// Generic words of class names and ids, with what each suggests.
constexpr WordHint kWordHints[] = {
      {"abstract", kCaption},
      {"actions", kNegative},
      {"ad", kNegative | kUnlikely},
      {"ads", kNegative | kUnlikely},
      {"advert", kNegative | kUnlikely},
      {"advertisement", kNegative | kUnlikely | kAlways},
      {"agegate", kUnlikely},
      {"also", kNegative},
      {"article", kPositive | kOkMaybe},
      {"articlebody", kPositive | kOkMaybe},
      {"aside", kNegative},
      {"audio", kNegative},
      {"author", kNegative | kByline},
      {"authors", kByline},
      {"banner", kNegative | kUnlikely},
      {"bio", kNegative},
      {"blog", kPositive},
      {"body", kPositive | kOkMaybe},
      {"breadcrumb", kNegative | kUnlikely | kAlways},
      {"breadcrumbs", kNegative | kUnlikely | kAlways},
      {"byl", kByline},
      {"byline", kNegative | kByline},
      {"callout", kNegative},
      {"caption", kNegative | kCaption},
      {"captions", kCaption},
      {"carousel", kNegative},
      {"column", kOkMaybe},
      {"combx", kNegative | kUnlikely},
      {"comment", kNegative | kUnlikely | kAlways | kComments},
      {"comments", kNegative | kUnlikely | kAlways | kComments},
      {"community", kUnlikely},
      {"contact", kNegative},
      {"content", kPositive | kOkMaybe},
      {"contributor", kByline},
      {"cookie", kNegative | kUnlikely | kAlways},
      {"copyright", kNegative},
      {"creator", kByline},
      {"credit", kNegative | kCaption},
      {"credits", kNegative | kCaption},
      {"date", kNegative | kDateline},
      {"dateline", kNegative | kDateline},
      {"dates", kDateline},
      {"dek", kCaption},
      {"disclaimer", kNegative},
      {"disqus", kUnlikely | kComments},
      {"email", kNegative},
      {"embed", kNegative},
      {"entry", kPositive | kOkMaybe},
      {"entrycontent", kPositive},
      {"extra", kNegative},
      {"eyebrow", kCaption},
      {"figcaption", kCaption},
      {"follow", kNegative},
      {"footer", kNegative | kUnlikely},
      {"gallery", kNegative},
      {"gdpr", kNegative | kUnlikely | kAlways},
      {"hdr", kNegative},
      {"header", kNegative | kUnlikely},
      {"hentry", kPositive},
      {"hidden", kNegative | kHiding},
      {"hide", kHiding},
      {"infobox", kNegative},
      {"inline", kNegative},
      {"kicker", kCaption},
      {"legends", kUnlikely},
      {"login", kNegative | kUnlikely},
      {"main", kPositive | kOkMaybe},
      {"masthead", kNegative | kUnlikely},
      {"menu", kNegative | kUnlikely},
      {"meta", kNegative},
      {"modal", kNegative | kUnlikely | kAlways},
      {"more", kNegative},
      {"nav", kNegative | kUnlikely},
      {"navbar", kNegative | kUnlikely},
      {"navigation", kNegative | kUnlikely},
      {"newsletter", kNegative | kUnlikely | kAlways},
      {"next", kNegative},
      {"outbrain", kNegative | kUnlikely | kAlways},
      {"pager", kNegative | kUnlikely},
      {"pagination", kNegative | kUnlikely},
      {"paragraph", kPositive},
      {"photocredit", kCaption},
      {"player", kNegative},
      {"podcast", kNegative},
      {"popular", kNegative | kUnlikely},
      {"popup", kNegative | kUnlikely | kAlways},
      {"post", kPositive | kOkMaybe},
      {"postbody", kPositive},
      {"prev", kNegative},
      {"previous", kNegative},
      {"print", kNegative},
      {"promo", kNegative | kUnlikely},
      {"prose", kPositive},
      {"pubdate", kDateline},
      {"published", kDateline},
      {"rail", kNegative},
      {"read", kNegative},
      {"recirc", kNegative | kUnlikely | kAlways},
      {"recirculation", kNegative},
      {"recommendations", kNegative | kUnlikely},
      {"recommended", kNegative | kUnlikely},
      {"related", kNegative | kUnlikely | kAlways},
      {"remark", kUnlikely},
      {"replies", kUnlikely | kComments},
      {"richtext", kPositive},
      {"rss", kNegative | kUnlikely},
      {"share", kNegative | kUnlikely | kAlways},
      {"sharing", kNegative | kUnlikely | kAlways},
      {"shopping", kNegative},
      {"shoutbox", kNegative | kUnlikely},
      {"sidebar", kNegative | kUnlikely},
      {"signup", kNegative | kUnlikely | kAlways},
      {"skip", kNegative},
      {"slider", kNegative},
      {"skyscraper", kNegative | kUnlikely},
      {"slideshow", kNegative},
      {"social", kNegative | kUnlikely | kAlways},
      {"sponsor", kNegative | kUnlikely},
      {"sponsored", kNegative | kUnlikely | kAlways},
      {"standfirst", kCaption},
      {"story", kPositive | kOkMaybe},
      {"storybody", kPositive | kOkMaybe},
      {"strapline", kCaption},
      {"subheadline", kCaption},
      {"subscribe", kNegative | kUnlikely | kAlways},
      {"subscription", kNegative},
      {"subtitle", kCaption},
      {"supplemental", kNegative | kUnlikely},
      {"taboola", kNegative | kUnlikely | kAlways},
      {"tag", kNegative},
      {"tags", kNegative | kUnlikely},
      {"teaser", kNegative},
      {"teasers", kNegative},
      {"text", kPositive | kOkMaybe},
      {"time", kDateline},
      {"timestamp", kNegative | kDateline},
      {"toolbar", kNegative | kUnlikely},
      {"tools", kNegative},
      {"topics", kNegative},
      {"trending", kNegative | kUnlikely},
      {"updated", kDateline},
      {"utility", kNegative},
      {"video", kNegative},
      {"widget", kNegative},
      {"writer", kByline},
      // Words of the hiding utility classes (d-none, sr-only, screen-reader-text).
      {"none", kHiding},
      {"only", kHiding},
      {"screen", kHiding},
      {"visuallyhidden", kHiding},
};

// A word of at most 16 bytes packed into two integers, so that a table
// probe compares integers instead of strings.
struct PackedWord {
  uint64_t lo = 0, hi = 0;
  uint32_t len = 0;
  bool operator==(const PackedWord&) const = default;
};

inline void PushByte(PackedWord* w, char c) {
  uint64_t b = static_cast<unsigned char>(c);
  if (w->len < 8) {
    w->lo |= b << (8 * w->len);
  } else {
    w->hi |= b << (8 * (w->len - 8));
  }
  ++w->len;
}

// The word without its last byte.
inline PackedWord DropLast(PackedWord w) {
  --w.len;
  if (w.len < 8) {
    w.lo &= ~(uint64_t{0xFF} << (8 * w.len));
  } else {
    w.hi &= ~(uint64_t{0xFF} << (8 * (w.len - 8)));
  }
  return w;
}

inline size_t HashWord(const PackedWord& w) {
  uint64_t h = (w.lo ^ (w.hi * 0x2545F4914F6CDD1Dull) ^ w.len) * 0x9E3779B97F4A7C15ull;
  return static_cast<size_t>(h >> 40);
}

// Open-addressing table of kWordHints: a look-up is one probe and one
// comparison of two integers, usually.
class WordIndex {
 public:
  WordIndex() {
    for (const WordHint& w : kWordHints) {
      PackedWord p;
      for (char c : w.word) PushByte(&p, c);  // every listed word is under 16 bytes
      size_t k = HashWord(p) & (kSlots - 1);
      while (bits_[k] != 0) k = (k + 1) & (kSlots - 1);
      words_[k] = p;
      bits_[k] = w.bits;
    }
  }
  uint16_t Find(const PackedWord& w) const {
    for (size_t k = HashWord(w) & (kSlots - 1); bits_[k] != 0; k = (k + 1) & (kSlots - 1))
      if (words_[k] == w) return bits_[k];
    return 0;
  }

 private:
  static constexpr size_t kSlots = 512;
  std::array<PackedWord, kSlots> words_{};
  std::array<uint16_t, kSlots> bits_{};  // 0: empty slot (every listed word has a bit)
};

const WordIndex& Index() {
  static const WordIndex index;
  return index;
}

// Calls f(word) for each lower-cased word of a class or id value, without
// allocating. Words longer than 31 bytes are skipped: no hint is that long.
template <typename F>
void ForEachClassWord(std::string_view s, F&& f) {
  char buf[32];
  size_t len = 0;
  bool too_long = false;
  auto flush = [&] {
    if (len > 0 && !too_long) f(std::string_view(buf, len));
    len = 0;
    too_long = false;
  };
  // The previous byte's case kept as a flag: clang 14 with
  // -fsanitize=fuzzer-no-link at -O2 miscompiled a range test on the
  // previous char here and never split "articleBody" (the fuzz build).
  bool prev_lower = false;
  for (char c : s) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (!lower && !upper && !digit) {
      flush();
    } else {
      if (upper && prev_lower) flush();  // camelCase boundary
      if (len < sizeof buf) {
        buf[len++] = upper ? static_cast<char>(c + 32) : c;
      } else {
        too_long = true;
      }
    }
    prev_lower = lower;
  }
  flush();
}

}  // namespace

void SplitClassWords(std::string_view s, std::vector<std::string>* words) {
  words->clear();
  ForEachClassWord(s, [&](std::string_view w) { words->emplace_back(w); });
}

namespace {

// How the class-word splitter sees a byte.
enum : uint8_t { kSep = 0, kLowerLetter = 1, kDigit = 2, kUpperLetter = 3 };
struct WordKinds {
  uint8_t kind[256] = {};
  constexpr WordKinds() {
    for (int c = 'a'; c <= 'z'; ++c) kind[c] = kLowerLetter;
    for (int c = 'A'; c <= 'Z'; ++c) kind[c] = kUpperLetter;
    for (int c = '0'; c <= '9'; ++c) kind[c] = kDigit;
  }
};
constexpr WordKinds kWordKinds;

// Packs the lower-cased word d[0, len) (letters and digits only, len <= 16);
// `room` bytes are readable from d.
inline PackedWord PackWord(const unsigned char* d, size_t len, size_t room) {
  PackedWord w;
  w.len = static_cast<uint32_t>(len);
  if (room >= 16) {
    std::memcpy(&w.lo, d, 8);
    std::memcpy(&w.hi, d + 8, 8);
    if (len < 8) {
      w.lo &= (uint64_t{1} << (8 * len)) - 1;
      w.hi = 0;
    } else if (len < 16) {
      w.hi &= (uint64_t{1} << (8 * (len - 8))) - 1;
    }
  } else {
    for (size_t k = 0; k < len; ++k) {
      uint64_t b = d[k];
      if (k < 8) w.lo |= b << (8 * k); else w.hi |= b << (8 * (k - 8));
    }
  }
  // Letters and digits only: setting bit 5 lower-cases letters and leaves
  // digits as they are.
  constexpr uint64_t kLower = 0x2020202020202020ull;
  w.lo |= kLower & (len >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1);
  if (len > 8) w.hi |= kLower & (len >= 16 ? ~uint64_t{0} : (uint64_t{1} << (8 * (len - 8))) - 1);
  return w;
}

#if defined(__SSE2__)
// Bit k set where byte k of v lies in [lo, hi].
inline uint64_t InRange16(__m128i v, char lo, char hi) {
  __m128i x = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
  __m128i r = _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 + (hi - lo + 1))));
  return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(r)));
}

// ClassWordBits for values of at most 64 bytes: the bounds of every word
// come from bit masks of letters and digits over the whole value, so the
// loop runs once per word instead of once per byte.
uint16_t ShortClassWordBits(std::string_view s) {
  const WordIndex& index = Index();
  alignas(16) unsigned char buf[80] = {};  // zero padding: words can be packed from any start
  std::memcpy(buf, s.data(), s.size());
  uint64_t lower = 0, upper = 0, digit = 0;
  for (size_t b = 0; b * 16 < s.size(); ++b) {
    __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(buf + 16 * b));
    lower |= InRange16(v, 'a', 'z') << (16 * b);
    upper |= InRange16(v, 'A', 'Z') << (16 * b);
    digit |= InRange16(v, '0', '9') << (16 * b);
  }
  const uint64_t alnum = lower | upper | digit;  // zero past the end
  // A word starts after a non-alnum byte or at a capital after a small
  // letter (camelCase), and ends before either.
  uint64_t starts = (alnum & ~(alnum << 1)) | (upper & (lower << 1));
  uint64_t ends = (alnum & ~(alnum >> 1)) | (lower & (upper >> 1));
  uint16_t bits = 0;
  while (starts != 0) {
    size_t b = static_cast<size_t>(__builtin_ctzll(starts));
    size_t e = static_cast<size_t>(__builtin_ctzll(ends));  // inclusive
    starts &= starts - 1;
    ends &= ends - 1;
    size_t len = e - b + 1;
    if (len < 2 || len > 16) continue;
    PackedWord w = PackWord(buf + b, len, 16);
    uint16_t found = index.Find(w);
    // Plurals carry the same hint ("dates", "ads", "tags").
    if (found == 0 && len > 3 && (buf[e] | 0x20) == 's') found = index.Find(DropLast(w));
    bits |= found;
  }
  return bits;
}
#endif

}  // namespace

uint16_t ClassWordBits(std::string_view s) {
  if (s.empty()) return 0;  // also keeps a null data() away from memcpy
#if defined(__SSE2__)
  if (s.size() <= 64) return ShortClassWordBits(s);
#endif
  // Words as ForEachClassWord splits them: runs of letters and digits,
  // split again where a capital follows a small letter (camelCase). No
  // listed word is longer than 16 bytes, so longer words are not looked up
  // (nor are one-letter words).
  const WordIndex& index = Index();
  const unsigned char* d = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint16_t bits = 0;
  size_t i = 0;
  while (i < n) {
    while (i < n && kWordKinds.kind[d[i]] == kSep) ++i;
    if (i >= n) break;
    size_t b = i;
    uint8_t prev = kWordKinds.kind[d[i++]];
    while (i < n) {
      uint8_t k = kWordKinds.kind[d[i]];
      if (k == kSep || (k == kUpperLetter && prev == kLowerLetter)) break;
      prev = k;
      ++i;
    }
    size_t len = i - b;
    if (len < 2 || len > 16) continue;
    PackedWord w = PackWord(d + b, len, n - b);
    uint16_t found = index.Find(w);
    // Plurals carry the same hint ("dates", "ads", "tags").
    if (found == 0 && len > 3 && (d[i - 1] | 0x20) == 's') found = index.Find(DropLast(w));
    bits |= found;
  }
  return bits;
}

bool MayHideElement(uint16_t class_bits) { return class_bits & kHiding; }

ClassHints CombineHints(uint16_t class_bits, uint16_t id_bits, std::string_view role,
                        std::string_view itemprop, std::string_view rel) {
  ClassHints h;
  if (!role.empty() || !itemprop.empty() || !rel.empty()) {  // most elements have none
    if (itemprop == "articleBody" || itemprop == "articlebody" || role == "main" ||
        role == "article")
      h.weight += 25;
    if (role == "navigation" || role == "complementary" || role == "banner" ||
        role == "contentinfo" || role == "menu" || role == "menubar" || role == "dialog" ||
        role == "alert" || role == "search" || role == "toolbar")
      h.always_boilerplate = true;
    if (rel == "author" || itemprop == "author") h.byline = true;
  }
  if ((class_bits | id_bits) == 0) return h;
  for (uint16_t bits : {class_bits, id_bits}) {
    if (bits & kPositive) h.weight += 25;
    if (bits & kNegative) h.weight -= 25;
  }
  uint16_t any = class_bits | id_bits;
  bool ok = any & kOkMaybe;
  h.unlikely = (any & kUnlikely) && !ok;
  h.always_boilerplate = h.always_boilerplate || ((any & kAlways) && !ok);
  h.byline = h.byline || ((any & kByline) && !ok);
  h.comments = (any & kComments) && !ok;
  h.caption = (any & kCaption) && !ok;
  h.dateline = (any & kDateline) && !ok;
  return h;
}

ClassHints HintsFor(const Dom& dom, const Node& n) {
  return CombineHints(ClassWordBits(dom.Attr(n, AttrKey::k_class)),
                      ClassWordBits(dom.Attr(n, AttrKey::k_id)), dom.Attr(n, AttrKey::k_role),
                      dom.Attr(n, AttrKey::k_itemprop), dom.Attr(n, AttrKey::k_rel));
}

}  // namespace newsgraph::html
