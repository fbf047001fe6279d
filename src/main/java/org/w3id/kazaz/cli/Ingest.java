package org.w3id.kazaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.w3id.kazaz.KazazException;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.server.ArticlePost;
import org.w3id.kazaz.store.TdbStore;

/**
 * Articles added to a store while it is served ({@code serve --watch}, {@code POST /articles}), one
 * batch at a time, as {@code kazaz add} adds them; counts the writes, so that what the pages keep
 * is made again after each.
 */
final class Ingest implements ArticlePost.Ingest {
  private final TdbStore store;
  private final PrintWriter out;
  private final PrintWriter err;
  private final AtomicLong generation = new AtomicLong();

  Ingest(TdbStore store, PrintWriter out, PrintWriter err) {
    this.store = store;
    this.out = out;
    this.err = err;
  }

  long generation() {
    return generation.get();
  }

  /** Adds {@code files}; one line per rejected file on the error stream. */
  synchronized BuildOperation.Result add(List<Path> files) {
    BuildOperation.Result r = BuildOperation.run(files, store, BuildOperation.DEFAULT_BATCH, n -> {}, n -> {});
    for (BuildOperation.Rejected rej : r.rejected()) {
      err.println(Shown.coded("rejected", rej.code(), rej.problem()));
    }
    if (r.published() && r.work().graphsWritten() > 0) {
      generation.incrementAndGet();
    }
    err.flush();
    return r;
  }

  /** An article sent to the server: kept in a folder of its own under its name, then added. */
  @Override
  public ArticlePost.Answer add(String name, byte[] body) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("kazaz-post");
      Path file = Files.write(dir.resolve(name), body);
      BuildOperation.Result r = add(List.of(file));
      if (!r.rejected().isEmpty()) {
        BuildOperation.Rejected rej = r.rejected().get(0);
        return new ArticlePost.Answer(422, "rejected [" + rej.code() + "]: " + Shown.line(rej.problem()));
      }
      if (!r.published()) {
        return new ArticlePost.Answer(409, "error [E-INCONSISTENT]: " + r.inconsistencies().size()
            + " consistency problem(s); nothing written");
      }
      String line = String.format("added %s: %d graph(s) written", Shown.line(name), r.work().graphsWritten());
      out.println("post: " + line);
      out.flush();
      return new ArticlePost.Answer(201, line);
    } catch (IOException e) {
      return new ArticlePost.Answer(500, "error [E-INTERNAL]: the article cannot be kept: " + e.getMessage());
    } catch (KazazException e) {
      return new ArticlePost.Answer(500, "error [" + e.code() + "]: " + Shown.line(e.getMessage()));
    } finally {
      if (dir != null) {
        try (var files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // a temporary folder left behind
        }
      }
    }
  }
}
