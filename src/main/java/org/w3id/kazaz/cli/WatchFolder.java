package org.w3id.kazaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.build.Inputs;
import org.w3id.kazaz.store.TdbStore;

/**
 * {@code serve --watch DIR}: articles that appear or change in a folder are added to the store
 * while it is served. Each {@link #poll} looks at the folder's files; a file is added once it has
 * kept its size and time since the poll before (so that a file still being written waits), as
 * {@code kazaz add} adds it: only new or changed articles are extracted, only changed graphs are
 * written, in one transaction, while the server's readers answer from the last committed state.
 * One line per added batch or rejected file, printed as the build prints them.
 */
final class WatchFolder {
  private record Seen(long size, long modified) {}

  private final Path dir;
  private final TdbStore store;
  private final PrintWriter out;
  private final PrintWriter err;
  private final AtomicLong generation = new AtomicLong();
  private final Map<Path, Seen> previous = new HashMap<>();
  private final Map<Path, Seen> added = new HashMap<>();

  WatchFolder(Path dir, TdbStore store, PrintWriter out, PrintWriter err) {
    this.dir = dir;
    this.store = store;
    this.out = out;
    this.err = err;
  }

  /** How many times the store was written since the server started. */
  long generation() {
    return generation.get();
  }

  /** Adds the files that are new or changed and have settled since the last poll; how many. */
  synchronized int poll() {
    Map<Path, Seen> now = new HashMap<>();
    for (Path p : Inputs.expand(List.of(dir))) {
      try {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        now.put(p, new Seen(a.size(), a.lastModifiedTime().toMillis()));
      } catch (IOException e) {
        // gone since it was listed: looked at again next time
      }
    }
    List<Path> ready = new ArrayList<>();
    for (Map.Entry<Path, Seen> e : now.entrySet()) {
      Seen s = e.getValue();
      if (s.equals(previous.get(e.getKey())) && !s.equals(added.get(e.getKey()))) {
        ready.add(e.getKey());
      }
    }
    previous.clear();
    previous.putAll(now);
    if (ready.isEmpty()) {
      return 0;
    }
    ready.sort(null);
    ready.forEach(p -> added.put(p, now.get(p)));
    try {
      BuildOperation.Result r = BuildOperation.run(ready, store, BuildOperation.DEFAULT_BATCH, n -> {}, n -> {});
      for (BuildOperation.Rejected rej : r.rejected()) {
        err.println(Shown.coded("rejected", rej.code(), rej.problem()));
      }
      if (r.published()) {
        if (r.work().graphsWritten() > 0) {
          generation.incrementAndGet();
        }
        out.printf("watch: %d article(s) added from %s, %d rejected; %d graph(s) written%n",
            r.loaded().size(), Shown.line(String.valueOf(dir)), r.rejected().size(),
            r.work().graphsWritten());
      } else {
        err.println(Shown.coded("error", "E-INCONSISTENT", r.inconsistencies().size()
            + " consistency problem(s) with " + ready.size() + " article(s) from " + dir + "; nothing written"));
      }
    } catch (RuntimeException e) { // one bad batch is reported; the server and the watch go on
      err.println(Shown.coded("error", e instanceof org.w3id.kazaz.KazazException k ? k.code() : "E-INTERNAL",
          String.valueOf(e.getMessage())));
    }
    out.flush();
    err.flush();
    return ready.size();
  }
}
