package org.w3id.kazaz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseTest {
  private static final HeapSampler.Peaks HEAP = new HeapSampler.Peaks(3, 4, 2, 1);

  private static Phase phase(double seconds, double cpu) {
    return new Phase(seconds, cpu, HEAP, 1.0, 2.0);
  }

  @Test
  void articlesPerSecondAndRatios() {
    Phase nlp = phase(50, 95);
    Phase conversion = phase(65, 114);
    assertEquals(4.0, nlp.perSecond(200), 1e-9);
    assertEquals(1.3, conversion.over(nlp), 1e-9);
    assertEquals(1.2, conversion.cpuOver(nlp), 1e-9);
  }

  @Test
  void fasterRunIsKeptAndTheFirstOnATie() {
    Phase a = phase(10, 1);
    Phase b = phase(9, 1);
    Phase c = phase(10, 2);
    assertSame(b, Phase.faster(a, b));
    assertSame(b, Phase.faster(b, a));
    assertSame(a, Phase.faster(a, c));
  }

  @Test
  void resultRatiosAreConversionOverNlpAndBuildOverBulkLoad() {
    BenchOperation.Result r = new BenchOperation.Result(200, 200, 1000, 5000, 2, 1, phase(40, 80),
        phase(48, 92), phase(60, 100), 0, 200, 200, 1, 1000, 12, 1000, Map.of(),
        new AddTimes.Result(5, 200, java.util.List.of(2.0, 1.0, 9.0), java.util.List.of(4.0, 3.0, 3.5), 7.0));
    assertEquals(1.2, r.conversionRatio(), 1e-9);
    assertEquals(92.0 / 80.0, r.conversionCpuRatio(), 1e-9);
    assertEquals(5.0, r.buildRatio(), 1e-9);
    // medians: 2.0 of (1, 2, 9) and 3.5 of (3, 3.5, 4); start-up is the own JVM's time less the median
    assertEquals(2.0, r.adds().smallMedian(), 1e-9);
    assertEquals(3.5, r.adds().largeMedian(), 1e-9);
    assertEquals(1.75, r.adds().ratio(), 1e-9);
    assertEquals(5.0, r.adds().startUpSeconds(), 1e-9);
    assertEquals(" date 2024-03-01\nBody", AddTimes.nextDay(" date 2024-02-29\nBody"));
  }
}
