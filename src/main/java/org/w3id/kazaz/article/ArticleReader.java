package org.w3id.kazaz.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article file: UTF-8 text that starts with the header {@code " date YYYY-MM-DD"} (one
 * optional leading space or BOM), followed by a space or a line break, then the body. Every problem
 * is an {@link ArticleException} naming the file.
 */
public final class ArticleReader {
  /** Files larger than this are not articles. */
  static final long MAX_BYTES = 8L * 1024 * 1024;
  /**
   * The longest line an article may have: a news paragraph runs to a few thousand characters; a
   * line of megabytes is a dump, whose annotation alone would take minutes and gigabytes.
   */
  static final int MAX_LINE = 100_000;

  private static final Pattern HEADER =
      Pattern.compile("\\A\\uFEFF?[ \\t]*date[ \\t]+(\\S+)(?:[ \\t\\r\\n]+|\\z)");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private ArticleReader() {}

  /** Reads and checks one file. */
  public static Article read(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    String shown = path.toString();
    if (Files.isDirectory(path)) {
      throw new ArticleException("E-ARTICLE-DIR", shown, "is a directory, not an article file");
    }
    if (!Files.exists(path)) {
      if (Files.isSymbolicLink(path)) {
        throw new ArticleException("E-ARTICLE-LINK", shown, loops(path)
            ? "is a symbolic link in a loop (it leads back to itself)" : "is a symbolic link to nothing");
      }
      throw new ArticleException("E-ARTICLE-MISSING", shown, "no such file");
    }
    if (!Files.isRegularFile(path)) {
      // a named pipe would block the build, a device (/dev/zero) has no end: neither is read at all
      throw new ArticleException("E-ARTICLE-SPECIAL", shown, "is not a regular file (a pipe, device or socket)");
    }
    if (!Files.isReadable(path)) {
      throw new ArticleException("E-ARTICLE-UNREADABLE", shown, "cannot be read (permission denied)");
    }
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new ArticleException(
            "E-ARTICLE-SIZE", shown, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new ArticleException("E-ARTICLE-UNREADABLE", shown, "cannot be read: " + e.getMessage());
    }
    return parse(name, shown, bytes);
  }

  private static int longestLine(String text) {
    int longest = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        longest = Math.max(longest, i - start);
        start = i + 1;
      }
    }
    return longest;
  }

  /**
   * The text with every character XML 1.0 cannot carry (the C0 controls but tab, line feed and
   * carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, one UTF-16 unit for one, so that every
   * offset stays an offset into the article and every export (RDF/XML, TriX) can write what the
   * build accepted.
   */
  static String xmlSafe(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
      if (bad && sb == null) {
        sb = new StringBuilder(text);
      }
      if (bad) {
        sb.setCharAt(i, '\uFFFD');
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Whether following the link at {@code path} comes back to a link already followed. */
  private static boolean loops(Path path) {
    java.util.Set<Path> seen = new java.util.HashSet<>();
    Path p = path.toAbsolutePath().normalize();
    try {
      while (Files.isSymbolicLink(p)) {
        if (!seen.add(p)) {
          return true;
        }
        Path target = Files.readSymbolicLink(p);
        p = (p.getParent() == null ? target : p.getParent().resolve(target)).toAbsolutePath().normalize();
      }
    } catch (IOException | SecurityException e) {
      return false;
    }
    return false;
  }

  /** Checks and parses the bytes of an article; {@code shown} is the name used in messages. */
  public static Article parse(String fileName, String shown, byte[] bytes) {
    if (bytes.length == 0) {
      throw new ArticleException("E-ARTICLE-EMPTY", shown, "is empty");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new ArticleException("E-ARTICLE-BINARY", shown, "is binary (contains NUL bytes), not text");
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ArticleException(
          "E-ARTICLE-ENCODING", shown, "is not valid UTF-8 (" + e.getMessage() + ")");
    }
    text = xmlSafe(text);
    Matcher m = HEADER.matcher(text);
    if (!m.find()) {
      throw new ArticleException(
          "E-ARTICLE-HEADER", shown, "has no date header: it must start with ' date YYYY-MM-DD'");
    }
    String token = m.group(1);
    Matcher iso = ISO.matcher(token);
    if (!iso.matches()) {
      throw new ArticleException(
          "E-ARTICLE-DATE", shown, "malformed date '" + token + "' in header, expected YYYY-MM-DD");
    }
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(iso.group(1)),
              Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3)));
    } catch (DateTimeException e) {
      throw new ArticleException("E-ARTICLE-DATE", shown, "impossible date '" + token + "' in header");
    }
    int bodyStart = m.end();
    if (text.substring(bodyStart).isBlank()) {
      throw new ArticleException("E-ARTICLE-BODY", shown, "has a date header but no body");
    }
    int longest = longestLine(text);
    if (longest > MAX_LINE) {
      throw new ArticleException("E-ARTICLE-LINE", shown,
          "has a line of " + longest + " characters, more than the " + MAX_LINE + " of any news text");
    }
    return new Article(fileName, date, text, bodyStart);
  }
}
