package org.w3id.kazaz.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What an article's extraction depends on besides the article: the converter's own classes (the
 * reader, the annotation layer, the extractors, the gazetteer), its rule files and the reference
 * data, and the version of CoreNLP. Their digest names the converter: records kept under one
 * digest are reused only while it stays the same, so any change of code, rules or reference data
 * extracts the articles again.
 */
public final class ConverterVersion {
  /** The classpath folders whose files the extraction reads or runs. */
  static final List<String> PARTS =
      List.of(
          "org/w3id/kazaz/article/",
          "org/w3id/kazaz/annotate/",
          "org/w3id/kazaz/extract/",
          "org/w3id/kazaz/gazetteer/",
          "org/w3id/kazaz/vocab/",
          "ontology/extraction/",
          "ontology/reference/",
          "ontology/sectors.ttl");

  private static volatile String digest;

  private ConverterVersion() {}

  /** The digest of the converter on this classpath (hex SHA-256), computed once per JVM. */
  public static String digest() {
    String d = digest;
    if (d == null) {
      d = compute();
      digest = d;
    }
    return d;
  }

  private static String compute() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    URL self = ConverterVersion.class.getResource("ConverterVersion.class");
    try {
      if ("jar".equals(self.getProtocol())) {
        java.net.JarURLConnection connection = (java.net.JarURLConnection) self.openConnection();
        connection.setUseCaches(false); // a JarFile of its own, closed here, not the class loader's
        try (JarFile j = connection.getJarFile()) {
          for (JarEntry e : java.util.Collections.list(j.entries())) {
            if (!e.isDirectory() && inParts(e.getName())) {
              try (InputStream in = j.getInputStream(e)) {
                files.put(e.getName(), in.readAllBytes());
              }
            }
          }
        }
      } else {
        Path root = Path.of(self.toURI()).getParent();
        for (int i = 0; i < "org/w3id/kazaz/extract".split("/").length; i++) {
          root = root.getParent();
        }
        Path base = root;
        try (Stream<Path> all = Files.walk(base)) {
          for (Path p : all.filter(Files::isRegularFile).toList()) {
            String name = base.relativize(p).toString().replace('\\', '/');
            if (inParts(name)) {
              files.put(name, Files.readAllBytes(p));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the converter's own files cannot be read", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no converter files found beside " + self);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (var e : files.entrySet()) {
        sha.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue());
        sha.update((byte) 0);
      }
      // CoreNLP's version, as the bytes of its pipeline class: the same in the shaded jar (which
      // keeps no manifest of CoreNLP's) and on a Maven classpath
      try (InputStream in = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getResourceAsStream(
          "StanfordCoreNLP.class")) {
        sha.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("CoreNLP's pipeline class cannot be read", e);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean inParts(String name) {
    for (String p : PARTS) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
