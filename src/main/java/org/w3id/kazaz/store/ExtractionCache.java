package org.w3id.kazaz.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.extract.ConverterVersion;
import org.w3id.kazaz.extract.Extraction;
import org.w3id.kazaz.extract.RecordJson;

/**
 * The extraction of each article, kept beside the store ({@code STORE/extractions/KEY.json.gz}) so
 * that an article is annotated and extracted once: the key digests the article (file name, date,
 * text) and the converter ({@link ConverterVersion}), so an entry is right for its key whatever the
 * store holds, and a changed article or converter simply finds none. Entries are written whole
 * (a temporary file moved into place) after the store has committed; one lost to a crash is
 * extracted again by the next build. Kept outside the TDB2 dataset so that no query over the
 * graph sees it.
 */
public final class ExtractionCache {
  private static final Logger log = LoggerFactory.getLogger(ExtractionCache.class);
  private static final String SUFFIX = ".json.gz";
  /** The converter digest the entries were last written with. */
  private static final String VERSION_FILE = "converter-version";

  private final Path dir;
  private final String version;

  private ExtractionCache(Path dir, String version) {
    this.dir = dir;
    this.version = version;
  }

  /** The cache of the store in {@code storeDir}, for the converter on this classpath. */
  public static ExtractionCache of(Path storeDir) {
    return of(storeDir, ConverterVersion.digest());
  }

  /** The cache of the store in {@code storeDir} for the converter whose digest is {@code version}. */
  public static ExtractionCache of(Path storeDir, String version) {
    return new ExtractionCache(storeDir.resolve("extractions"), version);
  }

  /** The key of {@code a}'s extraction by this converter. */
  public String key(Article a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {version, a.fileName(), String.valueOf(a.date()),
          Integer.toString(a.bodyStart()), a.text()}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The kept extraction of {@code a}, if there is one and it reads back as this converter's. */
  public Optional<Extraction> get(Article a) {
    Path f = dir.resolve(key(a) + SUFFIX);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      Extraction x = RecordJson.read(JSON.parse(in), Extraction.class);
      if (!x.article().equals(a)) {
        return Optional.empty();
      }
      return Optional.of(x);
    } catch (IOException | RuntimeException e) { // a damaged entry is one to extract again
      log.warn("{}: kept extraction unreadable, extracting again: {}", f, e.toString());
      return Optional.empty();
    }
  }

  /** Keeps {@code x} under its article's key. */
  public void put(Extraction x) {
    try {
      Files.createDirectories(dir);
      String key = key(x.article());
      Path tmp = Files.createTempFile(dir, key, ".partial");
      JsonObject json = RecordJson.write(x);
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        out.write(JSON.toStringFlat(json).getBytes(StandardCharsets.UTF_8));
      }
      Files.move(tmp, dir.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) { // the cache is an optimisation: without it the next build extracts again
      log.warn("{}: extraction of {} not kept: {}", dir, x.article().fileName(), e.toString());
    }
  }

  /**
   * Whether entries were written by another converter than this one (code, rules or reference data
   * changed since): the stored articles are then extracted again. False for a new cache.
   */
  public boolean converterChanged() {
    Path f = dir.resolve(VERSION_FILE);
    try {
      return Files.isRegularFile(f) && !Files.readString(f).strip().equals(version);
    } catch (IOException e) {
      return true;
    }
  }

  /** Removes every entry but those of {@code keys} (and stale temporary files); records the version. */
  public void retain(Set<String> keys) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        boolean entry = name.endsWith(SUFFIX) && keys.contains(name.substring(0, name.length() - SUFFIX.length()));
        if (!entry && !name.equals(VERSION_FILE)) {
          Files.deleteIfExists(f);
        }
      }
      Path tmp = Files.createTempFile(dir, VERSION_FILE, ".partial");
      Files.writeString(tmp, version + "\n");
      Files.move(tmp, dir.resolve(VERSION_FILE), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.warn("{}: old extractions not removed: {}", dir, e.toString());
    }
  }
}
