package org.w3id.kazaz.export;

import java.util.Optional;

/**
 * The dump set: the whole store in four syntaxes, and its description. TriG and N-Quads keep every
 * triple in the graph of its article (the provenance), Turtle is the union of all graphs, JSON-LD
 * keeps the graphs too.
 */
public enum DumpSet {
  TRIG("kazaz.trig", ExportOperation.Format.trig, "application/trig"),
  NQUADS("kazaz.nq", ExportOperation.Format.nquads, "application/n-quads"),
  TURTLE("kazaz.ttl", ExportOperation.Format.turtle, "text/turtle"),
  JSONLD("kazaz.jsonld", ExportOperation.Format.jsonld, "application/ld+json");

  /** The description of the dataset and its dumps (VoID and DCAT, Turtle). */
  public static final String DESCRIPTION = "void.ttl";

  private final String fileName;
  private final ExportOperation.Format format;
  private final String mediaType;

  DumpSet(String fileName, ExportOperation.Format format, String mediaType) {
    this.fileName = fileName;
    this.format = format;
    this.mediaType = mediaType;
  }

  public String fileName() {
    return fileName;
  }

  public ExportOperation.Format format() {
    return format;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The dump of that file name, if it is one. */
  public static Optional<DumpSet> byFileName(String name) {
    for (DumpSet d : values()) {
      if (d.fileName.equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
