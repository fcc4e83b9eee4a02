#ifndef NEWSGRAPH_STORE_INGEST_H_
#define NEWSGRAPH_STORE_INGEST_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "io/input.h"

namespace newsgraph::store {

struct IngestOptions {
  std::string db_path = "newsgraph.db";
  int threads = 0;             // analysis threads; 0: one per core
  bool progress = false;       // draw a progress line on stderr
  bool report_errors = true;   // print each failed document on stderr
  size_t batch_size = 256;     // documents per transaction
  double batch_seconds = 2.0;  // or fewer, when they take longer than this to arrive
  io::InputOptions input;
  // When set and it turns true (a signal handler, say), reading stops, the
  // documents already read are analysed and committed, and Ingest returns
  // normally with IngestStats::interrupted set.
  const std::atomic<bool>* stop = nullptr;
};

struct IngestStats {
  uint64_t read = 0;        // documents read (errors included)
  uint64_t skipped = 0;     // already in the database before this run
  uint64_t stored = 0;      // new articles (or pages without an article)
  uint64_t duplicates = 0;  // pages whose body was already stored (syndicated copies)
  uint64_t errors = 0;      // documents that failed to read or analyse
  uint64_t bytes = 0;       // raw document bytes read
  double seconds = 0;
  bool interrupted = false;  // stopped early through IngestOptions::stop
};

// Reads every input in `paths`, runs the analysis pipeline on each document on
// `threads` threads and writes the results into the database, in batches of
// one transaction each. One reader thread feeds the workers and one writer
// thread drains them through bounded queues, so memory holds a few documents
// per thread whatever the input size.
//
// Safe to interrupt at any point (even kill -9): committed batches stay, an
// unfinished one leaves no trace, and the next run skips the pages already
// stored (same URL and same raw bytes) without analysing them again.
//
// Returns false with *error set when the database cannot be opened or a write
// fails (read-only file, full disk); batches committed before stay.
bool Ingest(const std::vector<std::string>& paths, const IngestOptions& options, IngestStats* stats,
            std::string* error);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_INGEST_H_
