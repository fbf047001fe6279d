package org.w3id.kazaz.server.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kazaz.cli.Main;

/** {@code kazaz bench --pages} runs on a store and reports the percentiles of both kinds of request. */
class PageBenchTest {
  @TempDir Path tmp;

  @Test
  void theBenchmarkOfPagesRunsAndReports() {
    Path store = tmp.resolve("tdb2");
    LodFixture.store(store).close();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "bench", "--pages", "--store", store.toString(), "--requests", "20");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("20 requests of each kind over"), out.toString());
    assertTrue(out.toString().matches("(?s).*entity page \\(text/html\\): +p50 [0-9.]+ ms, p99 [0-9.]+ ms.*"), out.toString());
    assertTrue(out.toString().matches("(?s).*description \\(text/turtle\\): p50 [0-9.]+ ms, p99 [0-9.]+ ms.*"), out.toString());
  }
}
