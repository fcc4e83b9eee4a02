#ifndef NEWSGRAPH_STORE_HASHING_H_
#define NEWSGRAPH_STORE_HASHING_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::store {

// A fast 64-bit non-cryptographic hash; stable across runs and machines
// (stored in the database, so it must never change).
uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// MinHash signature size and its split into LSH bands: two texts whose
// shingle sets overlap by Jaccard J share a band with probability
// 1 - (1 - J^4)^8: 0.9999 at J=0.9, 0.89 at J=0.7, 0.001 at J=0.2.
constexpr int kMinHashes = 32;
constexpr int kBands = 8;
constexpr int kRowsPerBand = kMinHashes / kBands;

// Fingerprints of an article body, for finding syndicated copies.
struct TextFingerprint {
  uint64_t exact = 0;                 // hash of the word sequence: same words, same hash
  uint32_t minhash[kMinHashes] = {};  // MinHash over 3-word shingles
  uint32_t words = 0;
  // Hash of band `b` of the signature (with b mixed in), the index key.
  int64_t BandKey(int b) const;
};

// Words are runs of letters and digits (any non-ASCII byte counts as a
// letter), compared without ASCII case, so whitespace and punctuation
// changes do not change `exact`.
TextFingerprint Fingerprint(std::string_view text);

// Estimated Jaccard similarity of the shingle sets behind two signatures.
double Similarity(const uint32_t* a, const uint32_t* b);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_HASHING_H_
