package org.w3id.kazaz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.store.TdbStore;

/** The query benchmark asks every competency question over HTTP and counts what comes back. */
class QueryLatencyTest {
  @TempDir Path dir;

  @Test
  void everyQuestionIsAskedAndAnsweredWithItsRows() throws Exception {
    Path cq = Files.createDirectory(dir.resolve("cq"));
    // two of the project's questions, with their expected answers on the seeds beside them
    for (String q : List.of("06-xian-baku-route-stops", "10-documents-signed-in-astana-2023-04-10")) {
      Files.copy(Path.of("queries/cq", q + ".rq"), cq.resolve(q + ".rq"));
    }
    try (TdbStore s = TdbStore.open(dir.resolve("tdb2"))) {
      BuildOperation.run(List.of(Path.of("seeds")), s, 100, n -> {}, n -> {});
      QueryLatency.Result r = QueryLatency.run(s.dataset(), cq, 2, 3, 1);
      assertEquals(2, r.questions().size());
      for (QueryLatency.Question q : r.questions()) {
        long expected = Files.readAllLines(Path.of("queries/cq", q.name() + ".csv")).stream()
            .filter(l -> !l.isBlank()).count() - 1;
        assertEquals(expected, q.rows(), q.name());
        assertTrue(q.p50() > 0 && q.p99() >= q.p50(), q.toString());
      }
      assertEquals(0, r.errors());
      assertTrue(r.requests() > 0 && r.concurrentP99() >= r.concurrentP50(), r.toString());
    }
  }
}
