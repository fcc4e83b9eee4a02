#include "store/hashing.h"

#include <cstring>
#include <string>

namespace newsgraph::store {
namespace {

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;

uint64_t Mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ull;
  k ^= k >> 33;
  return k;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

uint64_t Hash64(std::string_view data, uint64_t seed) {
  uint64_t h = seed ^ (data.size() * kMul);
  const char* p = data.data();
  size_t n = data.size();
  while (n >= 8) {
    uint64_t k;
    memcpy(&k, p, 8);  // little-endian machines only; see docs/schema.md
    h = (h ^ Mix(k)) * kMul;
    h = (h << 29) | (h >> 35);
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  memcpy(&tail, p, n);
  h ^= Mix(tail ^ (static_cast<uint64_t>(n) << 56));
  return Mix(h);
}

TextFingerprint Fingerprint(std::string_view text) {
  TextFingerprint fp;
  int counts[64] = {0};
  uint64_t window[3] = {0, 0, 0};
  uint64_t exact = 0x243F6A8885A308D3ull;
  std::string word;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= text.size()) break;
    word.clear();
    while (i < text.size() && IsWordByte(static_cast<unsigned char>(text[i]))) {
      char c = text[i++];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      word.push_back(c);
    }
    uint64_t wh = Hash64(word, 0x51ED);
    exact = Mix(exact ^ wh) + kMul;
    window[0] = window[1];
    window[1] = window[2];
    window[2] = wh;
    ++fp.words;
    if (fp.words < 3) continue;
    uint64_t shingle = Mix(window[0] * 3 + Mix(window[1] * 5 + window[2]));
    for (int b = 0; b < 64; ++b) counts[b] += (shingle >> b) & 1 ? 1 : -1;
  }
  fp.exact = Mix(exact ^ fp.words);
  for (int b = 0; b < 64; ++b) {
    if (counts[b] > 0) fp.simhash |= uint64_t{1} << b;
  }
  return fp;
}

}  // namespace newsgraph::store
