package org.w3id.kazaz.mapping;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kazaz.extract.agreements.AgreementRecord;
import org.w3id.kazaz.extract.agreements.AgreementType;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.vocab.KZ;

/** Agreements as RDF, identified by content: type, date and parties (or the title). */
final class AgreementMapping {
  private AgreementMapping() {}

  /**
   * Adds what one article says of a document. {@code canon} is the record that names the document
   * across articles; where it names the signing bodies, they stand for the parties this article
   * only implies (the two states whose presidents signed).
   */
  static Resource add(
      Model m, AgreementRecord r, AgreementRecord canon, Entities entities, Evidence ev) {
    Resource a =
        m.createResource(iri(canon, entities))
            .addProperty(RDF.type, Terms.classOf(r.type()))
            .addProperty(RDFS.label, r.title())
            .addProperty(KZ.title, r.title());
    String shortTitle = shortTitle(r.title());
    if (shortTitle != null) {
      a.addProperty(KZ.shortTitle, shortTitle);
    }
    boolean impliedOnly = r.parties().stream().allMatch(p -> p.kind() == EntityKind.STATE);
    boolean canonNamesBodies = canon.parties().stream().anyMatch(p -> p.kind() != EntityKind.STATE);
    // the article's own parties, unless it only implies them (the two states whose presidents
    // signed) and the document's canonical record names the signing bodies, or names none: the
    // canonical parties are then those of this article's graph too, which so describes whole the
    // document it reports
    boolean canonFirst = impliedOnly && canonNamesBodies || r.parties().isEmpty();
    for (EntityRef p : canonFirst ? canon.parties() : r.parties()) {
      a.addProperty(KZ.party, entities.of(p));
    }
    for (EntityRef s : r.signatories()) {
      a.addProperty(KZ.signatory, entities.of(s));
    }
    // a less precise date of the same document ("2022" for "2022-08") would only repeat it vaguely
    if (r.date() != null && (canon.date() == null || r.date().equals(canon.date()))) {
      a.addLiteral(KZ.signedOn, Terms.date(r.date()));
    }
    if (r.place() != null) {
      a.addProperty(KZ.signedIn, entities.of(r.place()));
    }
    if (r.validFrom() != null) {
      a.addLiteral(KZ.validFrom, Terms.year(r.validFrom()));
    }
    if (r.validTo() != null) {
      a.addLiteral(KZ.validUntil, Terms.year(r.validTo()));
    }
    return a.addProperty(KZ.evidence, ev.sentence(r.evidence()));
  }

  /** Where the parties or a remark begin after a title: " between ", " signed by ", " – ". */
  private static final java.util.regex.Pattern AFTER_TITLE =
      java.util.regex.Pattern.compile("\\s+(?:between|signed\\s+by|concluded\\s+by|by\\s+and\\s+between)\\s+|\\s+[–—]\\s+");

  /**
   * The title without the parties or remark written after it, or null where that leaves nothing
   * of the title's own subject (fewer than three words) or the title has no such tail.
   */
  static String shortTitle(String title) {
    java.util.regex.Matcher m = AFTER_TITLE.matcher(title);
    if (!m.find() || m.start() == 0) {
      return null;
    }
    String head = title.substring(0, m.start()).strip().replaceAll("[,;:]+$", "");
    return head.split("\\s+").length >= 3 ? head : null;
  }

  /** A document known only by the title another one gives it: typed by its title's head word, if any. */
  static Resource mentioned(Model m, String title, Entities entities) {
    org.w3id.kazaz.extract.agreements.AgreementType type =
        org.w3id.kazaz.extract.agreements.AgreementExtractor.typeOf(title);
    return m.createResource(Iris.fact("agreement", "undated-" + headWord(title), titleKey(title)))
        .addProperty(RDF.type, type == null ? KZ.Agreement : Terms.classOf(type))
        .addProperty(RDFS.label, title)
        .addProperty(KZ.title, title);
  }

  /** Whether a document amends the one it names (a protocol on amendments), or implements it. */
  static boolean amending(AgreementRecord r) {
    return r.title().toLowerCase(Locale.ROOT).matches(".*\\b(amend|amendments|amending|additions)\\b.*");
  }

  /**
   * Content identity: type, date, the parties where two or more are named, and the title of the
   * document's canonical record (one summit's twelve decisions share type, date and parties).
   */
  static String iri(AgreementRecord r, Entities entities) {
    String date = r.date() == null ? "undated" : r.date().toString();
    String who =
        r.parties().size() >= 2
            ? r.parties().stream().map(entities::iri).sorted().collect(Collectors.joining(",")) + "|"
            : "";
    String key = r.type() + "|" + date + "|" + who + titleKey(r.title());
    return Iris.fact("agreement", date + "-" + typeSlug(r.type()), key);
  }

  static String titleKey(String title) {
    return Iris.slug(title.toLowerCase(Locale.ROOT));
  }

  private static String headWord(String title) {
    List<String> words = List.of(title.split("\\s+"));
    return words.isEmpty() ? "document" : words.get(0);
  }

  private static String typeSlug(AgreementType t) {
    return Iris.slug(t.name().replaceAll("([a-z])([A-Z])", "$1-$2"));
  }
}
