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
  for (uint32_t& m : fp.minhash) m = UINT32_MAX;
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
    // Each of the hash functions is the shingle hash under a different
    // odd multiplier and offset, remixed: cheap and independent enough.
    for (int k = 0; k < kMinHashes; ++k) {
      uint64_t h = Mix(shingle ^ (kMul * static_cast<uint64_t>(2 * k + 1)));
      uint32_t v = static_cast<uint32_t>(h >> 32);
      if (v < fp.minhash[k]) fp.minhash[k] = v;
    }
  }
  fp.exact = Mix(exact ^ fp.words);
  return fp;
}

int64_t TextFingerprint::BandKey(int b) const {
  uint64_t h = Mix(0xB5297A4Dull + static_cast<uint64_t>(b));
  for (int r = 0; r < kRowsPerBand; ++r) h = Mix(h ^ minhash[b * kRowsPerBand + r]) + kMul;
  return static_cast<int64_t>(h);
}

double Similarity(const uint32_t* a, const uint32_t* b) {
  int same = 0;
  for (int k = 0; k < kMinHashes; ++k) same += a[k] == b[k];
  return static_cast<double>(same) / kMinHashes;
}

}  // namespace newsgraph::store
