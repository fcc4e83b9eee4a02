#ifndef NEWSGRAPH_STORE_HASHING_H_
#define NEWSGRAPH_STORE_HASHING_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::store {

// A fast 64-bit non-cryptographic hash; stable across runs and machines
// (stored in the database, so it must never change).
uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// Fingerprints of an article body, for finding syndicated copies.
struct TextFingerprint {
  uint64_t exact = 0;    // hash of the word sequence: same words, same hash
  uint64_t simhash = 0;  // SimHash over 3-word shingles: similar texts differ in few bits
  uint32_t words = 0;
};

// Words are runs of letters and digits (any non-ASCII byte counts as a
// letter), compared without ASCII case, so whitespace and punctuation
// changes do not change `exact`.
TextFingerprint Fingerprint(std::string_view text);

inline int HammingDistance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_HASHING_H_
