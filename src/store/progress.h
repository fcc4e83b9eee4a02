#ifndef NEWSGRAPH_STORE_PROGRESS_H_
#define NEWSGRAPH_STORE_PROGRESS_H_

#include <chrono>
#include <cstdint>

namespace newsgraph::store {

// A one-line progress report redrawn on stderr: documents/s, MB/s and, when
// the input's total size is known, percent done and time left. Draws nothing
// unless `enabled` (the caller checks that stderr is a terminal).
class Progress {
 public:
  Progress(bool enabled, uint64_t total_input_bytes);
  // At most a few redraws a second, whatever the call rate.
  void Update(uint64_t documents, uint64_t document_bytes, uint64_t input_bytes_done);
  void Clear();   // wipes the line so other output can be printed
  void Finish();  // leaves the last line in place

 private:
  void Draw();
  bool enabled_;
  uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  uint64_t docs_ = 0, doc_bytes_ = 0, done_ = 0;
  bool drawn_ = false;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_PROGRESS_H_
