#include "store/progress.h"

#include <cstdio>

namespace newsgraph::store {

Progress::Progress(bool enabled, uint64_t total_input_bytes)
    : enabled_(enabled), total_(total_input_bytes), start_(std::chrono::steady_clock::now()), last_() {}

void Progress::Update(uint64_t documents, uint64_t document_bytes, uint64_t input_bytes_done) {
  docs_ = documents;
  doc_bytes_ = document_bytes;
  done_ = input_bytes_done;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  Draw();
}

void Progress::Draw() {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (secs <= 0) secs = 1e-9;
  char line[160];
  int n = snprintf(line, sizeof line, "\r%llu docs  %.0f docs/s  %.1f MB/s", static_cast<unsigned long long>(docs_),
                   docs_ / secs, doc_bytes_ / secs / 1e6);
  if (total_ > 0 && done_ > 0 && n > 0 && static_cast<size_t>(n) < sizeof line) {
    double frac = done_ >= total_ ? 1.0 : static_cast<double>(done_) / total_;
    double left = secs / frac - secs;
    const int width = 20;
    int fill = static_cast<int>(frac * width);
    char bar[width + 1];
    for (int i = 0; i < width; ++i) bar[i] = i < fill ? '#' : '.';
    bar[width] = '\0';
    n += snprintf(line + n, sizeof line - n, "  [%s] %3.0f%%  ETA %d:%02d", bar, frac * 100,
                  static_cast<int>(left) / 60, static_cast<int>(left) % 60);
  }
  fprintf(stderr, "%s\033[K", line);
  fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (enabled_ && drawn_) fprintf(stderr, "\r\033[K");
}

void Progress::Finish() {
  if (!enabled_) return;
  Draw();
  fprintf(stderr, "\n");
}

}  // namespace newsgraph::store
