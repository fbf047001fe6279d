package org.w3id.kazaz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private ArticleException rejected(Path p, String code) {
    ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.read(p));
    assertEquals(code, e.code());
    assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
    return e;
  }

  @Test
  void headerFollowedBySpace() throws Exception {
    Article a = ArticleReader.read(write("a.txt", " date 2025-06-03 ALMATY – Ministers met."));
    assertEquals(LocalDate.of(2025, 6, 3), a.date());
    assertEquals("ALMATY – Ministers met.", a.body());
    assertEquals("a.txt", a.fileName());
    assertEquals("a", a.stem());
    assertEquals('A', a.text().charAt(a.bodyStart()));
  }

  @Test
  void headerFollowedByNewlineAndWithoutLeadingSpace() throws Exception {
    Article a = ArticleReader.read(write("b.txt", "date 2019-12-31\nBody line one.\nLine two."));
    assertEquals(LocalDate.of(2019, 12, 31), a.date());
    assertEquals("Body line one.\nLine two.", a.body());
  }

  @Test
  void byteOrderMarkAndWindowsLineEnds() throws Exception {
    Article a = ArticleReader.read(write("c.txt", "\uFEFF date 2024-02-29\r\nLeap day text."));
    assertEquals(LocalDate.of(2024, 2, 29), a.date());
    assertEquals("Leap day text.", a.body());
  }

  @Test
  void aLineLongerThanAnyNewsParagraphIsRejectedWithItsOwnCode() throws Exception {
    String line = "Trade grew. ".repeat(ArticleReader.MAX_LINE / 12 + 1);
    ArticleException e = rejected(write("long.txt", " date 2025-06-03\n" + line), "E-ARTICLE-LINE");
    assertTrue(e.getMessage().contains(String.valueOf(ArticleReader.MAX_LINE)), e.getMessage());
    // the same words broken into paragraphs are an article
    ArticleReader.read(write("paragraphs.txt", " date 2025-06-03\n" + line.replace("grew. ", "grew.\n")));
  }

  @Test
  void aPipeOrADeviceIsNotReadAndALinkLoopIsNamed() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mk.waitFor());
    // returns at once: nothing is read from the pipe (a read would block until a writer came)
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> rejected(fifo, "E-ARTICLE-SPECIAL"));
    rejected(Path.of("/dev/zero"), "E-ARTICLE-SPECIAL");
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    ArticleException e = rejected(a, "E-ARTICLE-LINK");
    assertTrue(e.getMessage().contains("loop"), e.getMessage());
  }

  @Test
  void charactersXmlCannotCarryAreReplacedOneForOne() throws Exception {
    Article a = ArticleReader.read(write("x.txt", " date 2025-06-03 Bad\u0001byte\tand tab."));
    assertEquals("Bad\uFFFDbyte\tand tab.", a.body());
  }

  @Test
  void missingFile() {
    rejected(dir.resolve("nope.txt"), "E-ARTICLE-MISSING");
  }

  @Test
  void directory() throws Exception {
    Path d = Files.createDirectory(dir.resolve("sub"));
    rejected(d, "E-ARTICLE-DIR");
  }

  @Test
  void emptyFile() throws Exception {
    rejected(write("e.txt", ""), "E-ARTICLE-EMPTY");
  }

  @Test
  void noHeader() throws Exception {
    rejected(write("f.txt", "ASTANA – A text without a header."), "E-ARTICLE-HEADER");
  }

  @Test
  void malformedDate() throws Exception {
    assertTrue(rejected(write("g.txt", " date 12/03/2024 Text."), "E-ARTICLE-DATE")
        .getMessage().contains("12/03/2024"));
  }

  @Test
  void impossibleDate() throws Exception {
    assertTrue(rejected(write("h.txt", " date 2023-02-30 Text."), "E-ARTICLE-DATE")
        .getMessage().contains("impossible"));
  }

  @Test
  void headerWithoutBody() throws Exception {
    rejected(write("i.txt", " date 2024-03-11   \n\n"), "E-ARTICLE-BODY");
  }

  @Test
  void notUtf8() throws Exception {
    Path p = dir.resolve("j.txt");
    byte[] head = " date 2024-03-11 Caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 1];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1 é, not UTF-8
    Files.write(p, bytes);
    rejected(p, "E-ARTICLE-ENCODING");
  }

  @Test
  void binary() throws Exception {
    Path p = dir.resolve("k.bin");
    Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    rejected(p, "E-ARTICLE-BINARY");
  }

  @Test
  void unreadable() throws Exception {
    Path p = write("l.txt", " date 2024-03-11 Text.");
    p.toFile().setReadable(false);
    Assumptions.assumeFalse(Files.isReadable(p), "running as root: every file stays readable");
    rejected(p, "E-ARTICLE-UNREADABLE");
  }
}
