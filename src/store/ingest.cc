#include "store/ingest.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "core/pipeline.h"
#include "io/container.h"
#include "store/bounded_queue.h"
#include "store/hashing.h"
#include "store/progress.h"
#include "store/store.h"

namespace newsgraph::store {
namespace {

using Clock = std::chrono::steady_clock;

struct Item {
  Document doc;
  uint64_t raw_hash = 0;
  TextFingerprint fingerprint;
};

struct Aborted {};

constexpr int kMaxErrorsShown = 20;

// The files named by `paths`, in the order io::ReadInputs reads them:
// folders walked recursively in name order, hidden entries and symbolic
// links to folders left out; "-" and names that do not exist are kept so
// that ReadInputs reports them.
void ListInputs(const std::string& path, bool top, std::vector<std::string>* files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path == "-" || !fs::is_directory(path, ec) || (!top && fs::is_symlink(path, ec))) {
    if (top || fs::is_regular_file(path, ec)) files->push_back(path);
    return;
  }
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    entries.push_back(it->path());
  }
  if (ec && entries.empty()) {
    files->push_back(path);  // let ReadInputs say why it cannot be read
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  for (const fs::path& e : entries) {
    std::string name = e.filename().string();
    if (!name.empty() && name[0] == '.') continue;
    ListInputs(e.string(), false, files);
  }
}

uint64_t FileSize(const std::string& path) {
  std::error_code ec;
  uint64_t size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

}  // namespace

bool Ingest(const std::vector<std::string>& paths, const IngestOptions& options, IngestStats* stats,
            std::string* error) {
  const Clock::time_point start = Clock::now();
  std::unique_ptr<Store> store = Store::Open(options.db_path, error);
  if (!store) return false;

  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (threads < 1) threads = 1;
  // A few documents per worker in flight: enough to keep every core busy,
  // few enough that memory does not depend on the input size.
  BoundedQueue<Item> to_workers(2 * threads);
  BoundedQueue<Item> to_writer(2 * threads);
  std::atomic<bool> abort{false}, interrupted{false};
  std::atomic<uint64_t> read{0}, skipped{0}, bytes{0}, progress_bytes{0};
  // Workers check "already stored?" on their own connections, opened here
  // so that a failure is reported before any thread starts.
  std::vector<std::unique_ptr<StoredPages>> stored;
  for (int i = 0; i < threads; ++i) {
    stored.push_back(std::make_unique<StoredPages>());
    if (!stored.back()->Open(options.db_path, error)) return false;
  }
  const uint64_t container_start = io::ContainerBytesRead();

  std::vector<std::string> files;
  for (const std::string& p : paths) ListInputs(p, true, &files);
  bool total_known = true;
  uint64_t total_bytes = 0;
  for (const std::string& f : files) {
    total_known = total_known && f != "-";
    total_bytes += FileSize(f);
  }

  // Readers take whole files in turn. One reader decompresses a few hundred
  // MB/s, enough for about four workers; more readers help only when there
  // are several files.
  const int readers = static_cast<int>(std::min<size_t>(files.size(), std::max(1, threads / 4)));
  std::atomic<size_t> next_file{0};
  std::atomic<int> readers_left{readers};
  std::atomic<uint64_t> finished_files_bytes{0};
  std::vector<std::thread> reader_threads;
  for (int r = 0; r < readers; ++r) {
    reader_threads.emplace_back([&] {
      try {
        for (size_t f; (f = next_file.fetch_add(1)) < files.size();) {
          io::ReadInputs({files[f]}, options.input, [&](Document&& doc) {
            if (abort.load()) throw Aborted{};
            if (options.stop && options.stop->load()) {
              interrupted.store(true);
              throw Aborted{};
            }
            // Whole files done, or container bytes read, whichever says more:
            // exact for one big WARC and for many small pages alike.
            progress_bytes.store(std::max(finished_files_bytes.load(), io::ContainerBytesRead() - container_start));
            read.fetch_add(1);
            bytes.fetch_add(doc.source.raw.size());
            Item item;
            item.doc = std::move(doc);
            if (!to_workers.Push(std::move(item))) throw Aborted{};
          });
          finished_files_bytes.fetch_add(FileSize(files[f]));
        }
      } catch (const Aborted&) {
      }
      if (readers_left.fetch_sub(1) == 1) to_workers.Close();
    });
  }
  if (readers == 0) to_workers.Close();

  const Pipeline pipeline;
  std::atomic<int> workers_left{threads};
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&, i] {
      while (std::optional<Item> item = to_workers.Pop()) {
        // Hashing and the "done already?" check run here, not in the
        // reader, which has a core's worth of decompression to do.
        item->raw_hash = Hash64(item->doc.source.raw);
        if (item->doc.ok() && stored[i]->Contains(PageKey(item->doc.source), item->raw_hash)) {
          skipped.fetch_add(1);
          continue;
        }
        pipeline.Process(item->doc);
        if (item->doc.ok()) item->fingerprint = Fingerprint(item->doc.text);
        // The writer needs the analysis, not the page's bytes.
        item->doc.source.raw.clear();
        item->doc.source.raw.shrink_to_fit();
        if (!to_writer.Push(std::move(*item))) break;
      }
      if (workers_left.fetch_sub(1) == 1) to_writer.Close();
    });
  }

  // This thread is the writer: the only one that touches `store`.
  Progress progress(options.progress, total_known ? total_bytes : 0);
  bool ok = true;
  size_t in_batch = 0;
  int errors_shown = 0;
  Clock::time_point batch_start;
  // Counted per batch and added when it commits, so the totals say what
  // is really in the database.
  IngestStats pending;
  auto commit = [&] {
    if (in_batch == 0) return true;
    if (!store->Commit(error)) return false;
    in_batch = 0;
    stats->stored += pending.stored;
    stats->duplicates += pending.duplicates;
    stats->errors += pending.errors;
    pending = IngestStats();
    return true;
  };
  for (;;) {
    bool timed_out = false;
    std::optional<Item> item = to_writer.PopFor(std::chrono::milliseconds(250), &timed_out);
    auto now = Clock::now();
    progress.Update(read.load(), bytes.load(), progress_bytes.load());
    if (!item) {
      if (timed_out) {
        if (in_batch && now - batch_start > std::chrono::duration<double>(options.batch_seconds) && !commit()) {
          ok = false;
          break;
        }
        continue;
      }
      break;  // every worker is done
    }
    if (in_batch == 0) {
      if (!store->Begin(error)) {
        ok = false;
        break;
      }
      batch_start = now;
    }
    ++in_batch;
    AddOutcome outcome;
    if (!store->Add(item->doc, item->raw_hash, item->doc.ok() ? &item->fingerprint : nullptr, &outcome, error)) {
      ok = false;
      break;
    }
    switch (outcome) {
      case AddOutcome::kStored: ++pending.stored; break;
      case AddOutcome::kDuplicate: ++pending.duplicates; break;
      case AddOutcome::kError:
        ++pending.errors;
        if (options.report_errors && errors_shown++ < kMaxErrorsShown) {
          progress.Clear();
          const Source& s = item->doc.source;
          fprintf(stderr, "newsgraph: %s%s%s: %s\n", s.path.c_str(), s.url.empty() ? "" : " ", s.url.c_str(),
                  item->doc.error.c_str());
        }
        break;
    }
    if ((in_batch >= options.batch_size || now - batch_start > std::chrono::duration<double>(options.batch_seconds)) &&
        !commit()) {
      ok = false;
      break;
    }
  }
  if (ok) ok = commit();
  if (!ok) {
    *error = "cannot write " + options.db_path + ": " + *error +
             "; the batch in progress was rolled back, earlier batches are kept";
    store->Rollback();
    abort.store(true);
    to_workers.Abort();
    to_writer.Abort();
  }
  for (std::thread& t : reader_threads) t.join();
  for (std::thread& t : workers) t.join();
  progress.Update(read.load(), bytes.load(), progress_bytes.load());
  progress.Finish();
  if (options.report_errors && errors_shown > kMaxErrorsShown) {
    fprintf(stderr, "newsgraph: %d more failed documents (listed in the ingest_errors table)\n",
            errors_shown - kMaxErrorsShown);
  }
  stats->interrupted = interrupted.load();
  stats->read = read.load();
  stats->skipped = skipped.load();
  stats->bytes = bytes.load();
  stats->seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return ok;
}

}  // namespace newsgraph::store
