package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.gazetteer.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * Who signed, from the words before the signing verb ("Presidents X and Y signed", "The Ministry of A
 * and the B Agency signed", "the presidents signed 14 agreements:"). Heads of state sign for their
 * states: then the parties are the states and the presidents are the signatories.
 */
final class Signers {
  /** Parties and signatories read from a subject. */
  record Signing(List<EntityRef> parties, List<EntityRef> signatories) {
    static final Signing NONE = new Signing(List.of(), List.of());

    boolean isEmpty() {
      return parties.isEmpty();
    }
  }

  static final Pattern VERB =
      Pattern.compile(
          "(?<!\\bto\\s)(?<!\\bwill\\s)(?<!\\bbe\\s)(?<!\\bto be\\s)\\b(" + SigningVerbs.VERBS + ")\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|been|being|is|are)\\s+(?:also\\s+)?$");
  private static final Pattern LEAD_CLAUSE =
      Pattern.compile(
          "^(?i:following|after|during|on|in|at|as\\s+part|within|today|yesterday|earlier|later|meanwhile"
              + "|besides|moreover|also|then|thereafter|subsequently)\\b[^,]*,\\s*");
  /** A dateline before the subject: "BAKU – ", "ASTANA, Kazakhstan — ". */
  private static final Pattern DATELINE =
      Pattern.compile("^\\p{Lu}{2,}(?:[\\s.-]+\\p{Lu}{2,})*(?:,\\s+\\p{Lu}\\p{L}+)?\\s*[–—-]\\s+");
  private static final Pattern HEADS =
      Pattern.compile("(?i)\\b(?:presidents?|heads?\\s+of\\s+state|leaders)\\b");
  private static final Pattern HEAD_ROLE =
      Pattern.compile("(?i).*\\b(?:president|head of state|king|emir|sultan|monarch)\\b.*");
  private static final Pattern FILLER_END =
      Pattern.compile("(?i)\\s+(?:have|has|had|also|jointly|today|yesterday|then|officially)\\s*$");

  private final Gazetteer gazetteer;
  private final Parties parties;

  Signers(Gazetteer gazetteer, Parties parties) {
    this.gazetteer = gazetteer;
    this.parties = parties;
  }

  /**
   * The signing read from the words before an active signing verb at {@code verbStart}, within
   * {@code text[from, verbStart)}; {@code article} is searched for heads of state when only "the
   * presidents" are written.
   */
  Signing subject(String text, int from, int verbStart, String article) {
    String before = text.substring(from, verbStart);
    if (PASSIVE.matcher(before).find()) {
      return Signing.NONE;
    }
    int start = from;
    Matcher dateline = DATELINE.matcher(before);
    if (dateline.find()) {
      start += dateline.end(); // "BAKU – The Museum ... and the Archive signed"
      before = text.substring(start, verbStart);
    }
    Matcher lead = LEAD_CLAUSE.matcher(before);
    while (lead.find()) {
      start += lead.end(); // each lead clause's end is relative to where the one before it ended
      before = text.substring(start, verbStart);
      lead = LEAD_CLAUSE.matcher(before);
    }
    Matcher filler = FILLER_END.matcher(before);
    int end = filler.find() ? start + filler.start() : verbStart;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String subject = text.substring(start, end);
    if (subject.isBlank()) {
      return Signing.NONE;
    }
    if (HEADS.matcher(subject).find()) {
      Signing heads = headsOfState(subject, article);
      if (!heads.isEmpty()) {
        return heads;
      }
      // "The Museum of the First President ... and the Archive signed": bodies, not heads of state
    }
    List<Parties.Party> found = parties.parse(text, start, end);
    if (found == null) {
      return represented(subject);
    }
    return new Signing(found.stream().map(Parties.Party::ref).toList(), List.of());
  }

  /** ", director general of Aktau Sea Port (...)," ", chairman of the board of X,": a title and the body after it. */
  private static final Pattern REPRESENTS = Pattern.compile(
      "(?:^|,\\s+)(?:the\\s+)?(?:(?:" + String.join("|", org.w3id.kazaz.extract.common.Rules.words("/ontology/extraction/titles.tsv"))
          + ")\\s+){1,3}(?:of\\s+the\\s+(?:management\\s+)?board\\s+)?of\\s+(?:the\\s+)?(\\p{Lu}[^,()]*)");

  /**
   * "Aidos Serikov, director general of Aktau Sea Port Company, Rauf Mammadli, chairman of the
   * board of Caspian Shipping Company, and ... signed": people named with their
   * titles sign for the bodies their titles name. Two bodies at least, each one that the
   * organisations' rules know as a body; else no parties.
   */
  private Signing represented(String subject) {
    Map<String, EntityRef> bodies = new LinkedHashMap<>();
    Matcher m = REPRESENTS.matcher(subject);
    while (m.find()) {
      EntityRef body = parties.organisations().resolve(m.group(1).strip());
      if (body == null || !body.kind().isOrganisation()) {
        return Signing.NONE;
      }
      bodies.putIfAbsent(body.isKnown() ? body.iri() : body.label(), body);
    }
    return bodies.size() >= 2 ? new Signing(List.copyOf(bodies.values()), List.of()) : Signing.NONE;
  }

  /** States of the presidents named in {@code subject}, else of those named in the article. */
  Signing headsOfState(String subject, String article) {
    Map<String, EntityRef> byState = heads(subject);
    if (byState.size() < 2) {
      Map<String, EntityRef> states = new LinkedHashMap<>();
      for (Gazetteer.Hit h : gazetteer.findAll(subject)) {
        if (h.entry().kind() == EntityKind.STATE) {
          states.put(h.entry().iri(), null);
        }
      }
      // only "the presidents", "the two leaders" are the article's heads of state; "the Museum of
      // the First President and the Archive" are named bodies
      String others = HEADS.matcher(subject).replaceAll(" ").replaceAll("(?i)\\b(?:the|two|both|of|and)\\b", " ");
      boolean named = others.codePoints().anyMatch(Character::isUpperCase);
      byState = states.size() >= 2 ? states : named ? Map.of() : heads(article);
    }
    if (byState.size() != 2) {
      return Signing.NONE;
    }
    List<EntityRef> states = new ArrayList<>();
    List<EntityRef> people = new ArrayList<>();
    for (Map.Entry<String, EntityRef> e : byState.entrySet()) {
      gazetteer.byIri(e.getKey()).ifPresent(s -> states.add(Organisations.ref(s)));
      if (e.getValue() != null) {
        people.add(e.getValue());
      }
    }
    return states.size() == 2 ? new Signing(states, people) : Signing.NONE;
  }

  /** Heads of state named in a text, by the IRI of their state, first named first. */
  private Map<String, EntityRef> heads(String text) {
    Map<String, EntityRef> out = new LinkedHashMap<>();
    for (Gazetteer.Hit h : gazetteer.findAll(text)) {
      GazetteerEntry e = h.entry();
      if (e.kind() == EntityKind.PERSON
          && e.stateIri() != null
          && e.role() != null
          && HEAD_ROLE.matcher(e.role()).matches()) {
        out.putIfAbsent(e.stateIri(), EntityRef.known(e.iri(), e.kind(), e.prefLabel(), e.stateIri()));
      }
    }
    return out;
  }
}
