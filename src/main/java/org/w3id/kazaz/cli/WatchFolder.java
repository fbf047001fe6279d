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
  private final Ingest ingest;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<Path, Seen> previous = new HashMap<>();
  private final Map<Path, Seen> added = new HashMap<>();

  WatchFolder(Path dir, TdbStore store, PrintWriter out, PrintWriter err) {
    this(dir, new Ingest(store, out, err), out, err);
  }

  WatchFolder(Path dir, Ingest ingest, PrintWriter out, PrintWriter err) {
    this.dir = dir;
    this.ingest = ingest;
    this.out = out;
    this.err = err;
  }

  /** How many times the store was written since the server started. */
  long generation() {
    return ingest.generation();
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
      BuildOperation.Result r = ingest.add(ready);
      if (r.published()) {
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
