package org.w3id.kazaz.extract.agreements;

import org.w3id.kazaz.extract.common.DateMention;
import org.w3id.kazaz.extract.common.DateResolver;
import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.extract.common.Names;
import org.w3id.kazaz.extract.common.Organisations;
import org.w3id.kazaz.extract.common.PartialDate;
import org.w3id.kazaz.annotate.Layout;
import org.w3id.kazaz.extract.common.StateCues;
import org.w3id.kazaz.extract.common.SutimeDates;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;

/**
 * Finds the documents an article reports as signed, adopted or issued: the items of a list under a
 * cue ("the following documents were signed:", "the presidents signed 14 agreements: ...; ...") and
 * documents named in running prose ("X and Y signed an agreement on ... in Baku on 2 June 2025", "the
 * Declaration on ..., signed in August last year"). An instance holds the gazetteer; it is immutable
 * and may be shared. Use {@link #extract(Article, Gazetteer)} for the records alone, or {@link
 * #run(Article)} for the records and the new organisations found as parties.
 */
public final class AgreementExtractor {
  private static final Logger log = LoggerFactory.getLogger(AgreementExtractor.class);

  private static final Pattern CUE_WORDS =
      Pattern.compile("(?i)\\b(?:" + SigningVerbs.VERBS + "|documents|agreements|memoranda)\\b");
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+");
  private static final Pattern SIGNED_BY = Pattern.compile("(?i)\\bsigned\\s+by\\s+");
  private static final Pattern DATED = Pattern.compile("(?i)\\bdated\\s+");

  private final Gazetteer gazetteer;
  private final StateCues cues;
  private final Parties parties;
  private final Signers signers;

  /** The head word of a document's title ("Memorandum of Understanding", "Treaty"), from document-types.tsv. */
  public static Pattern documentHead() {
    return DocumentHeads.HEAD;
  }

  /** The type the leading head word of a title gives ("Roadmap for the development of ..."), or null. */
  public static AgreementType typeOf(String title) {
    Matcher head = DocumentHeads.leadingHead(title);
    return head == null ? null : DocumentHeads.type(head.group());
  }

  /**
   * Whether a sentence says, as news, that a document was signed: a signing verb that is neither
   * planned ("to be signed", "will sign", agreement-modality.txt) nor told as the past of the past
   * ("had signed", "had been signed").
   */
  public static boolean reportsSigning(String sentence) {
    java.util.regex.Matcher v = Signers.VERB.matcher(sentence);
    if (!v.find() || ProseReader.MODAL.matcher(sentence).find()) {
      return false;
    }
    return !HAD.matcher(sentence.substring(0, v.start())).find();
  }

  private static final Pattern HAD = Pattern.compile("(?i)\\bhad\\s+(?:(?:already|also|earlier|been|previously|jointly)\\s+){0,2}$");

  public AgreementExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cues = new StateCues(gazetteer);
    this.parties = new Parties(gazetteer, cues, new Organisations(gazetteer, cues));
    this.signers = new Signers(gazetteer, parties);
  }

  /** The documents signed according to {@code article}, in text order. */
  public static List<AgreementRecord> extract(AnnotatedArticle doc, Gazetteer gazetteer) {
    return new AgreementExtractor(gazetteer).run(doc).agreements();
  }

  /** The documents and the organisations found by pattern among their parties. */
  public AgreementExtraction run(AnnotatedArticle doc) {
    Article article = doc.article();
    String text = article.text();
    List<Span> spans = doc.spans();
    SigningContext context = new SigningContext(gazetteer, doc, spans);
    Collector out = new Collector();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (timeline(doc, context, s, out)) {
        continue;
      }
      Cue dated = datedLead(doc, s);
      if (!isCue(s) && dated == null) {
        new ProseReader(this, doc, context, out, gazetteer).read(spans, i);
        continue;
      }
      Cue cue = dated != null ? dated : cue(article, context, spans, i);
      boolean planned = ProseReader.MODAL.matcher(s.text()).find();
      int j = i + 1;
      boolean markedList = false;
      for (; j < spans.size(); j++) {
        Span item = spans.get(j);
        Cue datedItem = datedLead(doc, item);
        if (datedItem != null) {
          cue = datedItem;
          planned = false;
          continue;
        }
        if (timeline(doc, context, item, out)) {
          continue;
        }
        if (isCue(item)) {
          cue = cue(article, context, spans, j);
          planned = ProseReader.MODAL.matcher(item.text()).find();
          continue;
        }
        boolean marker = Layout.MARKER.matcher(item.text()).find();
        if (markedList && !marker) {
          if (text.substring(spans.get(j - 1).end(), item.start()).indexOf('\n') >= 0) {
            break; // a list numbered or bulleted ends at the first paragraph without a marker
          }
          continue; // a further sentence of the item before it
        }
        markedList |= marker;
        if (planned) {
          if (!marker && DocumentHeads.leadingHead(item.text()) == null) {
            break; // the list of planned documents ends
          }
          continue; // a document of a list of planned ones: not signed
        }
        if (!item(article, context, cue, item, out) && !marker) {
          break;
        }
      }
      i = j - 1;
    }
    log.debug("{}: {} documents", article.fileName(), out.records.size());
    List<AgreementRecord> records = backReferences(new ArrayList<>(out.records.values()));
    return new AgreementExtraction(documentReferences(records, spans, context), out.organisations);
  }

  /** A chronology's item: "- 24 May 2005: Treaty on ...", "- 10 April 2023, Astana: Protocol on ...; Decision on ...". */
  private static final Pattern TIMELINE =
      Pattern.compile("^(?:[-–—•*●▪]\\s+|\\(?\\d{1,2}[.)]\\s*)?(?<when>[^:;]{4,48}?):\\s+(?<what>\\S.*)$", Pattern.DOTALL);

  /**
   * An item of a chronology of documents: a date (and a city) before a colon, then one or more
   * titles separated by semicolons, each a document signed then and there. False if the span is
   * not such an item.
   */
  private boolean timeline(AnnotatedArticle doc, SigningContext context, Span s, Collector out) {
    Matcher m = TIMELINE.matcher(s.text());
    if (!m.matches()) {
      return false;
    }
    Cue when = when(doc, s.start() + m.start("when"), s.start() + m.end("when"));
    if (when == null) {
      return false;
    }
    PartialDate date = when.date();
    EntityRef place = when.place();
    boolean any = false;
    int from = s.start() + m.start("what");
    String what = m.group("what");
    int at = 0;
    for (String part : what.split(";")) {
      int start = from + at + (part.length() - part.stripLeading().length());
      int end = start + part.strip().length();
      at += part.length() + 1;
      String title = Titles.clean(doc.text().substring(start, end)).replaceAll("[.;]+$", "");
      Matcher head = DocumentHeads.leadingHead(title);
      if (title.isEmpty() || head == null || head.start() > 60 || ProseReader.MODAL.matcher(title).find()) {
        continue;
      }
      Signers.Signing signing = partiesIn(doc.text(), start, end, out);
      if (signing.isEmpty()) {
        signing = statesInTitle(title);
      }
      emit(doc.article(), DocumentHeads.type(head.group()), title, signing, date, place, start, end, s, out);
      any = true;
    }
    return any;
  }

  /** A chronology's item that lists its documents on the lines below: "- 5 May 2019, Baku:". */
  private static final Pattern DATED_LEAD = Pattern.compile("^(?:[-–—•*●▪]\\s+|\\(?\\d{1,2}[.)]\\s*)?([^:;]{4,48}?):$");

  private Cue datedLead(AnnotatedArticle doc, Span s) {
    Matcher m = DATED_LEAD.matcher(s.text());
    return m.matches() ? when(doc, s.start() + m.start(1), s.start() + m.end(1)) : null;
  }

  /** A date, perhaps with a city after a comma, and nothing else in {@code [from, to)}; or null. */
  private Cue when(AnnotatedArticle doc, int from, int to) {
    List<DateMention> dates = SutimeDates.written(doc, from, to);
    if (dates.size() != 1 || dates.get(0).begin() > 1) {
      return null;
    }
    String after = doc.text().substring(from + dates.get(0).finish(), to);
    if (!after.matches("\\s*(?:,\\s*\\p{Lu}[\\p{L}'’ -]*)?\\s*")) {
      return null;
    }
    EntityRef place = null;
    for (var h : doc.hits()) {
      if (h.start() >= from && h.end() <= to && h.entry().kind().isPlace()) {
        place = Organisations.ref(h.entry());
      }
    }
    return new Cue(Signers.Signing.NONE, dates.get(0).start(), place);
  }

  /** A title that is only a head word with its determiner: "the memorandum", "this roadmap". */
  private static final Pattern BARE =
      Pattern.compile("(?i)^(?:(?:the|a|an|this|that|its|their|new|our|his|her|also|such|said)\\s+)*"
          + "(?:" + DocumentHeads.HEAD.pattern() + ")(?:\\s+(?:of|on)\\s+(?:understanding|cooperation)"
          + "(?:\\s+and\\s+cooperation)?)?(?:\\s+itself)?\\s*$");

  /**
   * "The memorandum was signed in Baku on Thursday": a document named by its head word alone, when
   * the article has named one of that type before, is that one, and lends it the date, place and
   * signers that the named one lacks. A bare one with nothing to refer to stays.
   */
  static List<AgreementRecord> backReferences(List<AgreementRecord> records) {
    List<AgreementRecord> out = new ArrayList<>(records);
    for (AgreementRecord bare : records) {
      if (!BARE.matcher(bare.title()).matches()) {
        continue;
      }
      AgreementRecord named = null;
      for (AgreementRecord r : out) {
        // named: by a title of its own, or by its parties ("the Museum and the Archive signed a
        // memorandum of cooperation ... The memorandum was signed by ...")
        if (r != bare && r.type() == bare.type() && (!BARE.matcher(r.title()).matches() || !r.parties().isEmpty())
            && r.evidence().start() <= bare.evidence().start()
            && (r.date() == null || bare.date() == null || r.date().equals(bare.date()))) {
          named = r; // the nearest named one before
        }
      }
      if (named == null) {
        AgreementRecord amended = amendedOfType(out, bare);
        if (amended != null) {
          out.set(out.indexOf(bare), amended);
        }
        continue;
      }
      AgreementRecord merged = new AgreementRecord(named.type(), named.title(),
          named.parties().isEmpty() ? bare.parties() : named.parties(),
          named.date() != null ? named.date() : bare.date(),
          named.place() != null ? named.place() : bare.place(),
          named.validFrom(), named.validTo(), named.amends(),
          named.signatories().isEmpty() ? bare.signatories() : named.signatories(),
          named.evidence());
      out.set(out.indexOf(named), merged);
      out.remove(bare);
    }
    return out;
  }

  /**
   * "Amendments to the Roadmap for ...; the roadmap itself was signed in Aktau on November 25,
   * 2022": a bare reference to a document of the type of one that an earlier record amends is that
   * amended document, signed as the bare reference says. Null where no amended title fits.
   */
  private static AgreementRecord amendedOfType(List<AgreementRecord> records, AgreementRecord bare) {
    String title = null;
    for (AgreementRecord r : records) {
      if (r != bare && r.amends() != null && r.evidence().start() <= bare.evidence().start()) {
        Matcher head = DocumentHeads.leadingHead(r.amends());
        if (head != null && DocumentHeads.type(head.group()) == bare.type()) {
          title = r.amends();
        }
      }
    }
    if (title == null) {
      return null;
    }
    int[] period = DocumentHeads.period(title);
    return new AgreementRecord(bare.type(), title, bare.parties(), bare.date(), bare.place(),
        period == null ? null : period[0], period == null ? null : period[1], null, bare.signatories(),
        bare.evidence());
  }

  /** "The document was signed on Thursday in Tbilisi": of the document the sentences before name. */
  private static final Pattern DOCUMENT_REF = Pattern.compile(
      "^(?:The|This|That)\\s+(?:document|deal|accord|agreement|memorandum|contract)\\s+(?:was|had\\s+been)\\s+(?:also\\s+)?(?:"
          + SigningVerbs.VERBS + ")\\b");

  /**
   * A sentence that tells when and where "the document" was signed lends its day and city to the
   * last document named before it, where that one has no date, or only a coarser one the day lies in.
   */
  private static List<AgreementRecord> documentReferences(List<AgreementRecord> records, List<Span> spans,
      SigningContext context) {
    List<AgreementRecord> out = new ArrayList<>(records);
    for (Span s : spans) {
      if (!DOCUMENT_REF.matcher(s.text()).find()) {
        continue;
      }
      PartialDate day = context.date(s.start(), s.end());
      if (day == null) {
        continue;
      }
      AgreementRecord last = null;
      for (AgreementRecord r : out) {
        if (r.evidence().end() <= s.start() && (last == null || r.evidence().start() >= last.evidence().start())) {
          last = r;
        }
      }
      if (last == null || last.date() != null && (last.date().equals(day) || !day.toString().startsWith(last.date().toString()))) {
        continue;
      }
      EntityRef place = last.place() != null ? last.place() : context.place(s.start(), s.end());
      out.set(out.indexOf(last), new AgreementRecord(last.type(), last.title(), last.parties(), day, place,
          last.validFrom(), last.validTo(), last.amends(), last.signatories(), last.evidence()));
    }
    return out;
  }

  /** Records and new organisations gathered from one article, one record per type and title. */
  static final class Collector {
    final Map<String, AgreementRecord> records = new LinkedHashMap<>();
    final List<Mention> organisations = new ArrayList<>();

    void add(AgreementRecord r) {
      records.putIfAbsent(r.type() + "|" + Names.normalise(r.title()), r);
    }

    void found(String text, List<Parties.Party> found) {
      for (Parties.Party p : found) {
        if (!p.ref().isKnown()) {
          organisations.add(new Mention(p.ref(), new Span(p.start(), p.end(), text.substring(p.start(), p.end()))));
        }
      }
    }
  }

  /** What a list's cue tells about its items: who signed, when and where. */
  record Cue(Signers.Signing signing, PartialDate date, EntityRef place) {}

  private static boolean isCue(Span s) {
    return s.text().endsWith(":") && CUE_WORDS.matcher(s.text()).find();
  }

  private Cue cue(Article article, SigningContext context, List<Span> spans, int index) {
    Span s = spans.get(index);
    Signers.Signing signing = Signers.Signing.NONE;
    Matcher verb = Signers.VERB.matcher(s.text());
    if (verb.find()) {
      signing = signers.subject(article.text(), s.start(), s.start() + verb.start(), article.text());
    }
    PartialDate date = context.date(s.start(), s.end());
    EntityRef place = context.place(s.start(), s.end());
    if (date == null) {
      SigningContext.When event = context.event(index);
      date = event.date();
      place = place != null ? place : event.place();
    }
    return new Cue(signing, date, place);
  }

  private static final Pattern DETERMINER = Pattern.compile("(?:a|an|the)\\s+");
  /** ", signed in Baku on ...", ", which was concluded ...": the item's title ends, its signing is told. */
  private static final Pattern SIGNING_TAIL =
      Pattern.compile(",\\s+(?:(?:which|that)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+)?(?:also\\s+)?(?:"
          + SigningVerbs.VERBS + ")\\b", Pattern.CASE_INSENSITIVE);

  /** Where an item's title ends before a clause that tells its signing, outside quotes. */
  private static int signingTail(String text, int start, int end) {
    String s = text.substring(start, end);
    boolean[] quoted = Parties.quoted(s);
    Matcher m = SIGNING_TAIL.matcher(s);
    while (m.find()) {
      if (!quoted[m.start()]) {
        return start + m.start();
      }
    }
    return end;
  }

  /** Reads one list item; false if it names no document. */
  private boolean item(Article article, SigningContext context, Cue cue, Span item, Collector out) {
    String text = article.text();
    Matcher marker = Layout.MARKER.matcher(item.text());
    int start = item.start() + (marker.find() ? marker.end() : 0);
    int end = Titles.end(text, start, item.end());
    if (end <= start) {
      return false;
    }
    end = signingTail(text, start, end);
    while (start < end && DETERMINER.matcher(text.substring(start, end)).lookingAt()) {
      Matcher d = DETERMINER.matcher(text.substring(start, end));
      d.lookingAt();
      start += d.end(); // "• a cooperation agreement between ...": the title begins at its words
    }
    String title = Titles.clean(text.substring(start, end));
    Matcher head = DocumentHeads.leadingHead(title);
    if (head == null || head.start() > 80) {
      return false;
    }
    Signers.Signing signing = partiesIn(text, start, end, out);
    if (signing.isEmpty()) {
      signing = cue.signing();
    } else if (!cue.signing().signatories().isEmpty()) {
      // "the presidents signed: ... between A and B": A and B are the parties, the presidents signed
      signing = new Signers.Signing(signing.parties(), cue.signing().signatories());
    }
    if (signing.isEmpty()) {
      signing = statesInTitle(title);
    }
    // a date inside the title is part of its name ("a decision establishing 6 February as ..."):
    // the signing date stands after it, or in the list's lead-in
    PartialDate date = context.date(end, item.end());
    EntityRef place = date == null ? null : context.place(end, item.end());
    if (date == null) {
      date = cue.date();
      place = context.place(end, item.end());
      place = place != null ? place : cue.place();
    }
    emit(article, DocumentHeads.type(head.group()), title, signing, date, place, start, end, item, out);
    return true;
  }

  private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)\\d{2})\\s+(?=\\p{Lu})");

  /** Builds the record, and one for a dated document it amends. */
  void emit(Article article, AgreementType type, String title, Signers.Signing signing, PartialDate date,
      EntityRef place, int start, int end, Span evidence, Collector out) {
    String text = article.text();
    Matcher year = YEAR_FIRST.matcher(title);
    if (year.find()) {
      // "the 2005 Treaty on ...": the year it was signed, whatever else the sentence dates
      date = PartialDate.ofYear(Integer.parseInt(year.group(1)));
      title = title.substring(year.end());
    }
    int[] period = DocumentHeads.period(title);
    String amended = DocumentHeads.amended(title);
    String amends = amended != null ? amended : DocumentHeads.implemented(title);
    out.add(new AgreementRecord(type, title, signing.parties(), date, place,
        period == null ? null : period[0], period == null ? null : period[1], amends,
        signing.signatories(), evidence));
    Matcher dated = DATED.matcher(text.substring(start, end));
    if (amended != null && dated.find()) {
      DateMention d = DateResolver.first(text.substring(start + dated.end(), end), article.date());
      Matcher head = DocumentHeads.leadingHead(amended);
      if (d != null && d.begin() == 0 && head != null) {
        Signers.Signing own = partiesIn(amended);
        out.add(new AgreementRecord(DocumentHeads.type(head.group()), amended, own.parties(), d.start(),
            null, null, null, null, List.of(), evidence));
      }
    }
  }

  /** Parties written with "between" or "signed by" in {@code text[start, end)}. */
  Signers.Signing partiesIn(String text, int start, int end, Collector out) {
    for (Pattern p : new Pattern[] {BETWEEN, SIGNED_BY}) {
      Matcher m = p.matcher(text.substring(start, end));
      boolean[] quoted = Parties.quoted(text.substring(start, end));
      while (m.find()) {
        if (quoted[m.start()]) {
          continue;
        }
        int from = start + m.end();
        List<Parties.Party> found = parties.parse(text, from, parties.end(text, from, end));
        if (found != null && !found.isEmpty()) {
          out.found(text, found);
          return new Signers.Signing(found.stream().map(Parties.Party::ref).toList(), List.of());
        }
        break;
      }
    }
    return Signers.Signing.NONE;
  }

  private Signers.Signing partiesIn(String title) {
    return partiesIn(title, 0, title.length(), new Collector());
  }

  /** "Decision of the Council of Kazakhstan and Azerbaijan": two states named together. */
  Signers.Signing statesInTitle(String title) {
    List<Gazetteer.Hit> states =
        gazetteer.findAll(title).stream().filter(h -> h.entry().kind() == EntityKind.STATE).toList();
    for (int k = 0; k + 1 < states.size(); k++) {
      Gazetteer.Hit a = states.get(k);
      Gazetteer.Hit b = states.get(k + 1);
      if (!a.entry().iri().equals(b.entry().iri())
          && title.substring(a.end(), b.start()).matches("\\s*(?:and|&)\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?")) {
        return new Signers.Signing(
            List.of(Organisations.ref(a.entry()), Organisations.ref(b.entry())), List.of());
      }
    }
    return Signers.Signing.NONE;
  }

  Signers signers() {
    return signers;
  }

  Parties parties() {
    return parties;
  }
}
